package org.clausealign.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.clausealign.clause.Clause;
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

    private final Map<Clause, int[]> words = new IdentityHashMap<>();
    /** Per ordered language pair, by word code, the word's renderings as sorted codes, or null. */
    private final Map<Language, Map<Language, int[][]>> links = new EnumMap<>(Language.class);

    /**
     * Learns from the words the content judgement read and the word pairs it counted: the groups
     * it learned from are the groups the pairing was sure of, and the lexicon's are those of them
     * still sure once judged (one clause per version), so the lexicon's counts are the judgement's
     * less those of the groups it leaves out.
     *
     * @param first a first alignment of the document, judged
     * @param agreement the content judgement that judged it, of the same groups as paired
     */
    Lexicon(Alignment first, ContentAgreement agreement) {
        LearnedRenderings learned = agreement.learned();
        Map<String, Integer> codes = learned.codes();
        List<Map<Language, VersionContent>> contents = agreement.contents();
        // A clause alone of its version in its group has the group's words; others are read alone.
        for (int g = 0; g < first.groups().size(); g++) {
            for (Map.Entry<Language, List<Clause>> version : first.groups().get(g).clauses().entrySet()) {
                List<Clause> clauses = version.getValue();
                if (clauses.size() == 1) {
                    words.put(clauses.get(0), contents.get(g).get(version.getKey()).codes());
                    continue;
                }
                for (Clause clause : clauses) {
                    int[] coded = Renderings.contentWords(version.getKey(), clause.text()).stream()
                            .mapToInt(codes::get).toArray();
                    Arrays.sort(coded);
                    words.put(clause, coded);
                }
            }
        }
        List<Language> languages = first.languages();
        for (int i = 0; i < languages.size(); i++) {
            for (Language b : languages.subList(i + 1, languages.size())) {
                Language a = languages.get(i);
                WordPairs met = count(first, agreement, a, b, codes.size());
                links.computeIfAbsent(a, k -> new EnumMap<>(Language.class)).put(b, links(met));
                links.computeIfAbsent(b, k -> new EnumMap<>(Language.class)).put(a, links(met.transposed()));
            }
        }
    }

    /**
     * How often words of a and of b meet in the groups still sure once judged, one clause in each:
     * the judgement's counts less the groups it learned from and the lexicon does not, or, where
     * the judgement learned from a sample, counted anew.
     */
    private static WordPairs count(Alignment first, ContentAgreement agreement, Language a, Language b, int codes) {
        LearnedRenderings learned = agreement.learned();
        List<int[]> sureA = new ArrayList<>();
        List<int[]> sureB = new ArrayList<>();
        List<int[]> leftA = new ArrayList<>();
        List<int[]> leftB = new ArrayList<>();
        boolean within = true;
        for (int g = 0; g < first.groups().size(); g++) {
            ClauseGroup group = first.groups().get(g);
            Map<Language, VersionContent> here = agreement.contents().get(g);
            boolean taught = learned.taught(g) && here.containsKey(a) && here.containsKey(b);
            if (group.confidence() >= 0.9 && group.clauses(a).size() == 1 && group.clauses(b).size() == 1) {
                sureA.add(here.get(a).codes());
                sureB.add(here.get(b).codes());
                within &= taught;
            } else if (taught) {
                leftA.add(here.get(a).codes());
                leftB.add(here.get(b).codes());
            }
        }
        WordPairs all = learned.counted(a, b);
        return all != null && within ? all.without(leftA, leftB) : WordPairs.count(sureA, sureB, codes);
    }

    /** Each word's renderings: the words it meets often enough, ascending. */
    private static int[][] links(WordPairs met) {
        int[][] result = new int[met.countsA().length][];
        for (int i = 0, end; i < met.size(); i = end) {
            end = met.runEnd(i);
            int w = met.first(i);
            int[] found = new int[end - i];
            int kept = 0;
            for (int k = i; k < end; k++) {
                if (2.0 * met.together(k) / (met.countA(w) + met.countB(met.second(k))) >= ContentAgreement.MIN_DICE) {
                    found[kept++] = met.second(k);
                }
            }
            if (kept > 0) {
                result[w] = Arrays.copyOf(found, kept);
            }
        }
        return result;
    }

    /** @return the clause's content words as sorted codes; none for a clause in no group of the first alignment */
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
        int[][] renderings = links.get(b).get(a);
        for (int w : y) {
            int[] r = renderings[w];
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

    private static double covered(int[] x, int[][] renderings, int[] y) {
        int linked = 0;
        int found = 0;
        for (int w : x) {
            int[] r = renderings[w];
            if (r == null) {
                continue;
            }
            linked++;
            found += containsAny(y, r) ? 1 : 0;
        }
        return linked == 0 ? -1 : (double) found / linked;
    }
}
