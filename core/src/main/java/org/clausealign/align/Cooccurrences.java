package org.clausealign.align;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * How often each word of one version meets each word of another in the same groups, words given
 * as codes. The pairs are counted as sorted numbers, not in a map keyed by the pair: a document's
 * groups give hundreds of thousands of pairs, and a map of boxed pairs costs many times more.
 */
final class Cooccurrences {
    /** Hears of one pair of words and how often they met. */
    @FunctionalInterface
    interface Pair {
        /**
         * @param w the word of the first version
         * @param v the word of the second version
         * @param n in how many groups they met
         */
        void met(int w, int v, int n);
    }

    private Cooccurrences() {}

    /**
     * Reports each pair met at least {@code min} times, in ascending order of w, then of v.
     *
     * @param xs the first version's words in each group
     * @param ys the second version's words in the same groups
     * @param keepX which words of the first version to count
     * @param keepY which words of the second version to count
     * @param min how often a pair must meet to be reported
     * @param pair told of each pair
     */
    static void count(List<int[]> xs, List<int[]> ys, IntPredicate keepX, IntPredicate keepY, int min, Pair pair) {
        long[] pairs = new long[1024];
        int size = 0;
        for (int g = 0; g < xs.size(); g++) {
            int[] x = xs.get(g);
            int[] y = ys.get(g);
            if (size + x.length * y.length > pairs.length) {
                pairs = Arrays.copyOf(pairs, Math.max(2 * pairs.length, size + x.length * y.length));
            }
            for (int w : x) {
                if (keepX.test(w)) {
                    for (int v : y) {
                        if (keepY.test(v)) {
                            pairs[size++] = ((long) w << 32) | v;
                        }
                    }
                }
            }
        }
        Arrays.sort(pairs, 0, size);
        for (int i = 0; i < size; ) {
            int j = i;
            while (j < size && pairs[j] == pairs[i]) {
                j++;
            }
            if (j - i >= min) {
                pair.met((int) (pairs[i] >>> 32), (int) pairs[i], j - i);
            }
            i = j;
        }
    }
}
