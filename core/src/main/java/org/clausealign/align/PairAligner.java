package org.clausealign.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clausealign.clause.Clause;
import org.clausealign.lang.Language;

/**
 * Aligns two versions. Clauses whose numbering agrees are paired first, even when one version
 * has items in another order; the longest run of such pairs that keeps both versions' order
 * splits the rest into stretches, and each stretch (recitals, signatures, text without numbering,
 * renumbered items) is aligned by dynamic programming over 1–1, 1–0, 0–1, 2–1 and 1–2 moves,
 * scored by {@link Scorer}. The programming is banded around the diagonal, so that its cost
 * grows linearly with the length of a stretch.
 */
final class PairAligner {
    /** Half the width of the band of the dynamic programming, in clauses. */
    static final int BAND = 40;
    private static final Set<String> FIXED_IDS = Set.of("title", "parties", "preamble", "formula", "closing");
    private static final int[][] MOVES = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}};

    private PairAligner() {}

    /**
     * Aligns a version with a sequence of clauses from several versions, such as the clause
     * groups built so far, each given by one of its clauses in whichever language it has.
     *
     * @param a the first sequence
     * @param languages the language of each clause of {@code a}
     * @param to the second version's language
     * @param b its clauses
     * @param lengths the length of each whole version, for the length ratios
     * @param profiles the clauses' profiles, shared by every pairing of one alignment
     * @return the beads, ordered by their place in the first sequence
     */
    static List<Bead> align(List<Clause> a, List<Language> languages, Language to, List<Clause> b,
            Map<Language, Double> lengths, Profiles profiles) {
        Scorer scorer = new Scorer(a, languages, to, b, lengths, profiles);
        Map<String, Integer> indexInB = new HashMap<>();
        for (int j = 0; j < b.size(); j++) {
            if (isStructural(b.get(j))) {
                indexInB.put(b.get(j).id(), j);
            }
        }
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            Integer j = isStructural(a.get(i)) ? indexInB.get(a.get(i).id()) : null;
            if (j != null) {
                pairs.add(new int[] {i, j});
            }
        }
        // Definitions whose ids differ pair by evidence or stay alone, never by position.
        List<int[]> definitions = Definitions.pairs(a, b, pairs);
        pairs.addAll(definitions);
        pairs.sort((x, y) -> Integer.compare(x[0], y[0]));
        List<int[]> backbone = longestIncreasing(pairs);
        boolean[] pairedA = new boolean[a.size()];
        boolean[] pairedB = new boolean[b.size()];
        List<Bead> beads = new ArrayList<>();
        for (int[] pair : pairs) {
            pairedA[pair[0]] = true;
            pairedB[pair[1]] = true;
            List<Clause> ca = List.of(a.get(pair[0]));
            List<Clause> cb = List.of(b.get(pair[1]));
            beads.add(new Bead(ca, cb, pair[0], !definitions.contains(pair), scorer.lengthDeviation(ca, cb),
                    scorer.agreement(ca, cb)));
        }
        int previousA = 0;
        int previousB = 0;
        for (int k = 0; k <= backbone.size(); k++) {
            int endA = k < backbone.size() ? backbone.get(k)[0] : a.size();
            int endB = k < backbone.size() ? backbone.get(k)[1] : b.size();
            List<Integer> runA = unpaired(previousA, endA, pairedA);
            List<Integer> runB = unpaired(previousB, endB, pairedB);
            for (int i : runA) {
                if (Definitions.isDefinition(a.get(i))) {
                    beads.add(new Bead(List.of(a.get(i)), List.of(), i, false, 0, -1));
                }
            }
            for (int j : runB) {
                if (Definitions.isDefinition(b.get(j))) {
                    beads.add(new Bead(List.of(), List.of(b.get(j)), endA - 0.5 + 1e-6 * j, false, 0, -1));
                }
            }
            runA.removeIf(i -> Definitions.isDefinition(a.get(i)));
            runB.removeIf(j -> Definitions.isDefinition(b.get(j)));
            beads.addAll(stretch(a, runA, b, runB, endA, scorer));
            if (k < backbone.size()) {
                previousA = endA + 1;
                previousB = endB + 1;
            }
        }
        beads.sort((x, y) -> Double.compare(x.order(), y.order()));
        return beads;
    }

    /** Numbered clauses and the preamble parts that occur once: their ids mean the same in every version. */
    private static boolean isStructural(Clause clause) {
        // A definition's id is its English term, the same in every version whatever the reader's markers.
        return !clause.marker().isEmpty() || FIXED_IDS.contains(clause.id()) || Definitions.isDefinition(clause)
                || (clause.id().contains(".p.") && !clause.id().startsWith("p."));
    }

    private static List<Integer> unpaired(int from, int to, boolean[] paired) {
        List<Integer> run = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (!paired[i]) {
                run.add(i);
            }
        }
        return run;
    }

    /** The pairs, by index in a, whose indexes in b also increase, as many as possible. */
    private static List<int[]> longestIncreasing(List<int[]> pairs) {
        int n = pairs.size();
        int[] tails = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            int j = pairs.get(i)[1];
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (pairs.get(tails[mid])[1] < j) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[i] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = i;
            length = Math.max(length, lo + 1);
        }
        int[][] result = new int[length][];
        for (int i = length > 0 ? tails[length - 1] : -1, k = length - 1; i >= 0; i = previous[i], k--) {
            result[k] = pairs.get(i);
        }
        return Arrays.asList(result);
    }

    /** Aligns one stretch of unpaired clauses by banded dynamic programming. */
    private static List<Bead> stretch(List<Clause> a, List<Integer> runA, List<Clause> b, List<Integer> runB,
            int endA, Scorer scorer) {
        int n = runA.size();
        int m = runB.size();
        List<Bead> beads = new ArrayList<>();
        if (n == 0 && m == 0) {
            return beads;
        }
        Scorer.Item[] itemsA = new Scorer.Item[n];
        for (int i = 0; i < n; i++) {
            itemsA[i] = scorer.item(a.get(runA.get(i)));
        }
        Scorer.Item[] itemsB = new Scorer.Item[m];
        for (int j = 0; j < m; j++) {
            itemsB[j] = scorer.item(b.get(runB.get(j)));
        }
        Band band = new Band(n, m);
        band.set(0, 0, 0, -1);
        for (int i = 0; i <= n; i++) {
            for (int j = band.low(i); j <= band.high(i); j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                double best = Double.POSITIVE_INFINITY;
                int bestMove = -1;
                for (int move = 0; move < MOVES.length; move++) {
                    int pi = i - MOVES[move][0];
                    int pj = j - MOVES[move][1];
                    if (pi < 0 || pj < 0) {
                        continue;
                    }
                    double before = band.get(pi, pj);
                    if (before == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double cost = before + scorer.cost(itemsA, pi, i - pi, itemsB, pj, j - pj);
                    if (cost < best) {
                        best = cost;
                        bestMove = move;
                    }
                }
                band.set(i, j, best, bestMove);
            }
        }
        int i = n;
        int j = m;
        List<Bead> reversed = new ArrayList<>();
        int sequence = 0;
        while (i > 0 || j > 0) {
            int move = band.move(i, j);
            int pi = i - MOVES[move][0];
            int pj = j - MOVES[move][1];
            List<Clause> ca = clauses(a, runA, pi, i);
            List<Clause> cb = clauses(b, runB, pj, j);
            double order = !ca.isEmpty() ? runA.get(pi) : (i < n ? runA.get(i) : endA) - 0.5 + 1e-6 * (m - sequence++);
            reversed.add(new Bead(ca, cb, order, false, ca.isEmpty() || cb.isEmpty() ? 0 : scorer.lengthDeviation(ca, cb),
                    ca.isEmpty() || cb.isEmpty() ? -1 : scorer.agreement(ca, cb)));
            i = pi;
            j = pj;
        }
        for (int k = reversed.size() - 1; k >= 0; k--) {
            beads.add(reversed.get(k));
        }
        return beads;
    }

    private static List<Clause> clauses(List<Clause> all, List<Integer> run, int from, int to) {
        List<Clause> result = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            result.add(all.get(run.get(k)));
        }
        return result;
    }

    /** The cells of the dynamic programming near the diagonal from (0,0) to (n,m). */
    private static final class Band {
        private final int n;
        private final int m;
        private final int width;
        private final double[][] cost;
        private final byte[][] moves;

        Band(int n, int m) {
            this.n = n;
            this.m = m;
            // Wide enough that each row reaches the next along the slope, however many more
            // clauses one side has: one Japanese clause against a hundred English ones.
            this.width = Math.max(BAND, 2) + (n == 0 ? 0 : (m + n - 1) / n);
            this.cost = new double[n + 1][];
            this.moves = new byte[n + 1][];
            for (int i = 0; i <= n; i++) {
                int size = high(i) - low(i) + 1;
                cost[i] = new double[Math.max(size, 0)];
                Arrays.fill(cost[i], Double.POSITIVE_INFINITY);
                moves[i] = new byte[Math.max(size, 0)];
            }
        }

        int centre(int i) {
            return n == 0 ? 0 : (int) ((long) i * m / n);
        }

        int low(int i) {
            return n == 0 ? 0 : Math.max(0, centre(i) - width);
        }

        int high(int i) {
            return n == 0 ? m : Math.min(m, centre(i) + width);
        }

        double get(int i, int j) {
            if (j < low(i) || j > high(i)) {
                return Double.POSITIVE_INFINITY;
            }
            return cost[i][j - low(i)];
        }

        void set(int i, int j, double value, int move) {
            cost[i][j - low(i)] = value;
            moves[i][j - low(i)] = (byte) move;
        }

        int move(int i, int j) {
            return moves[i][j - low(i)];
        }
    }
}
