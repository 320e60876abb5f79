package org.clausealign.align;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.clausealign.align.LearnedRenderings.Rendering;
import org.clausealign.clause.Clause;
import org.clausealign.lang.Language;

/**
 * Whether the clauses of each group translate each other, judged by what they say rather than by
 * their labels: the numbers, months, acronyms and quoted terms they share ({@link Anchors}), and
 * the words that correspond, learned from the document's own groups the way the terminology check
 * learns renderings (a word of one version and a word of another that occur in the same groups,
 * Dice coefficient at least {@value #MIN_DICE}, in {@value #MIN_TOGETHER} groups or more: see
 * {@link LearnedRenderings}).
 *
 * <p>A version's clause is <em>displaced</em> where it agrees with a nearby group's other
 * versions clearly better than with its own group's: texts swapped or moved under labels that
 * were kept. Computed from an alignment ({@link DisplacementSearch}); the aligner lowers such
 * groups' confidence and the content check reports them.
 */
final class ContentAgreement {
    /** How tied two words must be to count as renderings of each other. */
    static final double MIN_DICE = 0.4;
    /** Groups in which two words must occur together. */
    static final int MIN_TOGETHER = 2;
    /** The weight of the length ratio beside the words' (1) and the anchors' (up to 1). */
    private static final double LENGTH_WEIGHT = 0.5;

    private final List<Language> languages;
    private final List<ClauseGroup> groups;
    private final Map<ClauseGroup, Integer> index = new IdentityHashMap<>();
    /** Per group, each version's content. */
    private final List<Map<Language, VersionContent>> contents;
    /** The word correspondences the trusted groups taught. */
    private final LearnedRenderings learned;
    /** Per language, the content length of all its clauses. */
    private final Map<Language, Double> totalLength = new EnumMap<>(Language.class);

    /**
     * @param languages the versions' languages, in the document's order
     * @param groups the groups
     * @param trusted whether each group may teach word correspondences (paired by numbering)
     */
    ContentAgreement(List<Language> languages, List<ClauseGroup> groups, List<Boolean> trusted) {
        this.languages = List.copyOf(languages);
        this.groups = List.copyOf(groups);
        for (int g = 0; g < groups.size(); g++) {
            index.put(groups.get(g), g);
        }
        VersionContent[][] read = new VersionContent[groups.size()][languages.size()];
        IntStream.range(0, groups.size()).parallel().forEach(g -> {
            for (int l = 0; l < languages.size(); l++) {
                List<Clause> clauses = groups.get(g).clauses(languages.get(l));
                read[g][l] = clauses.isEmpty() ? null : VersionContent.of(languages.get(l), clauses);
            }
        });
        this.contents = new ArrayList<>();
        for (VersionContent[] row : read) {
            Map<Language, VersionContent> byLanguage = new EnumMap<>(Language.class);
            for (int l = 0; l < languages.size(); l++) {
                if (row[l] != null) {
                    byLanguage.put(languages.get(l), row[l]);
                }
            }
            contents.add(byLanguage);
        }
        // Every word gets its code, the same in every language, before anything is learned from them.
        Map<String, Integer> codes = new HashMap<>();
        for (Map<Language, VersionContent> here : contents) {
            here.replaceAll((language, content) -> content.withCodes(content.words().stream()
                    .mapToInt(w -> codes.computeIfAbsent(w, k -> codes.size())).toArray()));
        }
        this.learned = new LearnedRenderings(languages, contents, codes, trusted);
        for (Language a : languages) {
            totalLength.put(a, contents.stream().filter(c -> c.containsKey(a)).mapToDouble(c -> c.get(a).length()).sum());
        }
    }

    /**
     * @param group a group of the alignment
     * @return how well its versions agree, 0 to 1 (the weakest pair), or NaN where nothing can be
     *     compared (one version, or no anchors and no learned words)
     */
    double agreement(ClauseGroup group) {
        int g = position(group);
        double weakest = Double.NaN;
        for (Language a : languages) {
            for (Language b : languages) {
                if (a.compareTo(b) < 0 && contents.get(g).containsKey(a) && contents.get(g).containsKey(b)) {
                    double s = similarity(a, contents.get(g).get(a), b, contents.get(g).get(b),
                            learned.leavingOut(g, g));
                    weakest = Double.isNaN(weakest) || s < weakest ? s : weakest;
                }
            }
        }
        return weakest;
    }

