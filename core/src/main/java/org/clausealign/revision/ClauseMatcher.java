package org.clausealign.revision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clausealign.clause.Clause;
import org.clausealign.lang.Language;

/**
 * Pairs the clauses of one language version across two revisions, by content as well as by
 * number, so that a definition whose letter moved because another was inserted before it is
 * found under its new letter.
 *
 * <ol>
 *   <li>Clauses with the same text pair first (the same id preferred among repeated texts).
 *   <li>Those pairs that keep their order are anchors; between two anchors, the clauses left pair
 *       by number when their words are alike (or when each is the only one left there: a clause
 *       rewritten in its place), then by the most alike words.
 *   <li>What is still left pairs across the whole text only when nearly the same: a clause moved
 *       and edited.
 *   <li>Pairs out of order with the rest (not on the longest ordered chain) are moved; the other
 *       clauses left are added or deleted.
 * </ol>
 */
final class ClauseMatcher {
    /** Words a clause and its edited self share, at least, when they keep their number. */
    private static final double SAME_NUMBER = 0.3;
    /** Words shared, at least, by an edited clause that also changed number. */
    private static final double SAME_PLACE = 0.5;
    /** Words shared, at least, by an edited clause found out of its place. */
    private static final double ELSEWHERE = 0.75;
    /** Above this many candidate pairs in a stretch, only the same ids pair: comparing all would be slow. */
    private static final long ALIKE_LIMIT = 250_000;

    /**
     * A clause in both revisions, or in one.
     *
     * @param old the clause in the old revision, or null if added
     * @param revised the clause in the new revision, or null if deleted
     * @param status what happened to it in this version
     */
    record Match(Clause old, Clause revised, ChangeStatus status) {
        /** @return whether the clause's text differs between the revisions */
        boolean textChanged() {
            return old == null || revised == null || !old.text().equals(revised.text());
        }
    }

    private final Language language;
    private final List<Clause> old;
    private final List<Clause> revised;
    private final int[] partnerOfOld;
    private final int[] partnerOfNew;
    private final Map<Clause, Map<String, Integer>> words = new IdentityHashMap<>();

    private ClauseMatcher(Language language, List<Clause> old, List<Clause> revised) {
        this.language = language;
        this.old = old;
        this.revised = revised;
        this.partnerOfOld = filled(old.size());
        this.partnerOfNew = filled(revised.size());
    }

    /**
     * @param language the version's language
     * @param old the version's clauses in the old revision, in order
     * @param revised its clauses in the new revision, in order
     * @return every clause of either revision once, in a match
     */
    static List<Match> match(Language language, List<Clause> old, List<Clause> revised) {
        return new ClauseMatcher(language, old, revised).matches();
    }

    private List<Match> matches() {
        pairSameText();
        List<int[]> anchors = ordered(pairs());
        int oldFrom = 0;
        int newFrom = 0;
        for (int k = 0; k <= anchors.size(); k++) {
            int oldTo = k < anchors.size() ? anchors.get(k)[0] : old.size();
            int newTo = k < anchors.size() ? anchors.get(k)[1] : revised.size();
            pairAlike(oldFrom, oldTo, newFrom, newTo, SAME_PLACE, true);
            oldFrom = oldTo + 1;
            newFrom = newTo + 1;
        }
        pairAlike(0, old.size(), 0, revised.size(), ELSEWHERE, false);

        List<int[]> pairs = pairs();
        Set<Integer> inOrder = new HashSet<>();
        for (int[] pair : ordered(pairs)) {
            inOrder.add(pair[0]);
        }
        List<Match> matches = new ArrayList<>();
        for (int[] pair : pairs) {
            Clause before = old.get(pair[0]);
            Clause after = revised.get(pair[1]);
            ChangeStatus status;
            if (!inOrder.contains(pair[0])) {
                status = ChangeStatus.MOVED;
            } else if (!before.text().equals(after.text())) {
                status = ChangeStatus.MODIFIED;
            } else {
                status = before.id().equals(after.id()) ? ChangeStatus.UNCHANGED : ChangeStatus.RENUMBERED;
            }
            matches.add(new Match(before, after, status));
        }
        for (int i = 0; i < old.size(); i++) {
            if (partnerOfOld[i] < 0) {
                matches.add(new Match(old.get(i), null, ChangeStatus.DELETED));
            }
        }
        for (int j = 0; j < revised.size(); j++) {
            if (partnerOfNew[j] < 0) {
                matches.add(new Match(null, revised.get(j), ChangeStatus.ADDED));
            }
        }
        return matches;
    }

    /** Repeated texts pair with the same id first, then in order. */
    private void pairSameText() {
        Map<String, List<Integer>> newByText = new HashMap<>();
        for (int j = 0; j < revised.size(); j++) {
            newByText.computeIfAbsent(revised.get(j).text(), text -> new ArrayList<>()).add(j);
        }
        for (boolean sameIdOnly : new boolean[] {true, false}) {
            for (int i = 0; i < old.size(); i++) {
                if (partnerOfOld[i] >= 0) {
                    continue;
                }
                for (int j : newByText.getOrDefault(old.get(i).text(), List.of())) {
                    if (partnerOfNew[j] < 0 && (!sameIdOnly || old.get(i).id().equals(revised.get(j).id()))) {
                        pair(i, j);
                        break;
                    }
                }
            }
        }
    }

