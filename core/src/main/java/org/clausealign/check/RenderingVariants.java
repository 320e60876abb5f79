package org.clausealign.check;

import java.util.ArrayList;
import java.util.Comparator;
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
import org.clausealign.clause.ClauseKind;
import org.clausealign.lang.Language;

/**
 * Without a glossary, the document is its own: a source term (two content words in a row, such
 * as "critical minerals" or 重要鉱物) that one version renders one way in most clauses and another
 * way in a few ("minéraux critiques", then "minéraux essentiels") is reported where it departs.
 *
 * <p>Terms are compared after each language's search analysis (stems, base forms). A source term
 * counts when it occurs in at least {@link CheckOptions#termOccurrences()} clauses; its usual
 * rendering is the target term most tied to it (Dice coefficient at least 0.7, in at least three
 * of its clauses, or the occurrence threshold if lower, and most of them). A departure is reported only where the usual rendering is
 * missing and a variant sharing one of its words stands in its place; the variant must recur (in
 * two clauses or more), only ever beside the source term, and must not be the usual rendering of
 * another term of the clause: "value chain" explains "chaîne de valeur" beside "supply chain".
 */
final class RenderingVariants {
    /** A term of one version: its analysed key ("miner critic") and its words as written. */
    private record Term(String key, String surface) {
        String[] words() {
            return key.split(" ");
        }
    }

    /** How tied to its source term a rendering must be to count as the usual one. */
    private static final double MIN_DICE = 0.7;
    /** Clauses in which the usual rendering must go with its source term… */
    private static final int MIN_USUAL = 3;
    /** …and the share of the source term's clauses. */
    private static final double MIN_SHARE = 0.6;
    /** Clauses with more terms than this are left out of the comparison. */
    private static final int MAX_TERMS = 400;

    /** A clause where the target version renders a source term otherwise than usual. */
    private record Departure(ClauseGroup group, Language source, Term term, Language target, Term variant, Term usual,
            int usualCount) {}

    private final Alignment alignment;
    private final int minOccurrences;
    /** Per group (in the alignment's order) and language, the terms there by key; empty for titles and signatures. */
    private final List<Map<Language, Map<String, Term>>> terms = new ArrayList<>();

    /**
     * @param alignment the document's groups
     * @param minOccurrences clauses a source term needs before its renderings are compared
     * @param words per group, in the alignment's order, each present version's analysed words
     */
    RenderingVariants(Alignment alignment, int minOccurrences, List<Map<Language, List<Words.Word>>> words) {
        this.alignment = alignment;
        this.minOccurrences = minOccurrences;
        for (int g = 0; g < alignment.groups().size(); g++) {
            ClauseGroup group = alignment.groups().get(g);
            Map<Language, Map<String, Term>> byLanguage = new EnumMap<>(Language.class);
            if (isRunningText(group)) {
                for (Map.Entry<Language, List<Words.Word>> analysed : words.get(g).entrySet()) {
                    Language language = analysed.getKey();
                    Map<String, Term> here = terms(group.text(language), analysed.getValue());
                    // A clause this long is a whole text run together: which words render which is lost.
                    if (here.size() <= MAX_TERMS) {
                        byLanguage.put(language, here);
                    }
                }
            }
            terms.add(byLanguage);
        }
    }

