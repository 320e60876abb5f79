package org.clausealign.align;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.clausealign.clause.Clause;
import org.clausealign.lang.Language;

/**
 * The cost of pairing clauses of two versions, in the manner of Gale and Church: how far the
 * length ratio is from the document's own ratio for this language pair, less what their anchors
 * share, plus the prior cost of the move (1–1 is usual; 2–1 and 1–2 rarer; a clause without
 * counterpart rarest).
 */
final class Scorer {
    /** Spread of the log length ratio between translations of one clause. */
    static final double LENGTH_SIGMA = 0.45;
    /** Extra cost of a 2–1 or 1–2 pairing over 1–1. */
    static final double MERGE_COST = 2.3;
    /** Cost of leaving a clause without counterpart. */
    static final double SKIP_COST = 4.0;
    private static final double ANCHOR_WEIGHT = 3.0;
    private static final double KIND_COST = 1.0;

    private final Language from;
    private final Language to;
    private final double ratio;
    private final Map<Clause, List<String>> anchors = new IdentityHashMap<>();

    /**
     * @param from the first version's language
     * @param a the first version's clauses
     * @param to the second version's language
     * @param b the second version's clauses
     */
    Scorer(Language from, List<Clause> a, Language to, List<Clause> b) {
        this.from = from;
        this.to = to;
        double lengthA = a.stream().mapToInt(Scorer::length).sum();
        double lengthB = b.stream().mapToInt(Scorer::length).sum();
        this.ratio = lengthA == 0 || lengthB == 0 ? 1 : lengthB / lengthA;
    }

    /** Characters that carry content: NFKC text without white space. */
    static int length(Clause clause) {
        String text = clause.normalized();
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** @return the cost of pairing clauses a (of the first version) with b (of the second) */
    double cost(List<Clause> a, List<Clause> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return SKIP_COST * Math.max(a.size(), b.size());
        }
        double cost = lengthDeviation(a, b) - ANCHOR_WEIGHT * Math.max(0, agreement(a, b));
        if (a.size() + b.size() > 2) {
            cost += MERGE_COST;
        }
        if (a.get(0).kind() != b.get(0).kind()) {
            cost += KIND_COST;
        }
        return cost;
    }

    /** @return in standard deviations, how far the pair's length ratio is from the document's */
    double lengthDeviation(List<Clause> a, List<Clause> b) {
        double la = a.stream().mapToInt(Scorer::length).sum();
        double lb = b.stream().mapToInt(Scorer::length).sum();
        // Short clauses vary more: smooth by a few characters on each side.
        double smoothing = 8;
        return Math.abs(Math.log((lb + smoothing * ratio) / ((la + smoothing) * ratio))) / LENGTH_SIGMA;
    }

    /** @return anchor agreement of the two sides, or -1 if neither has anchors */
    double agreement(List<Clause> a, List<Clause> b) {
        return Anchors.agreement(anchorsOf(a, from), anchorsOf(b, to));
    }

    private List<String> anchorsOf(List<Clause> clauses, Language language) {
        if (clauses.size() == 1) {
            return anchors.computeIfAbsent(clauses.get(0), c -> Anchors.of(c.normalized(), language));
        }
        List<String> all = new ArrayList<>();
        for (Clause clause : clauses) {
            all.addAll(anchorsOf(List.of(clause), language));
        }
        return all;
    }
}
