package org.clausealign.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.clausealign.align.Alignment;
import org.clausealign.align.ClauseGroup;
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
        List<Finding> findings = glossary(alignment, options);
        // The document's own usual renderings, where the glossary has not already spoken.
        Set<String> reported = new HashSet<>();
        findings.forEach(f -> reported.add(f.group() + "\u0000" + target(f)));
        for (Finding variant : new RenderingVariants(alignment, options.termOccurrences()).findings(id())) {
            if (!reported.contains(variant.group() + "\u0000" + target(variant))) {
                findings.add(variant);
            }
        }
        return findings;
    }

    private List<Finding> glossary(Alignment alignment, CheckOptions options) {
        List<Finding> findings = new ArrayList<>();
        if (options.glossary() == null) {
            return findings;
        }
        Map<String, List<String>> analysed = new HashMap<>();
        for (ClauseGroup group : alignment.groups()) {
            List<Language> present = Groups.present(alignment, group);
            Map<Language, List<String>> clauses = new LinkedHashMap<>();
            for (Language language : present) {
                clauses.put(language, tokens(language, group.text(language)));
            }
            for (Map<Language, String> term : options.glossary().terms()) {
                for (Language source : present) {
                    String sourceTerm = term.get(source);
                    if (sourceTerm == null || !contains(clauses.get(source),
                            analysed.computeIfAbsent(source.code() + sourceTerm, k -> tokens(source, sourceTerm)))) {
                        continue;
                    }
                    for (Language target : present) {
                        String targetTerm = term.get(target);
                        if (target == source || targetTerm == null || contains(clauses.get(target),
                                analysed.computeIfAbsent(target.code() + targetTerm, k -> tokens(target, targetTerm)))) {
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

    private static List<String> tokens(Language language, String text) {
        Analyzer analyzer = language.rules().searchAnalyzer();
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
