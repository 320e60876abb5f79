package org.clausealign.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.clausealign.lang.Language;

/**
 * A group's confidence from what its clauses say, after the pairing: a clause whose content reads
 * as a nearby group's (texts swapped under kept labels), versions whose numbers disagree, and a
 * pairing that nothing but its position supports all bring the confidence below 0.9, with the
 * reason. Numbering that agrees is not enough: it is what a swap keeps. The groups taught
 * word correspondences are those the pairing was sure of (0.9 or above).
 *
 * <p>The search for swapped texts compares every group with its neighbours and costs more than all
 * the rest: a first alignment judged only to learn a lexicon ({@link Lexicon}) is judged without
 * it ({@link #withoutSwaps}). A swap leaves two groups out of many, whose words are learned from
 * the groups they occur in together; the lexicon needs words tied in two groups or more.
 */
final class Confidence {
    /** A clause whose content reads as another group's: most likely in the wrong place. */
    static final double DISPLACED = 0.45;
    /** Versions stating different numbers, dates or cross-references. */
    static final double NUMBERS_DIFFER = 0.8;
    /** A pairing by position alone, with nothing in the content to confirm it. */
    static final double POSITION_ALONE = 0.6;
    /** Content agreement below this does not confirm a pairing made without numbering. */
    private static final double CONFIRMS = 0.3;

    private Confidence() {}

    /**
     * @param languages the document's languages
     * @param groups the groups as paired
     * @param numbered for each group, whether its numbering alone paired it
     * @return the alignment: the groups, confidence and reason revised by their content, and the
     *     clauses displaced
     */
    static Alignment judged(List<Language> languages, List<ClauseGroup> groups, List<Boolean> numbered) {
        return judged(agreement(languages, groups), numbered, true);
    }

    /**
     * @param agreement the content of the groups as paired ({@link #agreement})
     * @param numbered for each group, whether its numbering alone paired it
     * @return the alignment as {@link #judged} gives it, but without searching for swapped texts:
     *     no clause is displaced
     */
    static Alignment withoutSwaps(ContentAgreement agreement, List<Boolean> numbered) {
        return judged(agreement, numbered, false);
    }

    /**
     * @param languages the document's languages
     * @param groups the groups as paired
     * @return their content, the groups the pairing was sure of teaching word correspondences
     */
    static ContentAgreement agreement(List<Language> languages, List<ClauseGroup> groups) {
        List<Boolean> trusted = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            trusted.add(groups.get(g).confidence() >= 0.9);
        }
        return new ContentAgreement(languages, groups, trusted);
    }

    private static Alignment judged(ContentAgreement agreement, List<Boolean> numbered, boolean swaps) {
        List<Language> languages = agreement.languages();
        List<ClauseGroup> groups = agreement.groups();
        Map<ClauseGroup, List<Displacement>> displaced = new IdentityHashMap<>();
        List<Displacement> found = swaps ? agreement.displaced() : List.of();
        found.forEach(d -> displaced.computeIfAbsent(d.group(), k -> new ArrayList<>()).add(d));
        List<ClauseGroup> judged = new ArrayList<>(groups.size());
        for (int g = 0; g < groups.size(); g++) {
            ClauseGroup group = groups.get(g);
            double c = group.confidence();
            Set<String> why = new LinkedHashSet<>(group.reason().isEmpty() ? List.of() : Arrays.asList(group.reason().split("; ")));
            for (Displacement d : displaced.getOrDefault(group, List.of())) {
                c = Math.min(c, DISPLACED);
                why.add("the " + d.language().code() + " text reads like " + d.counterpart().label() + " in "
                        + d.against().stream().map(Language::code).collect(Collectors.joining(", ")));
            }
            String numbers = agreement.numbersDiffer(group);
            if (!numbers.isEmpty()) {
                c = Math.min(c, NUMBERS_DIFFER);
                why.add("numbers differ (" + numbers + ")");
            }
            double evidence = Definitions.evidence(group);
            if (evidence < c) {
                c = evidence;
                why.add(String.format(Locale.ROOT, "definitions paired by their terms and numbers: no version names the "
                        + "other's term (%.2f)", evidence));
            }
            // Content confirms what numbering did not pair; what it paired is not compared.
            double a = numbered.get(g) || group.clauses().size() <= 1 ? CONFIRMS : agreement.agreement(group);
            if (!(a >= CONFIRMS)) {
                c = Math.min(c, POSITION_ALONE);
                why.add(Double.isNaN(a) ? "paired by position alone: no numbers or learned words to compare"
                        : String.format(Locale.ROOT, "paired by position: the content agrees little (%.2f)", a));
            }
            judged.add(c == group.confidence() && why.size() == countReasons(group) ? group
                    : new ClauseGroup(group.id(), group.label(), Math.round(c * 100) / 100.0, String.join("; ", why),
                            group.clauses()));
        }
        // The displacements, told in the groups as judged.
        Map<ClauseGroup, ClauseGroup> now = new IdentityHashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            now.put(groups.get(g), judged.get(g));
        }
        List<Displacement> told = found.stream().map(d -> new Displacement(now.get(d.group()),
                d.language(), now.get(d.counterpart()), d.against(), d.own(), d.there())).toList();
        return new Alignment(languages, judged, told);
    }

    private static int countReasons(ClauseGroup group) {
        return group.reason().isEmpty() ? 0 : group.reason().split("; ").length;
    }
}
