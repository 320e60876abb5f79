package org.clausealign.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.clausealign.lang.Language;

/**
 * The word correspondences {@link ContentAgreement} learns from a document's trusted groups (a
 * word of one version and a word of another that occur in the same groups, Dice coefficient at
 * least {@value ContentAgreement#MIN_DICE}, in {@value ContentAgreement#MIN_TOGETHER} groups or
 * more), and what a clause's words render with the groups being judged left out of what was
 * learned. Not {@link Renderings}, which shows a term's renderings in search hits.
 */
final class LearnedRenderings {
    /** A rendering counts if its Dice coefficient is this close to the word's best. */
    private static final double NEAR_BEST = 0.8;
    /** Groups at most that the word correspondences are learned from; more add nothing. */
    private static final int MAX_TRAINING = 3000;
    /** Groups at most left out of a judgement: the two compared. */
    private static final int MAX_LEFT_OUT = 2;
    /**
     * Below this Dice coefficient a word never renders another: under {@value #NEAR_BEST} of
     * {@value ContentAgreement#MIN_DICE}, with a margin for rounding.
     */
    private static final double REACHABLE = 0.3;
    private static final int[] NONE = new int[0];

    /**
     * What the groups taught about one ordered pair of languages: in how many trusted groups each
     * word of a occurs, and, by word code, the words of b it occurs with (twice at least).
     */
    private record Company(int[] countA, Together[] together) {}

    /**
     * The words of b a word of a occurs with: their codes, ascending, in how many trusted groups
     * each occurs together with the word, and in how many trusted groups each occurs at all.
     */
    private record Together(int[] words, int[] together, int[] count) {}

    /** What a clause's words render in another language, some groups left out of what was learned. */
    @FunctionalInterface
    interface Rendering {
        Rendered of(Language a, VersionContent x, Language b);
    }

    /**
     * A clause's words that have a rendering (a Dice coefficient at least
     * {@value ContentAgreement#MIN_DICE}), in its words' order: each word's code, its weight (rarer
     * words weigh more), and its best renderings (those near the highest Dice coefficient), as
     * sorted codes.
     */
    record Rendered(int[] words, double[] weights, int[][] best) {
        /** @return the weighted share of the words whose best renderings y has; NaN if no word has one */
        double covered(VersionContent y) {
            double total = 0;
            double found = 0;
            for (int i = 0; i < weights.length; i++) {
                total += weights[i];
                if (meets(best[i], y.codes())) {
                    found += weights[i];
                }
            }
            return total == 0 ? Double.NaN : found / total;
        }
    }

    private final List<Map<Language, VersionContent>> contents;
    /** A number per word, the same in every language: words are compared as codes, not strings. */
    private final Map<String, Integer> codes;
    /** Per ordered language pair, the company words keep. */
    private final Map<Language, Map<Language, Company>> renderings = new EnumMap<>(Language.class);
    /** Whether each group taught the correspondences (and so must be left out when it is judged). */
    private final List<Boolean> taught;
    /** Per pair of languages in the document's order, how often their words meet; none if only a sample taught. */
    private final Map<Language, Map<Language, WordPairs>> counted = new EnumMap<>(Language.class);
    /** Per language, in how many groups each word occurs, by code. */
    private final Map<Language, int[]> frequency = new EnumMap<>(Language.class);
    /** Per language, in how many groups each cognate occurs. */
    private final Map<Language, Map<String, Integer>> cognateFrequency = new EnumMap<>(Language.class);

