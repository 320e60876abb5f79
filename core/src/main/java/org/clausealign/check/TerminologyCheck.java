package org.clausealign.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clausealign.align.Alignment;
import org.clausealign.align.ClauseGroup;
import org.clausealign.align.Words;
import org.clausealign.lang.Language;

/**
 * Terms rendered otherwise than agreed. With a glossary: glossary terms one version of a clause
 * uses where another version lacks the agreed rendering. With or without one: a term the
 * document renders one way in most clauses and another way in a few ({@link RenderingVariants}).
 *
 * <p>Glossary terms and clauses are compared after each language's search analysis (stems and base forms), so
 * "critical minerals" matches "critical mineral", "minéraux critiques" matches "minéral critique",
 * and 重要鉱物 matches its inflected or compounded uses.
 */
final class TerminologyCheck implements Check {
    @Override
    public String id() {
        return "terminology";
    }

    @Override
    public List<Finding> check(Alignment alignment, CheckOptions options) {
        // Each version of each group analysed once, for the glossary and the document's renderings.
        List<Map<Language, List<Words.Word>>> words = new ArrayList<>();
        for (ClauseGroup group : alignment.groups()) {
            Map<Language, List<Words.Word>> here = new EnumMap<>(Language.class);
            for (Language language : Groups.present(alignment, group)) {
                here.put(language, Words.of(language, group.text(language)));
            }
            words.add(here);
        }
        List<Finding> findings = glossary(alignment, options, words);
        // The document's own usual renderings, where the glossary has not already spoken.
        Set<String> reported = new HashSet<>();
        findings.forEach(f -> reported.add(f.group() + "\u0000" + target(f)));
        for (Finding variant : new RenderingVariants(alignment, options.termOccurrences(), words).findings(id())) {
            if (!reported.contains(variant.group() + "\u0000" + target(variant))) {
                findings.add(variant);
            }
        }
        return findings;
    }

    private List<Finding> glossary(Alignment alignment, CheckOptions options, List<Map<Language, List<Words.Word>>> words) {
        List<Finding> findings = new ArrayList<>();
        if (options.glossary() == null) {
            return findings;
        }
        Map<String, List<String>> analysed = new HashMap<>();
        for (int g = 0; g < alignment.groups().size(); g++) {
            ClauseGroup group = alignment.groups().get(g);
            List<Language> present = Groups.present(alignment, group);
            Map<Language, List<String>> clauses = new EnumMap<>(Language.class);
            words.get(g).forEach((language, inClause) -> clauses.put(language, Words.terms(inClause)));
            for (Map<Language, String> term : options.glossary().terms()) {
                // Every version that uses its agreed rendering is a source; each version that
                // lacks its own is reported once, however many sources show the lack.
                List<Language> sources = new ArrayList<>();
                List<Language> lacking = new ArrayList<>();
                for (Language language : present) {
                    String rendering = term.get(language);
                    if (rendering != null) {
                        boolean uses = contains(clauses.get(language), analysed.computeIfAbsent(language.code() + rendering,
                                k -> Words.terms(Words.of(language, rendering))));
                        (uses ? sources : lacking).add(language);
                    }
                }
                if (sources.isEmpty()) {
                    continue;
                }
                for (Language target : lacking) {
                    List<Language> involved = new ArrayList<>(sources);
                    involved.add(target);
                    Map<Language, String> evidence = new LinkedHashMap<>();
                    involved.forEach(language -> evidence.put(language, group.text(language)));
                    findings.add(Groups.finding(id(), Severity.WARNING, group, involved, evidence,
                            "The " + versions(sources) + " of " + group.label() + " " + (sources.size() == 1 ? "says " : "say ")
                                    + quoted(sources, term) + " but the " + target.code() + " version lacks the glossary's \""
                                    + term.get(target) + "\"."));
                }
            }
        }
        return findings;
    }

    /** @return "ja version" or "ja and en versions" */
    private static String versions(List<Language> languages) {
        List<String> codes = languages.stream().map(Language::code).toList();
        return codes.size() == 1 ? codes.get(0) + " version"
                : String.join(", ", codes.subList(0, codes.size() - 1)) + " and " + codes.get(codes.size() - 1) + " versions";
    }

    /** @return each source's rendering in quotes: "重要鉱物" and "critical minerals" */
    private static String quoted(List<Language> sources, Map<Language, String> term) {
        List<String> quoted = sources.stream().map(language -> "\"" + term.get(language) + "\"").toList();
        return quoted.size() == 1 ? quoted.get(0)
                : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
    }

    /** The version a terminology finding is about: the last of its languages. */
    private static Language target(Finding finding) {
        return finding.languages().get(finding.languages().size() - 1);
    }

    private static boolean contains(List<String> text, List<String> term) {
        return !term.isEmpty() && Collections.indexOfSubList(text, term) >= 0;
    }
}
