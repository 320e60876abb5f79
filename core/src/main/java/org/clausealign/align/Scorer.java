package org.clausealign.align;

import java.util.Arrays;
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
 * of the move (1–1 is usual; 2–1, 1–2 and a clause without counterpart rarer). A 2–1 or 1–2
 * pairing costs more or less by whether the single clause holds the doubtful joined clause's
 * own content, so that a clause whose counterpart is missing stands alone.
 *
 * <p>Each clause's length, anchors and word forms are computed once and kept, sorted, so that
 * comparing two clauses allocates nothing: the dynamic programming compares each clause with a
 * hundred others.
 */
final class Scorer {
    /** Spread of the log length ratio between translations of one clause. */
    static final double LENGTH_SIGMA = 0.45;
    /**
     * Extra cost of a 2–1 or 1–2 pairing over 1–1 where the content says nothing either way and the
     * first joined clause goes on in the second (see {@link #mergeCost}).
     */
    static final double MERGE_COST = 3.0;
    /** Cost of leaving a clause without counterpart. */
    static final double SKIP_COST = 3.0;
    /**
     * What a merge costs more for each item of the doubtful joined clause's own content (anchor,
     * word form, learned word) that the single clause lacks.
     */
    private static final double UNFOUND_COST = 1.0;
    /**
     * What a merge costs less for each such item the single clause holds and its neighbours do
     * not, as a share of {@link #UNFOUND_COST}: less, since a learned word is found by chance more
     * often than it is missed by chance.
     */
    private static final double FOUND_SHARE = 0.25;
    /** Items counted at most, either way: a long clause is not judged by its length. */
    private static final int MAX_ITEMS = 3;
    private static final int[] NONE = new int[0];
    private static final double ANCHOR_WEIGHT = 3.0;
    private static final double COGNATE_WEIGHT = 3.0;
    private static final double LEXICAL_WEIGHT = 3.0;
    private static final double KIND_COST = 1.0;
    /** Short clauses vary more: their lengths are smoothed by a few characters on each side. */
    private static final double SMOOTHING = 8;

    /** A clause ready for the dynamic programming: its profile, language and kind at hand. */
    record Item(int length, int[] anchors, int[] cognates, int[] words, Language language, ClauseKind kind,
            Form form) {}

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
                languageOf.getOrDefault(clause, Language.EN), clause.kind(), profile.form());
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
        if (an == 2) {
            cost += mergeCost(b0, a0, a[ai + 1], bi > 0 ? b[bi - 1] : null, bi + 1 < b.length ? b[bi + 1] : null);
        } else if (bn == 2) {
            cost += mergeCost(a0, b0, b[bi + 1], ai > 0 ? a[ai - 1] : null, ai + 1 < a.length ? a[ai + 1] : null);
        }
        if (a0.kind() != b0.kind()) {
            cost += KIND_COST;
        }
        return cost;
    }

    /**
     * The cost of joining two clauses of one version for one clause of the other, judged on the
     * one of the two that would otherwise stand alone: the one less of whose content the single
     * clause holds (the shorter on a tie). Its own items (anchors, word forms, learned words; not
     * those the other joined clause has too) count against the merge where the single clause
     * lacks them, and for it where the single clause holds them and neither of its neighbours
     * does (a word that every clause around has says nothing). So a clause whose counterpart was
     * deleted stands alone rather than being glued to its neighbour's pair, while a clause with
     * nothing to compare ("Now, therefore,") still joins the clause it introduces.
     *
     * <p>The clauses' {@link Form} sets the base: two clauses that read as one sentence (the first
     * ends on a comma, 、, a conjunction…) join at {@link #MERGE_COST}, while a merge across a
     * sentence end or after a heading ("Other rights.", "Areas of Cooperation") needs one more item
     * of content in its favour, unless the single clause holds as many sentences as the two.
     *
     * @param single the clause on the side of one
     * @param first the first of the two joined clauses
     * @param second the second
     * @param before the single clause's neighbour before it in its sequence, or null
     * @param after its neighbour after it, or null
     */
    private double mergeCost(Item single, Item first, Item second, Item before, Item after) {
        // Two clauses that make one sentence join readily; across a sentence end (or after a
        // heading) the merge needs one more item of content for it, unless the single clause
        // holds as many sentences as the two.
        double cost = first.form().goesOnIn(second.form())
                || single.form().sentences() >= first.form().sentences() + second.form().sentences()
                ? MERGE_COST : MERGE_COST + UNFOUND_COST;
        if (first.language() != second.language()) {
            return cost;
        }
        int[] x = evidence(single, first, second, neighbour(before, single), neighbour(after, single));
        int[] y = evidence(single, second, first, neighbour(before, single), neighbour(after, single));
        int[] doubtful = x[1] != y[1] ? (x[1] < y[1] ? x : y) : first.length() <= second.length() ? x : y;
        double items = doubtful[0] - doubtful[1] - FOUND_SHARE * (doubtful[1] - doubtful[2]);
        return cost + UNFOUND_COST * Math.max(-MAX_ITEMS, Math.min(MAX_ITEMS, items));
    }

    /** A neighbour of the single clause, where it is in the same language, to tell common words by. */
    private static Item neighbour(Item neighbour, Item single) {
        return neighbour != null && neighbour.language() == single.language() ? neighbour : null;
    }

    /**
     * @return for a joined clause, how many items of its own it has ([0]), how many of them the
     *     single clause holds ([1]), and how many of those a neighbour of the single clause holds
     *     too ([2])
     */
    private int[] evidence(Item single, Item joined, Item other, Item before, Item after) {
        int[] tally = new int[3];
        found(single.anchors(), joined.anchors(), other.anchors(), before == null ? NONE : before.anchors(),
                after == null ? NONE : after.anchors(), tally);
        if (single.language() != Language.JA && joined.language() != Language.JA) {
            found(single.cognates(), joined.cognates(), other.cognates(), before == null ? NONE : before.cognates(),
                    after == null ? NONE : after.cognates(), tally);
        }
        Lexicon lexicon = profiles.lexicon();
        if (lexicon != null) {
            lexicon.rendered(joined.words(), joined.language(), other.words(), single.words(), single.language(),
                    before == null ? NONE : before.words(), after == null ? NONE : after.words(), tally);
        }
        return tally;
    }

    /**
     * Adds to the tally the values of y that other lacks ([0]), those of them x holds ([1]), and
     * of these, those n1 or n2 holds too ([2]).
     */
    private static void found(int[] x, int[] y, int[] other, int[] n1, int[] n2, int[] tally) {
        for (int v : y) {
            if (Arrays.binarySearch(other, v) < 0) {
                tally[0]++;
                if (Arrays.binarySearch(x, v) >= 0) {
                    tally[1]++;
                    tally[2] += Arrays.binarySearch(n1, v) >= 0 || Arrays.binarySearch(n2, v) >= 0 ? 1 : 0;
                }
            }
        }
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