    /**
     * @param languages the versions' languages, in the document's order
     * @param contents per group, each version's content, with codes
     * @param codes the code of every word of the contents
     * @param trusted whether each group may teach word correspondences (paired by numbering)
     */
    LearnedRenderings(List<Language> languages, List<Map<Language, VersionContent>> contents,
            Map<String, Integer> codes, List<Boolean> trusted) {
        this.contents = contents;
        this.codes = codes;
        List<Integer> training = new ArrayList<>();
        for (int g = 0; g < contents.size(); g++) {
            if (trusted.get(g)) {
                training.add(g);
            }
        }
        int step = Math.max(1, training.size() / MAX_TRAINING);
        Set<Integer> sample = new HashSet<>();
        for (int i = 0; i < training.size(); i += step) {
            sample.add(training.get(i));
        }
        this.taught = IntStream.range(0, contents.size()).mapToObj(sample::contains).toList();
        for (Language a : languages) {
            int[] words = new int[codes.size()];
            Map<String, Integer> cognates = new HashMap<>();
            for (Map<Language, VersionContent> here : contents) {
                VersionContent content = here.get(a);
                if (content != null) {
                    for (int w : content.codes()) {
                        words[w]++;
                    }
                    content.cognates().forEach(w -> cognates.merge(w, 1, Integer::sum));
                }
            }
            frequency.put(a, words);
            cognateFrequency.put(a, cognates);
        }
        // Words meet the same way whichever language comes first: each pair of languages is
        // counted once and read both ways.
        boolean all = sample.size() == training.size();
        for (int i = 0; i < languages.size(); i++) {
            for (Language b : languages.subList(i + 1, languages.size())) {
                Language a = languages.get(i);
                WordPairs met = count(a, b, sample);
                renderings.computeIfAbsent(a, k -> new EnumMap<>(Language.class)).put(b, company(met));
                renderings.computeIfAbsent(b, k -> new EnumMap<>(Language.class)).put(a, company(met.transposed()));
                if (all) {
                    counted.computeIfAbsent(a, k -> new EnumMap<>(Language.class)).put(b, met);
                }
            }
        }
    }

    /** How often words of a and words of b meet in the trusted groups. */
    private WordPairs count(Language a, Language b, Set<Integer> sample) {
        List<int[]> xs = new ArrayList<>();
        List<int[]> ys = new ArrayList<>();
        for (int g : sample) {
            Map<Language, VersionContent> here = contents.get(g);
            if (here.containsKey(a) && here.containsKey(b)) {
                xs.add(here.get(a).codes());
                ys.add(here.get(b).codes());
            }
        }
        return WordPairs.count(xs, ys, codes.size());
    }

    /** Words of a and words of b that keep company in the trusted groups. */
    private static Company company(WordPairs met) {
        // Leaving out the groups judged (two at most) lowers each count by two at most: a word
        // that cannot reach a rendering's share of the best even then is never one, and is left
        // out here.
        Together[] byCode = new Together[met.countsA().length];
        for (int i = 0, end; i < met.size(); i = end) {
            end = met.runEnd(i);
            int w = met.first(i);
            int[] words = new int[end - i];
            int[] together = new int[end - i];
            int[] count = new int[end - i];
            int kept = 0;
            for (int k = i; k < end; k++) {
                int v = met.second(k);
                int bound = met.countA(w) + met.countB(v) - 2 * MAX_LEFT_OUT;
                if (bound <= 0 || 2.0 * met.together(k) / bound >= REACHABLE) {
                    words[kept] = v;
                    together[kept] = met.together(k);
                    count[kept++] = met.countB(v);
                }
            }
            if (kept > 0) {
                byCode[w] = new Together(Arrays.copyOf(words, kept), Arrays.copyOf(together, kept),
                        Arrays.copyOf(count, kept));
            }
        }
        return new Company(met.countsA(), byCode);
    }

    /**
     * @param a a language
     * @param b a later language of the document
     * @return how often words of a and of b meet in the trusted groups, or null where only a
     *     sample of them taught
     */
    WordPairs counted(Language a, Language b) {
        return counted.getOrDefault(a, Map.of()).get(b);
    }

    /** @return the code of every word of the contents */
    Map<String, Integer> codes() {
        return codes;
    }

    /** @return whether group g taught the correspondences */
    boolean taught(int g) {
        return taught.get(g);
    }

    /** How rare a word (by its code) is in a language's groups: what it weighs as evidence. */
    private double idf(Language language, int word) {
        return idf(frequency.get(language)[word]);
    }

