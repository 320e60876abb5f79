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
                for (Language source : present) {
                    String sourceTerm = term.get(source);
                    if (sourceTerm == null || !contains(clauses.get(source),
                            analysed.computeIfAbsent(source.code() + sourceTerm, k -> Words.terms(Words.of(source, sourceTerm))))) {
                        continue;
                    }
                    for (Language target : present) {
                        String targetTerm = term.get(target);
                        if (target == source || targetTerm == null || contains(clauses.get(target),
                                analysed.computeIfAbsent(target.code() + targetTerm, k -> Words.terms(Words.of(target, targetTerm))))) {
                            continue;
                        }
                        Map<Language, String> evidence = new LinkedHashMap<>();
                        evidence.put(source, group.text(source));
                        evidence.put(target, group.text(target));
                        findings.add(Groups.finding(id(), Severity.WARNING, group, List.of(source, target), evidence,
                                "The " + source.code() + " version of " + group.label() + " says \"" + sourceTerm
                                        + "\" but the " + target.code() + " version lacks the glossary's \"" + targetTerm + "\"."));
                        break;
                    }
                }
            }
        }
        return findings;
    }

    /** The version a terminology finding is about: the last of its languages. */
    private static Language target(Finding finding) {
        return finding.languages().get(finding.languages().size() - 1);
    }

    private static boolean contains(List<String> text, List<String> term) {
        return !term.isEmpty() && Collections.indexOfSubList(text, term) >= 0;
    }
}
