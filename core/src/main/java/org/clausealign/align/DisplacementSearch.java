package org.clausealign.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clausealign.align.LearnedRenderings.Rendered;
import org.clausealign.align.LearnedRenderings.Rendering;
import org.clausealign.lang.Language;

/**
 * The search for clauses swapped or moved under kept labels ({@link ContentAgreement#displaced}):
 * each version's clause weighed against the groups nearby, by the evidence that tells its own
 * group and another apart, then exchanges of two texts and cycles of moved texts found among the
 * groups each clause points to.
 */
final class DisplacementSearch {
    /** Groups on each side of a group searched for a better counterpart. */
    private static final int WINDOW = 6;
    /**
     * The evidence by which a clause must read better as another group's, per version compared,
     * in weights of words (a word in one group of a hundred weighs 4.6, in one of ten 2.4).
     */
    private static final double MIN_NET = 2.0;
    /** The share of the evidence telling two groups apart that must point to the other one. */
    private static final double SHARE = 0.7;
    /** What an anchor (number, month, acronym, quotation) one clause shares and the other lacks weighs. */
    private static final double ANCHOR_VOTE = 2.0;
    /** What a standard deviation of length ratio closer to the document's weighs. */
    private static final double LENGTH_VOTE = 1.0;

    private final ContentAgreement agreement;
    private final List<Language> languages;
    private final List<ClauseGroup> groups;
    private final List<Map<Language, VersionContent>> contents;
    private final LearnedRenderings learned;

    /** @param agreement the groups' contents and what they taught */
    DisplacementSearch(ContentAgreement agreement) {
        this.agreement = agreement;
        this.languages = agreement.languages();
        this.groups = agreement.groups();
        this.contents = agreement.contents();
        this.learned = agreement.learned();
    }

