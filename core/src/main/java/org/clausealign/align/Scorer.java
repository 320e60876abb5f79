package org.clausealign.align;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.clausealign.clause.Clause;
import org.clausealign.lang.Language;

/**
 * The cost of pairing clauses of two versions, in the manner of Gale and Church: how far the
 * length ratio is from the document's own ratio for this language pair, less what their anchors
 * (and, between English and French, their shared word forms) have in common, plus the prior cost
 * of the move (1–1 is usual; 2–1 and 1–2 rarer; a clause without counterpart rarest).
 *
 * <p>Each clause's length, anchors and word forms are computed once and kept, sorted, so that
 * comparing two clauses allocates nothing: the dynamic programming compares each clause with a
 * hundred others.
 */
final class Scorer {
    /** Spread of the log length ratio between translations of one clause. */
    static final double LENGTH_SIGMA = 0.45;
    /** Extra cost of a 2–1 or 1–2 pairing over 1–1. */
    static final double MERGE_COST = 3.0;
    /** Cost of leaving a clause without counterpart. */
    static final double SKIP_COST = 3.5;
    private static final double ANCHOR_WEIGHT = 3.0;
    private static final double COGNATE_WEIGHT = 3.0;
    private static final double KIND_COST = 1.0;

    /** What a clause brings to the comparison. */
    private record Profile(int length, String[] anchors, String[] cognates) {}

    private final Language to;
    private final Map<Clause, Language> languageOf = new IdentityHashMap<>();
    /** The document's length ratio of the second version to each language of the first. */
    private final Map<Language, Double> ratio = new EnumMap<>(Language.class);
    private final Map<Clause, Profile> profiles = new IdentityHashMap<>();

    /**
     * @param a the first sequence of clauses
     * @param languages the language of each of them
     * @param to the second version's language
     * @param b the second version's clauses
     * @param lengths the length of each whole version, see {@link #length(Clause)}
     */
    Scorer(List<Clause> a, List<Language> languages, Language to, List<Clause> b, Map<Language, Double> lengths) {
        this.to = to;
        for (int i = 0; i < a.size(); i++) {
            languageOf.put(a.get(i), languages.get(i));
        }
        for (Clause clause : b) {
            languageOf.put(clause, to);
        }
        double lengthB = lengths.getOrDefault(to, 0.0);
        lengths.forEach((language, length) -> ratio.put(language, length == 0 || lengthB == 0 ? 1 : lengthB / length));
    }

    /** @return the total length of each language's clauses */
    static Map<Language, Double> lengths(Map<Language, List<Clause>> versions) {
        Map<Language, Double> lengths = new EnumMap<>(Language.class);
        versions.forEach((language, clauses) ->
                lengths.put(language, (double) clauses.stream().mapToInt(Scorer::length).sum()));
        return lengths;
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

    /** @return the cost of pairing clauses a (of the first sequence) with b (of the second version) */
    double cost(List<Clause> a, List<Clause> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return SKIP_COST * Math.max(a.size(), b.size());
        }
        double cost = lengthDeviation(a, b) - ANCHOR_WEIGHT * Math.max(0, agreement(a, b));
        if (from(a) != Language.JA && to != Language.JA) {
            cost -= COGNATE_WEIGHT * Math.max(0, overlap(cognates(a), cognates(b)));
        }
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
        double la = 0;
        for (Clause clause : a) {
            la += profile(clause).length();
        }
        double lb = 0;
        for (Clause clause : b) {
            lb += profile(clause).length();
        }
        // Short clauses vary more: smooth by a few characters on each side.
        double smoothing = 8;
        double r = ratio.getOrDefault(from(a), 1.0);
        return Math.abs(Math.log((lb + smoothing * r) / ((la + smoothing) * r))) / LENGTH_SIGMA;
    }

    /** @return anchor agreement of the two sides, or -1 if neither has anchors */
    double agreement(List<Clause> a, List<Clause> b) {
        return overlap(anchors(a), anchors(b));
    }

    private Language from(List<Clause> a) {
        return languageOf.getOrDefault(a.get(0), Language.EN);
    }

    private Profile profile(Clause clause) {
        return profiles.computeIfAbsent(clause, c -> {
            String[] anchors = Anchors.of(c.normalized(), languageOf.getOrDefault(c, Language.EN)).toArray(String[]::new);
            String[] cognates = Anchors.cognates(c.normalized()).toArray(String[]::new);
            Arrays.sort(anchors);
            Arrays.sort(cognates);
            return new Profile(length(c), anchors, cognates);
        });
    }

    private String[] anchors(List<Clause> clauses) {
        return clauses.size() == 1 ? profile(clauses.get(0)).anchors()
                : merged(profile(clauses.get(0)).anchors(), profile(clauses.get(1)).anchors());
    }

    private String[] cognates(List<Clause> clauses) {
        return clauses.size() == 1 ? profile(clauses.get(0)).cognates()
                : merged(profile(clauses.get(0)).cognates(), profile(clauses.get(1)).cognates());
    }

    private static String[] merged(String[] x, String[] y) {
        String[] all = Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, all, x.length, y.length);
        Arrays.sort(all);
        return all;
    }

    /**
     * @return how much two sorted multisets share, relative to the larger: 0 to 1, or -1 when
     *     both are empty and there is nothing to compare
     */
    static double overlap(String[] x, String[] y) {
        if (x.length == 0 && y.length == 0) {
            return -1;
        }
        int shared = 0;
        for (int i = 0, j = 0; i < x.length && j < y.length; ) {
            int c = x[i].compareTo(y[j]);
            if (c == 0) {
                shared++;
                i++;
                j++;
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return (double) shared / Math.max(x.length, y.length);
    }
}
