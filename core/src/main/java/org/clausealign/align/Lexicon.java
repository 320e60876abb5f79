package org.clausealign.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.clausealign.clause.Clause;
import org.clausealign.clause.LanguageVersion;
import org.clausealign.lang.Language;

/**
 * Word correspondences a document teaches about itself: a first alignment's sure groups (one
 * clause per version, confidence 0.9 or above) pair words of one version with words of another
 * that occur in the same groups (Dice coefficient at least {@value ContentAgreement#MIN_DICE}, in
 * {@value ContentAgreement#MIN_TOGETHER} groups or more). A second alignment then prefers pairs
 * whose words render each other, and a clause whose counterpart was deleted no longer finds one
 * in a neighbour.
 */
final class Lexicon {
    private static final int[] NONE = new int[0];

    private final Map<String, Integer> codes = new HashMap<>();
    private final Map<Clause, int[]> words = new IdentityHashMap<>();
    /** Per ordered language pair, each word's renderings, as sorted codes. */
    private final Map<Language, Map<Language, Map<Integer, int[]>>> links = new EnumMap<>(Language.class);

    /**
     * @param versions the document's versions
     * @param first a first alignment of them
     */
    Lexicon(List<LanguageVersion> versions, Alignment first) {
        List<Clause> clauses = new ArrayList<>();
        List<Language> languages = new ArrayList<>();
        versions.forEach(v -> v.clauses().forEach(c -> {
            clauses.add(c);
            languages.add(v.language());
        }));
        List<TreeSet<String>> read = IntStream.range(0, clauses.size()).parallel().mapToObj(i -> {
            TreeSet<String> set = new TreeSet<>();
            for (Words.Word word : Words.of(languages.get(i), clauses.get(i).text())) {
                if (word.length() == 1 && Words.isContentWord(word.term())) {
                    set.add(word.term());
                }
            }
            return set;
        }).toList();
        for (int i = 0; i < clauses.size(); i++) {
            int[] coded = read.get(i).stream().mapToInt(w -> codes.computeIfAbsent(w, k -> codes.size())).toArray();
            Arrays.sort(coded);
            words.put(clauses.get(i), coded);
        }
        for (Language a : first.languages()) {
            for (Language b : first.languages()) {
                if (a != b) {
                    links.computeIfAbsent(a, k -> new EnumMap<>(Language.class)).put(b, learn(first, a, b));
                }
            }
        }
    }

    private Map<Integer, int[]> learn(Alignment first, Language a, Language b) {
        int[] countA = new int[codes.size()];
        int[] countB = new int[codes.size()];
        List<int[]> xs = new ArrayList<>();
        List<int[]> ys = new ArrayList<>();
        for (ClauseGroup group : first.groups()) {
            if (group.confidence() < 0.9 || group.clauses(a).size() != 1 || group.clauses(b).size() != 1) {
                continue;
            }
            int[] x = of(group.clauses(a).get(0));
            int[] y = of(group.clauses(b).get(0));
            for (int w : x) {
                countA[w]++;
            }
            for (int v : y) {
                countB[v]++;
            }
            xs.add(x);
            ys.add(y);
        }
        // Each word's renderings, ascending as they come.
        Map<Integer, List<Integer>> found = new HashMap<>();
        Cooccurrences.count(xs, ys, w -> true, v -> true, ContentAgreement.MIN_TOGETHER, (w, v, n) -> {
            if (2.0 * n / (countA[w] + countB[v]) >= ContentAgreement.MIN_DICE) {
                found.computeIfAbsent(w, k -> new ArrayList<>()).add(v);
            }
        });
        Map<Integer, int[]> result = new HashMap<>();
        found.forEach((w, vs) -> result.put(w, vs.stream().mapToInt(Integer::intValue).toArray()));
        return result;
    }

    /** @return the clause's content words as sorted codes; none for a clause the lexicon has not read */
    int[] of(Clause clause) {
        return words.getOrDefault(clause, NONE);
    }

    /**
     * @return the share of the words of each side that have a learned rendering and find one on
     *     the other side, the lower of the two directions (a clause glued to its neighbour leaves
     *     its own words without rendering); -1 where no word has a rendering
     */
    double coverage(int[] x, Language a, int[] y, Language b) {
        double there = covered(x, links.get(a).get(b), y);
        double back = covered(y, links.get(b).get(a), x);
        return there < 0 ? back : back < 0 ? there : Math.min(there, back);
    }

    /**
     * Adds to a tally the words of y that other lacks and that have a learned rendering in
     * language a ([0]), those of them whose rendering x holds ([1]), and of these, those whose
     * rendering n1 or n2 holds too ([2]).
     *
     * @param y a clause's words, in language b
     * @param other words not to count
     * @param x the words to find renderings in, in language a
     * @param n1 words whose renderings are common around x
     * @param n2 more such words
     * @param tally where to add
     */
    void rendered(int[] y, Language b, int[] other, int[] x, Language a, int[] n1, int[] n2, int[] tally) {
        Map<Integer, int[]> renderings = links.get(b).get(a);
        for (int w : y) {
            int[] r = renderings.get(w);
            if (r != null && Arrays.binarySearch(other, w) < 0) {
                tally[0]++;
                if (containsAny(x, r)) {
                    tally[1]++;
                    tally[2] += containsAny(n1, r) || containsAny(n2, r) ? 1 : 0;
                }
            }
        }
    }

    private static boolean containsAny(int[] sorted, int[] values) {
        for (int v : values) {
            if (Arrays.binarySearch(sorted, v) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static double covered(int[] x, Map<Integer, int[]> renderings, int[] y) {
        int linked = 0;
        int found = 0;
        for (int w : x) {
            int[] r = renderings.get(w);
            if (r == null) {
                continue;
            }
            linked++;
            found += containsAny(y, r) ? 1 : 0;
        }
        return linked == 0 ? -1 : (double) found / linked;
    }
}