    /**
     * @return one finding per clause and version that departs from its usual rendering of a term:
     *     a warning where every other version's term shows the departure (at least two of them),
     *     information where only one does
     */
    List<Finding> findings(String check) {
        Map<String, List<Departure>> departures = new LinkedHashMap<>();
        for (Language source : alignment.languages()) {
            for (Language target : alignment.languages()) {
                if (source != target) {
                    departures(source, target, departures);
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (List<Departure> seen : departures.values()) {
            Departure first = seen.get(0);
            List<Language> languages = new ArrayList<>();
            Map<Language, String> evidence = new LinkedHashMap<>();
            List<String> sources = new ArrayList<>();
            for (Departure d : seen) {
                if (!languages.contains(d.source())) {
                    languages.add(d.source());
                    evidence.put(d.source(), d.term().surface());
                    sources.add("\"" + d.term().surface() + "\" (" + d.source().code() + ")");
                }
            }
            languages.add(first.target());
            evidence.put(first.target(), first.variant().surface());
            // Two other versions showing the same departure is evidence; one alone is often a
            // term learned from part of a compound, or a phrase that is not a term.
            boolean corroborated = languages.size() >= 3 && languages.size() == alignment.languages().size();
            findings.add(Groups.finding(check, corroborated ? Severity.WARNING : Severity.INFO, first.group(), languages,
                    evidence, "The " + first.target().code() + " version of " + first.group().label() + " renders "
                            + String.join(" and ", sources) + " as \"" + first.variant().surface() + "\", where "
                            + first.usualCount() + " other clauses say \"" + first.usual().surface() + "\"."));
        }
        return findings;
    }

    private void departures(Language source, Language target, Map<String, List<Departure>> findings) {
        Map<String, Integer> sourceCount = new HashMap<>();
        Map<String, Integer> targetCount = new HashMap<>();
        for (Map<Language, Map<String, Term>> group : terms) {
            if (group.containsKey(source) && group.containsKey(target)) {
                group.get(target).keySet().forEach(t -> targetCount.merge(t, 1, Integer::sum));
                group.get(source).keySet().forEach(s -> sourceCount.merge(s, 1, Integer::sum));
            }
        }
        // Co-occurrences, counted only for source terms frequent enough to have a usual rendering
        // and target terms that recur (a usual rendering or a variant occurs twice at least).
        Map<String, Map<String, Integer>> together = new HashMap<>();
        for (Map<Language, Map<String, Term>> group : terms) {
            if (group.containsKey(source) && group.containsKey(target)) {
                List<String> targets = group.get(target).keySet().stream().filter(t -> targetCount.get(t) >= 2).toList();
                for (String s : group.get(source).keySet()) {
                    if (sourceCount.get(s) >= minOccurrences) {
                        Map<String, Integer> with = together.computeIfAbsent(s, k -> new HashMap<>());
                        targets.forEach(t -> with.merge(t, 1, Integer::sum));
                    }
                }
            }
        }
        // The usual rendering: the target term most tied to the source term (Dice coefficient).
        Map<String, String> usual = new HashMap<>();
        sourceCount.forEach((s, count) -> {
            if (count >= minOccurrences) {
                together.get(s).entrySet().stream()
                        .filter(t -> t.getValue() >= Math.min(MIN_USUAL, minOccurrences) && t.getValue() >= MIN_SHARE * count)
                        .max(Comparator.comparingDouble(t -> dice(t.getValue(), count, targetCount.get(t.getKey()))))
                        .filter(t -> dice(t.getValue(), count, targetCount.get(t.getKey())) >= MIN_DICE)
                        .ifPresent(t -> usual.put(s, t.getKey()));
            }
        });
        Map<String, Term> surfaces = new HashMap<>();
        for (int g = 0; g < terms.size(); g++) {
            ClauseGroup group = alignment.groups().get(g);
            Map<Language, Map<String, Term>> here = terms.get(g);
            if (!here.containsKey(source) || !here.containsKey(target)) {
                continue;
            }
            Set<String> explained = new HashSet<>();
            here.get(source).keySet().stream().map(usual::get).filter(t -> t != null).forEach(explained::add);
            for (Term s : here.get(source).values()) {
                String rendering = usual.get(s.key());
                if (rendering == null || here.get(target).containsKey(rendering)) {
                    continue;
                }
                Term usualTerm = surfaces.computeIfAbsent(rendering, key -> surface(target, key));
                for (Term variant : here.get(target).values()) {
                    // A variant recurs, and only where the source term stands: it renders that term.
                    int variantTogether = together.get(s.key()).getOrDefault(variant.key(), 0);
                    if (!explained.contains(variant.key()) && sharesOneWord(variant, rendering)
                            && variantTogether >= 2 && variantTogether == targetCount.get(variant.key())) {
                        String key = group.id() + "\u0000" + target + "\u0000" + variant.key();
                        findings.computeIfAbsent(key, k -> new ArrayList<>()).add(new Departure(group, source, s, target,
                                variant, usualTerm, together.get(s.key()).get(rendering)));
                        break;
                    }
                }
            }
        }
    }

    private static double dice(int together, int source, int target) {
        return 2.0 * together / (source + target);
    }

    /** Titles and signature blocks are names, written in their own style. */
    private static boolean isRunningText(ClauseGroup group) {
        ClauseKind kind = group.clauses().values().iterator().next().get(0).kind();
        return kind != ClauseKind.TITLE && kind != ClauseKind.SIGNATURE;
    }

    /** The usual rendering as most often written in the target version. */
    private Term surface(Language target, String key) {
        Map<String, Integer> surfaces = new LinkedHashMap<>();
        for (Map<Language, Map<String, Term>> group : terms) {
            Term term = group.getOrDefault(target, Map.of()).get(key);
            if (term != null) {
                surfaces.merge(term.surface(), 1, Integer::sum);
            }
        }
        String surface = surfaces.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(key);
        return new Term(key, surface);
    }

    /** "minéral essentiel" and "minéral critique" share one word in the same place. */
    private static boolean sharesOneWord(Term variant, String usual) {
        String[] a = variant.words();
        String[] b = usual.split(" ");
        return a.length == 2 && b.length == 2 && (a[0].equals(b[0]) != a[1].equals(b[1]));
    }

    /**
     * Pairs of content words in a row, analysed, each with its text as written; the words may have
     * one function word between them ("chaîne de valeur"), never punctuation.
     */
    static Map<String, Term> terms(String text, List<Words.Word> words) {
        Map<String, Term> terms = new LinkedHashMap<>();
        Words.Word previous = null;
        int gap = 0;
        for (Words.Word word : words) {
            gap += word.increment();
            // Search mode also gives a compound whole, over its parts: the parts are the words.
            if (word.length() > 1 || word.increment() == 0) {
                continue;
            }
            boolean content = Words.isContentWord(word.term());
            if (previous != null && content && gap <= 2 && noPunctuation(text, previous.end(), word.start())) {
                String key = previous.term() + " " + word.term();
                terms.putIfAbsent(key, new Term(key, text.substring(previous.start(), word.end())));
            }
            previous = content ? word : null;
            gap = 0;
        }
        return terms;
    }

    private static boolean noPunctuation(String text, int from, int to) {
        for (int i = from; i < Math.min(to, text.length()); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c) && !Character.isWhitespace(c) && c != '\'' && c != '’') {
                return false;
            }
        }
        return from <= to;
    }
}
