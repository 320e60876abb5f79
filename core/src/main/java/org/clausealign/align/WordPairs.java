package org.clausealign.align;

import java.util.Arrays;
import java.util.List;

/**
 * How often each word of one version meets each word of another in the same groups, words given
 * as codes: the pairs met in {@value ContentAgreement#MIN_TOGETHER} groups or more, in ascending
 * order of the first word, then of the second, and in how many groups each word occurs. Counted
 * once per pair of languages and read both ways ({@link #transposed}); a smaller set of groups is
 * counted by leaving groups out of a larger one ({@link #without}). Counted in arrays by word
 * code, not in a map keyed by the pair: a document's groups give hundreds of thousands of pairs,
 * and a map of boxed pairs costs many times more.
 */
final class WordPairs {
    private static final int MIN = ContentAgreement.MIN_TOGETHER;

    /** Each pair kept, its first word in the high half, ascending. */
    private final long[] pairs;
    /** In how many groups each pair met. */
    private final int[] together;
    /** Per code, in how many groups counted the first version has the word. */
    private final int[] countA;
    /** Per code, in how many groups counted the second version has the word. */
    private final int[] countB;

    private WordPairs(long[] pairs, int[] together, int[] countA, int[] countB) {
        this.pairs = pairs;
        this.together = together;
        this.countA = countA;
        this.countB = countB;
    }

    /**
     * @param xs the first version's words in each group, as codes, each once
     * @param ys the second version's words in the same groups
     * @param codes how many codes there are
     * @return the pairs they meet in
     */
    static WordPairs count(List<int[]> xs, List<int[]> ys, int codes) {
        int[] countA = new int[codes];
        int[] countB = new int[codes];
        tally(xs, countA, 1);
        tally(ys, countB, 1);
        // The groups each word of the first version is in (a word met once pairs with nothing),
        // then, word by word, the words of the second version it meets, counted in place: small
        // sorts, one per word, instead of one of every pair.
        int[] start = new int[codes + 1];
        for (int w = 0; w < codes; w++) {
            start[w + 1] = start[w] + (countA[w] >= MIN ? countA[w] : 0);
        }
        int[] groups = new int[start[codes]];
        int[] next = Arrays.copyOf(start, codes);
        for (int g = 0; g < xs.size(); g++) {
            for (int w : xs.get(g)) {
                if (countA[w] >= MIN) {
                    groups[next[w]++] = g;
                }
            }
        }
        int[] met = new int[codes];
        int[] touched = new int[codes];
        long[] pairs = new long[64];
        int[] together = new int[64];
        int size = 0;
        for (int w = 0; w < codes; w++) {
            int t = 0;
            for (int k = start[w]; k < start[w + 1]; k++) {
                for (int v : ys.get(groups[k])) {
                    if (countB[v] >= MIN && met[v]++ == 0) {
                        touched[t++] = v;
                    }
                }
            }
            Arrays.sort(touched, 0, t);
            for (int k = 0; k < t; k++) {
                int v = touched[k];
                if (met[v] >= MIN) {
                    if (size == pairs.length) {
                        pairs = Arrays.copyOf(pairs, 2 * size);
                        together = Arrays.copyOf(together, 2 * size);
                    }
                    pairs[size] = ((long) w << 32) | v;
                    together[size++] = met[v];
                }
                met[v] = 0;
            }
        }
        return new WordPairs(Arrays.copyOf(pairs, size), Arrays.copyOf(together, size), countA, countB);
    }

    /**
     * @param xs the first version's words in groups that were counted, as codes, each once
     * @param ys the second version's words in the same groups
     * @return the pairs as counted without those groups
     */
    WordPairs without(List<int[]> xs, List<int[]> ys) {
        long[] met = met(xs, ys, countA, countB);
        long[] kept = new long[pairs.length];
        int[] n = new int[pairs.length];
        int size = 0;
        for (int i = 0, j = 0; i < pairs.length; i++) {
            while (j < met.length && met[j] < pairs[i]) {
                j++;
            }
            int left = together[i];
            while (j < met.length && met[j] == pairs[i]) {
                left--;
                j++;
            }
            if (left >= MIN) {
                kept[size] = pairs[i];
                n[size++] = left;
            }
        }
        int[] a = countA.clone();
        int[] b = countB.clone();
        tally(xs, a, -1);
        tally(ys, b, -1);
        return new WordPairs(Arrays.copyOf(kept, size), Arrays.copyOf(n, size), a, b);
    }

    /** @return the same counts with the versions' places exchanged, in ascending order again */
    WordPairs transposed() {
        // A counting sort on the second word keeps each run in ascending order of the first.
        int[] start = new int[countB.length + 1];
        for (long pair : pairs) {
            start[(int) pair + 1]++;
        }
        for (int v = 0; v < countB.length; v++) {
            start[v + 1] += start[v];
        }
        long[] swapped = new long[pairs.length];
        int[] n = new int[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            int k = start[(int) pairs[i]]++;
            swapped[k] = (pairs[i] << 32) | (pairs[i] >>> 32);
            n[k] = together[i];
        }
        return new WordPairs(swapped, n, countB, countA);
    }

    /** @return how many pairs were kept */
    int size() {
        return pairs.length;
    }

    /** @return the first word of pair i */
    int first(int i) {
        return (int) (pairs[i] >>> 32);
    }

    /** @return where the pairs of pair i's first word end: the next pair with another first word, or {@link #size} */
    int runEnd(int i) {
        int w = first(i);
        int end = i + 1;
        while (end < pairs.length && first(end) == w) {
            end++;
        }
        return end;
    }

    /** @return the second word of pair i */
    int second(int i) {
        return (int) pairs[i];
    }

    /** @return in how many groups pair i met */
    int together(int i) {
        return together[i];
    }

    /** @return in how many groups counted the first version has word w */
    int countA(int w) {
        return countA[w];
    }

    /** @return in how many groups counted the second version has word v */
    int countB(int v) {
        return countB[v];
    }

    /** @return the per-code counts of the first version's words, not to be changed */
    int[] countsA() {
        return countA;
    }

    private static void tally(List<int[]> words, int[] count, int sign) {
        for (int[] group : words) {
            for (int w : group) {
                count[w] += sign;
            }
        }
    }

    /**
     * Every pair the groups hold, sorted; a word met in fewer than {@value #MIN} groups is in no
     * pair that can be kept, and is left out.
     */
    private static long[] met(List<int[]> xs, List<int[]> ys, int[] countA, int[] countB) {
        long[] met = new long[1024];
        int size = 0;
        for (int g = 0; g < xs.size(); g++) {
            int[] x = xs.get(g);
            int[] y = ys.get(g);
            if (size + x.length * y.length > met.length) {
                met = Arrays.copyOf(met, Math.max(2 * met.length, size + x.length * y.length));
            }
            for (int w : x) {
                if (countA[w] >= MIN) {
                    for (int v : y) {
                        if (countB[v] >= MIN) {
                            met[size++] = ((long) w << 32) | v;
                        }
                    }
                }
            }
        }
        Arrays.sort(met, 0, size);
        return Arrays.copyOf(met, size);
    }
}