    /**
     * Pairs the clauses left in a stretch of each revision: same id first, then the most alike.
     *
     * @param least the similarity a pair of different ids needs
     * @param byId whether clauses with the same id pair first, with less in common
     */
    private void pairAlike(int oldFrom, int oldTo, int newFrom, int newTo, double least, boolean byId) {
        List<Integer> olds = unpaired(partnerOfOld, oldFrom, oldTo);
        List<Integer> news = unpaired(partnerOfNew, newFrom, newTo);
        if (byId) {
            Map<String, Integer> newById = new HashMap<>();
            for (int j : news) {
                newById.putIfAbsent(revised.get(j).id(), j);
            }
            // The only clause left on each side, under one number: rewritten in its place.
            boolean alone = olds.size() == 1 && news.size() == 1;
            for (int i : olds) {
                Integer j = newById.get(old.get(i).id());
                if (j != null && partnerOfNew[j] < 0 && (alone || similarity(old.get(i), revised.get(j)) >= SAME_NUMBER)) {
                    pair(i, j);
                }
            }
        }
        if ((long) olds.size() * news.size() > ALIKE_LIMIT) {
            return;
        }
        List<double[]> candidates = new ArrayList<>();
        for (int i : olds) {
            for (int j : news) {
                if (partnerOfOld[i] < 0 && partnerOfNew[j] < 0) {
                    double similarity = similarity(old.get(i), revised.get(j));
                    if (similarity >= least) {
                        candidates.add(new double[] {similarity, i, j});
                    }
                }
            }
        }
        // The most alike first; among equals, the earliest, so that the result does not depend on chance.
        candidates.sort(Comparator.<double[]>comparingDouble(c -> -c[0])
                .thenComparingDouble(c -> c[1]).thenComparingDouble(c -> c[2]));
        for (double[] candidate : candidates) {
            int i = (int) candidate[1];
            int j = (int) candidate[2];
            if (partnerOfOld[i] < 0 && partnerOfNew[j] < 0) {
                pair(i, j);
            }
        }
    }

    /** The Dice coefficient of the two clauses' words, counted with repeats. */
    private double similarity(Clause a, Clause b) {
        Map<String, Integer> x = words(a);
        Map<String, Integer> y = words(b);
        int sizeX = x.values().stream().mapToInt(Integer::intValue).sum();
        int sizeY = y.values().stream().mapToInt(Integer::intValue).sum();
        if (sizeX + sizeY == 0) {
            return a.text().equals(b.text()) ? 1 : 0;
        }
        int shared = 0;
        for (Map.Entry<String, Integer> entry : x.entrySet()) {
            shared += Math.min(entry.getValue(), y.getOrDefault(entry.getKey(), 0));
        }
        return 2.0 * shared / (sizeX + sizeY);
    }

    private Map<String, Integer> words(Clause clause) {
        return words.computeIfAbsent(clause, c -> {
            Map<String, Integer> counts = new HashMap<>();
            for (String word : Tokens.content(Tokens.of(language, c.text()))) {
                counts.merge(word, 1, Integer::sum);
            }
            return counts;
        });
    }

    private void pair(int i, int j) {
        partnerOfOld[i] = j;
        partnerOfNew[j] = i;
    }

    /** @return the pairs so far as {old index, new index}, in old order */
    private List<int[]> pairs() {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < old.size(); i++) {
            if (partnerOfOld[i] >= 0) {
                pairs.add(new int[] {i, partnerOfOld[i]});
            }
        }
        return pairs;
    }

    /**
     * @param pairs pairs in old order
     * @return the longest chain of them whose new indexes rise too (patience sorting)
     */
    static List<int[]> ordered(List<int[]> pairs) {
        int[] tails = new int[pairs.size()];
        int[] previous = new int[pairs.size()];
        int length = 0;
        for (int k = 0; k < pairs.size(); k++) {
            int value = pairs.get(k)[1];
            int low = 0;
            int high = length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (pairs.get(tails[mid])[1] < value) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            previous[k] = low > 0 ? tails[low - 1] : -1;
            tails[low] = k;
            length = Math.max(length, low + 1);
        }
        List<int[]> chain = new ArrayList<>();
        for (int k = length > 0 ? tails[length - 1] : -1; k >= 0; k = previous[k]) {
            chain.add(pairs.get(k));
        }
        Collections.reverse(chain);
        return chain;
    }

    private static List<Integer> unpaired(int[] partners, int from, int to) {
        List<Integer> unpaired = new ArrayList<>();
        for (int k = from; k < to; k++) {
            if (partners[k] < 0) {
                unpaired.add(k);
            }
        }
        return unpaired;
    }

    private static int[] filled(int size) {
        int[] array = new int[size];
        Arrays.fill(array, -1);
        return array;
    }
}