    /**
     * Clauses swapped or moved under kept labels: in one version, two clauses of nearby groups
     * that together read clearly as each other's groups, neither clearly as its own (two texts
     * exchanged); or clauses that each read clearly as the next one's group, round a cycle of three
     * or more (a text moved and its neighbours renumbered). Each step is judged by every other version, by the
     * evidence that tells the two groups apart: a word whose renderings one group's text has and
     * the other's lacks, an anchor one shares and the other does not, lengths against the
     * document's ratio. What siblings share (their common wording) tells nothing and cancels out,
     * so short and similar siblings are told apart by what differs. In a document of two versions
     * a cycle reads the same from either: it is reported once, on the second version.
     *
     * @return the clauses displaced, each naming the group it reads as, in group order
     */
    List<Displacement> displaced() {
        List<Language> examined = languages.size() == 2 ? languages.subList(1, 2) : languages;
        // Per group, the version most clearly displaced and where to: a version swapped against
        // the two others also makes each of them lean a little the same way.
        int[] target = new int[groups.size()];
        Language[] displacedIn = new Language[groups.size()];
        double[] strength = new double[groups.size()];
        Arrays.fill(target, -1);
        Map<Language, List<Map<Integer, double[]>>> pointing = points(examined);
        for (Language language : examined) {
            List<Map<Integer, double[]>> points = pointing.get(language);
            int[] next = new int[groups.size()];
            double[] net = new double[groups.size()];
            exchanged(points, next, net);
            // A text moved and its neighbours renumbered: clauses that each read clearly as the
            // next one's group, round a cycle of three or more. It explains them better than an
            // exchange of two of them would.
            int[] strongest = new int[groups.size()];
            for (int g = 0; g < groups.size(); g++) {
                strongest[g] = points.get(g).entrySet().stream().filter(e -> e.getValue()[3] > 0 && clear(e.getValue()))
                        .max(Comparator.comparingDouble(e -> e.getValue()[1] - e.getValue()[0])).map(Map.Entry::getKey).orElse(-1);
            }
            boolean[] moved = new boolean[groups.size()];
            for (int g = 0; g < groups.size(); g++) {
                moved[g] = strongest[g] >= 0 && strongest[strongest[g]] != g && onCycle(strongest, g);
            }
            for (int g = 0; g < groups.size(); g++) {
                if (moved[g]) {
                    next[g] = strongest[g];
                    double[] e = points.get(g).get(next[g]);
                    net[g] = e[1] - e[0];
                } else if (next[g] >= 0 && moved[next[g]]) {
                    next[g] = -1;
                }
                if (next[g] >= 0 && net[g] > strength[g]) {
                    target[g] = next[g];
                    displacedIn[g] = language;
                    strength[g] = net[g];
                }
            }
        }
        List<Displacement> found = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            if (target[g] >= 0) {
                found.add(displacement(g, target[g], displacedIn[g]));
            }
        }
        return found;
    }

    /**
     * Two texts exchanged: the two together read clearly as each other's groups, neither clearly as
     * its own. Sets
     * each such group's counterpart in {@code next} (-1 elsewhere) and the pair's evidence in {@code net}.
     */
    private void exchanged(List<Map<Integer, double[]>> points, int[] next, double[] net) {
        Arrays.fill(next, -1);
        for (int g = 0; g < groups.size(); g++) {
            for (Map.Entry<Integer, double[]> e : points.get(g).entrySet()) {
                double[] back = points.get(e.getKey()).get(g);
                if (back != null) {
                    double[] both = {e.getValue()[0] + back[0], e.getValue()[1] + back[1], 2 * e.getValue()[2]};
                    if (clear(both) && both[1] - both[0] > net[g]) {
                        net[g] = both[1] - both[0];
                        next[g] = e.getKey();
                    }
                }
            }
        }
        for (int g = 0; g < groups.size(); g++) {
            if (next[g] >= 0 && next[next[g]] != g) {
                next[g] = -1;
                net[g] = 0;
            }
        }
    }

    /** {@link #pointsTo} for every group, per language examined. */
    private Map<Language, List<Map<Integer, double[]>>> points(List<Language> examined) {
        Map<Language, List<Map<Integer, double[]>>> points = new EnumMap<>(Language.class);
        examined.forEach(language -> points.put(language, new ArrayList<>()));
        // What a clause's words render, with the two groups compared left out, is the same for
        // every version examined and from either group: worked out once per pair of groups, and
        // kept until both groups were examined.
        Map<Long, Map<Long, Rendered>> memo = new HashMap<>();
        int n = groups.size();
        for (int g = 0; g < n; g++) {
            for (Language language : examined) {
                points.get(language).add(pointsTo(g, language, memo));
            }
            int done = g;
            memo.keySet().removeIf(pair -> pair % n <= done);
        }
        return points;
    }

    /** Whether following the clauses' pointers from g comes back to g. */
    private static boolean onCycle(int[] next, int g) {
        int at = next[g];
        for (int step = 0; step < 2 * WINDOW && at >= 0; step++) {
            if (at == g) {
                return true;
            }
            at = next[at];
        }
        return false;
    }

    /** Whether evidence {own, there, versions compared, ...} clearly points to the other group. */
    private static boolean clear(double[] e) {
        return e[1] - e[0] >= MIN_NET * e[2] && e[1] >= SHARE * (e[0] + e[1]);
    }

    /**
     * The nearby groups whose other versions a version's clause in g does not clearly read as less
     * than its own group's, each with the evidence {own, there, versions compared, 1 if no version
     * clearly keeps it where it is}.
     */
    private Map<Integer, double[]> pointsTo(int g, Language language, Map<Long, Map<Long, Rendered>> memo) {
        VersionContent x = contents.get(g).get(language);
        Map<Integer, double[]> points = new HashMap<>();
        if (x == null) {
            return points;
        }
        for (int h = Math.max(0, g - WINDOW); h < Math.min(groups.size(), g + WINDOW + 1); h++) {
            if (h == g || !contents.get(h).containsKey(language)) {
                continue;
            }
            List<Language> others = others(g, h, language);
            if (others.isEmpty()) {
                continue;
            }
            List<Map<Language, VersionContent>> leftOut = learned.left(g, h);
            int counterpart = h;
            Map<Long, Rendered> known = memo.computeIfAbsent((long) Math.min(g, h) * groups.size() + Math.max(g, h),
                    k -> new HashMap<>());
            Rendering rendering = (a, content, b) -> known.computeIfAbsent(
                    ((long) (content == contents.get(g).get(a) ? g : counterpart) << 8) | (a.ordinal() << 4) | b.ordinal(),
                    k -> learned.rendered(a, content, b, leftOut));
            double own = 0;
            double there = 0;
            boolean every = true;
            for (Language other : others) {
                double[] e = preference(language, x, other, contents.get(g).get(other), contents.get(h).get(other), rendering);
                // Another version may say little either way, but none may clearly keep the clause where it is.
                every &= e[0] - e[1] < MIN_NET;
                own += e[0];
                there += e[1];
            }
            if (there > own - MIN_NET * others.size()) {
                points.put(h, new double[] {own, there, others.size(), every ? 1 : 0});
            }
        }
        return points;
    }

    private List<Language> others(int g, int h, Language language) {
        return languages.stream().filter(o -> o != language && contents.get(g).containsKey(o)
                && contents.get(h).containsKey(o)).toList();
    }

    private Displacement displacement(int g, int h, Language language) {
        List<Language> others = others(g, h, language);
        Rendering rendering = learned.leavingOut(g, h);
        VersionContent x = contents.get(g).get(language);
        double own = 1;
        double there = 0;
        for (Language other : others) {
            own = Math.min(own, agreement.similarity(language, x, other, contents.get(g).get(other), rendering));
            there = Math.max(there, agreement.similarity(language, x, other, contents.get(h).get(other), rendering));
        }
        return new Displacement(groups.get(g), language, groups.get(h), others, own, there);
    }

    /**
     * The evidence that clause x of language a renders {@code own} (first) or {@code there}
     * (second), two clauses of language b: the weights of x's words whose learned renderings one
     * has and the other lacks, and the other way round; the anchors x shares with one beyond the
     * other; and how much closer one's length is to the document's ratio.
     */
    private double[] preference(Language a, VersionContent x, Language b, VersionContent own, VersionContent there,
            Rendering rendering) {
        double[] e = new double[2];
        Rendered fromX = rendering.of(a, x, b);
        for (int i = 0; i < fromX.words().length; i++) {
            vote(e, fromX.weights()[i], LearnedRenderings.meets(fromX.best()[i], own.codes()),
                    LearnedRenderings.meets(fromX.best()[i], there.codes()));
        }
        for (int side = 0; side < 2; side++) {
            VersionContent y = side == 0 ? own : there;
            int[] otherWords = (side == 0 ? there : own).codes();
            Rendered fromY = rendering.of(b, y, a);
            for (int i = 0; i < fromY.words().length; i++) {
                // A word both have tells them apart by nothing; one only this one has votes for it if x renders it.
                if (Arrays.binarySearch(otherWords, fromY.words()[i]) < 0
                        && LearnedRenderings.meets(fromY.best()[i], x.codes())) {
                    e[side] += fromY.weights()[i];
                }
            }
        }
        for (Map.Entry<String, Integer> anchor : x.anchors().entrySet()) {
            int withOwn = Math.min(anchor.getValue(), own.anchors().getOrDefault(anchor.getKey(), 0));
            int withThere = Math.min(anchor.getValue(), there.anchors().getOrDefault(anchor.getKey(), 0));
            e[withOwn > withThere ? 0 : 1] += ANCHOR_VOTE * Math.abs(withOwn - withThere);
        }
        for (int side = 0; side < 2; side++) {
            VersionContent y = side == 0 ? own : there;
            for (Map.Entry<String, Integer> anchor : y.anchors().entrySet()) {
                int extra = anchor.getValue() - (side == 0 ? there : own).anchors().getOrDefault(anchor.getKey(), 0);
                // An anchor only this one has, which x lacks, speaks against it.
                if (extra > 0 && !x.anchors().containsKey(anchor.getKey())) {
                    e[1 - side] += ANCHOR_VOTE * extra;
                }
            }
        }
        for (String cognate : x.cognates()) {
            vote(e, learned.cognateIdf(a, cognate), own.cognates().contains(cognate),
                    there.cognates().contains(cognate));
        }
        double lengthOwn = agreement.deviation(a, x, b, own);
        double lengthThere = agreement.deviation(a, x, b, there);
        e[lengthOwn > lengthThere ? 1 : 0] += LENGTH_VOTE * Math.abs(lengthOwn - lengthThere);
        return e;
    }

    private static void vote(double[] e, double weight, boolean own, boolean there) {
        if (own != there) {
            e[own ? 0 : 1] += weight;
        }
    }
}