    /**
     * @param group a group of the alignment
     * @return where its versions state different numbers or months beyond small counts (one, two:
     *     often rendered in words or not at all), what each states ("ja: 600; en: 500"); otherwise ""
     */
    String numbersDiffer(ClauseGroup group) {
        Map<Language, VersionContent> here = contents.get(position(group));
        Set<String> differing = new HashSet<>();
        for (VersionContent x : here.values()) {
            for (VersionContent y : here.values()) {
                x.numbers().forEach((n, count) -> {
                    if (count > y.numbers().getOrDefault(n, 0) && !isSmall(n)) {
                        differing.add(n);
                    }
                });
            }
        }
        if (differing.isEmpty()) {
            return "";
        }
        List<String> says = new ArrayList<>();
        here.forEach((language, content) -> says.add(language.code() + ": " + String.join(", ",
                content.numbers().keySet().stream().filter(differing::contains).sorted().toList())));
        return String.join("; ", says);
    }

    private static boolean isSmall(String number) {
        return number.equals("1") || number.equals("2") || number.equals("0");
    }

    private int position(ClauseGroup group) {
        Integer g = index.get(group);
        if (g == null) {
            throw new IllegalArgumentException("group " + group.id() + " is not of this alignment");
        }
        return g;
    }

    /**
     * Clauses swapped or moved under kept labels: see {@link DisplacementSearch#displaced}.
     *
     * @return the clauses displaced, each naming the group it reads as, in group order
     */
    List<Displacement> displaced() {
        return new DisplacementSearch(this).displaced();
    }

    /** The versions' languages, in the document's order. */
    List<Language> languages() {
        return languages;
    }

    /** The groups, in the alignment's order. */
    List<ClauseGroup> groups() {
        return groups;
    }

    /** Per group, each version's content. */
    List<Map<Language, VersionContent>> contents() {
        return contents;
    }

    /** The word correspondences the trusted groups taught. */
    LearnedRenderings learned() {
        return learned;
    }

    /** How far, in standard deviations, the lengths of x and y are from the document's ratio. */
    double deviation(Language a, VersionContent x, Language b, VersionContent y) {
        double expected = totalLength.get(b) / Math.max(1, totalLength.get(a));
        return Math.abs(Math.log((y.length() + 8 * expected) / ((x.length() + 8) * expected))) / Scorer.LENGTH_SIGMA;
    }

    /** @return how well one group's clause in {@code a} agrees with another's in {@code b}, or NaN */
    double similarity(ClauseGroup x, Language a, ClauseGroup y, Language b) {
        VersionContent cx = contents.get(position(x)).get(a);
        VersionContent cy = contents.get(position(y)).get(b);
        return cx == null || cy == null ? Double.NaN : similarity(a, cx, b, cy,
                learned.leavingOut(position(x), position(y)));
    }

    /**
     * How well two clauses agree: the weighted share of their words whose learned renderings the
     * other has, averaged over both directions, and the share of their anchors they have in
     * common, weighted by how many anchors there are to compare. The groups being judged teach
     * nothing to their own judgement: a swapped text would otherwise vouch for itself.
     */
    double similarity(Language a, VersionContent x, Language b, VersionContent y, Rendering rendering) {
        double lexical = mean(rendering.of(a, x, b).covered(y), rendering.of(b, y, a).covered(x));
        double anchors = overlap(x.anchors(), y.anchors());
        int count = x.anchors().values().stream().mapToInt(Integer::intValue).sum()
                + y.anchors().values().stream().mapToInt(Integer::intValue).sum();
        double weight = Double.isNaN(anchors) ? 0 : Math.min(1, count / 4.0);
        if (Double.isNaN(lexical) && weight == 0) {
            return Double.NaN;
        }
        // Lengths alone say little, but a clause twice as long as its counterpart says more than it.
        double lengths = Math.exp(-deviation(a, x, b, y));
        double sum = LENGTH_WEIGHT * lengths + weight * (Double.isNaN(anchors) ? 0 : anchors);
        double weights = LENGTH_WEIGHT + weight;
        if (!Double.isNaN(lexical)) {
            sum += lexical;
            weights += 1;
        }
        return sum / weights;
    }

    private static double overlap(Map<String, Integer> x, Map<String, Integer> y) {
        int sizeX = x.values().stream().mapToInt(Integer::intValue).sum();
        int sizeY = y.values().stream().mapToInt(Integer::intValue).sum();
        if (sizeX == 0 && sizeY == 0) {
            return Double.NaN;
        }
        int shared = 0;
        for (Map.Entry<String, Integer> e : x.entrySet()) {
            shared += Math.min(e.getValue(), y.getOrDefault(e.getKey(), 0));
        }
        return (double) shared / Math.max(sizeX, sizeY);
    }

    private static double mean(double x, double y) {
        return Double.isNaN(x) ? y : Double.isNaN(y) ? x : (x + y) / 2;
    }
}