    /** How rare a cognate (a word form Latin-script versions share) is in a language's groups. */
    double cognateIdf(Language language, String cognate) {
        return idf(cognateFrequency.get(language).getOrDefault(cognate, 0));
    }

    private double idf(int groups) {
        return Math.log(1 + (double) contents.size() / Math.max(1, groups));
    }

    /** The groups that taught correspondences among g and h: what they taught is left out when judging them. */
    List<Map<Language, VersionContent>> left(int g, int h) {
        List<Map<Language, VersionContent>> out = new ArrayList<>(2);
        if (taught.get(g)) {
            out.add(contents.get(g));
        }
        if (h != g && taught.get(h)) {
            out.add(contents.get(h));
        }
        return out;
    }

    /** What clauses' words render, the groups that taught correspondences among g and h left out. */
    Rendering leavingOut(int g, int h) {
        List<Map<Language, VersionContent>> leftOut = left(g, h);
        return (a, x, b) -> rendered(a, x, b, leftOut);
    }

    /** Whether two sorted arrays of codes share one. */
    static boolean meets(int[] x, int[] y) {
        for (int i = 0, j = 0; i < x.length && j < y.length; ) {
            if (x[i] == y[j]) {
                return true;
            }
            if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    /** What x's words render in b, as the groups not left out taught them. */
    Rendered rendered(Language a, VersionContent x, Language b, List<Map<Language, VersionContent>> leftOut) {
        Company company = renderings.get(a).get(b);
        // The groups left out, in both languages: their words are walked beside each word's
        // renderings, both sorted, instead of looked up one by one.
        int left = leftOut.size();
        int[][] leftA = new int[left][];
        int[][] leftB = new int[left][];
        for (int c = 0; c < left; c++) {
            VersionContent inA = leftOut.get(c).get(a);
            VersionContent inB = leftOut.get(c).get(b);
            leftA[c] = inA == null ? NONE : inA.codes();
            leftB[c] = inB == null ? NONE : inB.codes();
        }
        int[] at = new int[left];
        boolean[] wordThere = new boolean[left];
        int[] words = new int[x.inOrder().length];
        double[] weights = new double[words.length];
        int[][] best = new int[words.length][];
        int found = 0;
        double[] dice = new double[0];
        // In the order of the words' set, as the weights have always been summed.
        for (int code : x.inOrder()) {
            Together with = company.together()[code];
            if (with == null) {
                continue;
            }
            int countA = company.countA()[code];
            for (int c = 0; c < left; c++) {
                wordThere[c] = Arrays.binarySearch(leftA[c], code) >= 0;
                countA -= wordThere[c] ? 1 : 0;
                at[c] = 0;
            }
            int size = with.words().length;
            if (dice.length < size) {
                dice = new double[Math.max(size, 2 * dice.length)];
            }
            double highest = 0;
            for (int i = 0; i < size; i++) {
                int v = with.words()[i];
                int n = with.together()[i];
                int countB = with.count()[i];
                for (int c = 0; c < left; c++) {
                    int[] there = leftB[c];
                    while (at[c] < there.length && there[at[c]] < v) {
                        at[c]++;
                    }
                    if (at[c] < there.length && there[at[c]] == v) {
                        countB--;
                        n -= wordThere[c] ? 1 : 0;
                    }
                }
                dice[i] = n < ContentAgreement.MIN_TOGETHER ? 0 : 2.0 * n / (countA + countB);
                highest = Math.max(highest, dice[i]);
            }
            if (highest < ContentAgreement.MIN_DICE) {
                continue;
            }
            int kept = 0;
            int[] near = new int[size];
            double least = NEAR_BEST * highest;
            for (int i = 0; i < size; i++) {
                if (dice[i] > 0 && dice[i] >= least) {
                    near[kept++] = with.words()[i];
                }
            }
            words[found] = code;
            weights[found] = idf(a, code);
            best[found++] = Arrays.copyOf(near, kept);
        }
        return new Rendered(Arrays.copyOf(words, found), Arrays.copyOf(weights, found), Arrays.copyOf(best, found));
    }
}
