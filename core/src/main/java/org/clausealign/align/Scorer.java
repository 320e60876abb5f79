package org.clausealign.align;

import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.clausealign.clause.Clause;
import org.clausealign.clause.ClauseKind;
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
    private static final double LEXICAL_WEIGHT = 3.0;
    private static final double KIND_COST = 1.0;
    /** Short clauses vary more: their lengths are smoothed by a few characters on each side. */
    private static final double SMOOTHING = 8;

    /** A clause ready for the dynamic programming: its profile, language and kind at hand. */
    record Item(int length, int[] anchors, int[] cognates, int[] words, Language language, ClauseKind kind) {}

    private final Language to;
    private final Map<Clause, Language> languageOf = new IdentityHashMap<>();
    /** The document's length ratio of the second version to each language of the first. */
    private final Map<Language, Double> ratio = new EnumMap<>(Language.class);
    private final Profiles profiles;

    /**
     * @param a the first sequence of clauses
     * @param languages the language of each of them
     * @param to the second version's language
     * @param b the second version's clauses
     * @param lengths the length of each whole version, see {@link #length(Clause)}
     * @param profiles the clauses' profiles
     */
    Scorer(List<Clause> a, List<Language> languages, Language to, List<Clause> b, Map<Language, Double> lengths,
            Profiles profiles) {
        this.to = to;
        this.profiles = profiles;
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

    /** @return the clause prepared for {@link #cost(Item[], int, int, Item[], int, int)} */
    Item item(Clause clause) {
        Profiles.Profile profile = profile(clause);
        return new Item(profile.length(), profile.anchors(), profile.cognates(), profile.words(),
                languageOf.getOrDefault(clause, Language.EN), clause.kind());
    }

    /**
     * The cost of pairing a[ai, ai + an) with b[bi, bi + bn), where an and bn are 0, 1 or 2: how far
     * the length ratio strays, less the anchors (and for en–fr the word forms) shared, plus the
     * move's own cost. Builds no lists and looks nothing up.
     */
    double cost(Item[] a, int ai, int an, Item[] b, int bi, int bn) {
        if (an == 0 || bn == 0) {
            return SKIP_COST * Math.max(an, bn);
        }
        Item a0 = a[ai];
        Item b0 = b[bi];
        double la = a0.length() + (an == 2 ? a[ai + 1].length() : 0);
        double lb = b0.length() + (bn == 2 ? b[bi + 1].length() : 0);
        double r = ratio.getOrDefault(a0.language(), 1.0);
        double cost = Math.abs(Math.log((lb + SMOOTHING * r) / ((la + SMOOTHING) * r))) / LENGTH_SIGMA;
        int[] anchorsA = an == 2 ? merged(a0.anchors(), a[ai + 1].anchors()) : a0.anchors();
        int[] anchorsB = bn == 2 ? merged(b0.anchors(), b[bi + 1].anchors()) : b0.anchors();
        cost -= ANCHOR_WEIGHT * Math.max(0, overlap(anchorsA, anchorsB));
        if (a0.language() != Language.JA && to != Language.JA) {
            int[] cognatesA = an == 2 ? merged(a0.cognates(), a[ai + 1].cognates()) : a0.cognates();
            int[] cognatesB = bn == 2 ? merged(b0.cognates(), b[bi + 1].cognates()) : b0.cognates();
            cost -= COGNATE_WEIGHT * Math.max(0, overlap(cognatesA, cognatesB));
        }
        Lexicon lexicon = profiles.lexicon();
        if (lexicon != null) {
            int[] wordsA = an == 2 ? merged(a0.words(), a[ai + 1].words()) : a0.words();
            int[] wordsB = bn == 2 ? merged(b0.words(), b[bi + 1].words()) : b0.words();
            cost -= LEXICAL_WEIGHT * Math.max(0, lexicon.coverage(wordsA, a0.language(), wordsB, to));
        }
        if (an + bn > 2) {
            cost += MERGE_COST;
        }
        if (a0.kind() != b0.kind()) {
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
        double r = ratio.getOrDefault(from(a), 1.0);
        return Math.abs(Math.log((lb + SMOOTHING * r) / ((la + SMOOTHING) * r))) / LENGTH_SIGMA;
    }

    /** @return anchor agreement of the two sides, or -1 if neither has anchors */
    double agreement(List<Clause> a, List<Clause> b) {
        return overlap(anchors(a), anchors(b));
    }

    private Language from(List<Clause> a) {
        return languageOf.getOrDefault(a.get(0), Language.EN);
    }

    private Profiles.Profile profile(Clause clause) {
        return profiles.of(clause, languageOf.getOrDefault(clause, Language.EN));
    }

    private int[] anchors(List<Clause> clauses) {
        return clauses.size() == 1 ? profile(clauses.get(0)).anchors()
                : merged(profile(clauses.get(0)).anchors(), profile(clauses.get(1)).anchors());
    }

    /** Merges two sorted arrays into one sorted array. */
    private static int[] merged(int[] x, int[] y) {
        int[] all = new int[x.length + y.length];
        for (int i = 0, j = 0, k = 0; k < all.length; k++) {
            all[k] = j >= y.length || (i < x.length && x[i] <= y[j]) ? x[i++] : y[j++];
        }
        return all;
    }

    /**
     * @return how much two sorted multisets share, relative to the larger: 0 to 1, or -1 when
     *     both are empty and there is nothing to compare
     */
    static double overlap(int[] x, int[] y) {
        if (x.length == 0 && y.length == 0) {
            return -1;
        }
        int shared = 0;
        for (int i = 0, j = 0; i < x.length && j < y.length; ) {
            int c = Integer.compare(x[i], y[j]);
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
