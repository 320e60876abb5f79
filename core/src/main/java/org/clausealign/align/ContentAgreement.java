package org.clausealign.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.clausealign.clause.Clause;
import org.clausealign.lang.Invariants;
import org.clausealign.lang.Language;

/**
 * Whether the clauses of each group translate each other, judged by what they say rather than by
 * their labels: the numbers, months, acronyms and quoted terms they share ({@link Anchors}), and
 * the words that correspond, learned from the document's own groups the way the terminology check
 * learns renderings (a word of one version and a word of another that occur in the same groups,
 * Dice coefficient at least {@value #MIN_DICE}, in {@value #MIN_TOGETHER} groups or more).
 *
 * <p>A version's clause is <em>displaced</em> where it agrees with a nearby group's other
 * versions clearly better than with its own group's: texts swapped or moved under labels that
 * were kept. Computed from an alignment; the aligner lowers such groups' confidence and the
 * content check reports them.
 */
final class ContentAgreement {
    /** How tied two words must be to count as renderings of each other. */
    static final double MIN_DICE = 0.4;
    /** Groups in which two words must occur together. */
    static final int MIN_TOGETHER = 2;
    /** A rendering counts if its Dice coefficient is this close to the word's best. */
    private static final double NEAR_BEST = 0.8;
    /** Groups on each side of a group searched for a better counterpart. */
    private static final int WINDOW = 6;
    /** The weight of the length ratio beside the words' (1) and the anchors' (up to 1). */
    private static final double LENGTH_WEIGHT = 0.5;
    /**
     * The evidence by which a clause must read better as another group's, per version compared,
     * in weights of words (a word in one group of a hundred weighs 4.6, in one of ten 2.4).
     */
    private static final double MIN_NET = 2.0;
    /** The share of the evidence telling two groups apart that must point to the other one. */
    private static final double SHARE = 0.7;
    /** What an anchor (number, month, acronym, quotation) one clause shares and the other lacks weighs. */
    private static final double ANCHOR_VOTE = 2.0;
    /** Prefixes the frequencies of cognates, kept beside the words'. */
    private static final String COGNATE = "~";
    /** What a standard deviation of length ratio closer to the document's weighs. */
    private static final double LENGTH_VOTE = 1.0;
    /** Groups at most that the word correspondences are learned from; more add nothing. */
    private static final int MAX_TRAINING = 3000;
    /** Groups at most left out of a judgement: the two compared. */
    private static final int MAX_LEFT_OUT = 2;
    /**
     * Below this Dice coefficient a word never renders another: under {@value #NEAR_BEST} of
     * {@value #MIN_DICE}, with a margin for rounding.
     */
    private static final double REACHABLE = 0.3;
    private static final int[] NONE = new int[0];

    /**
     * One version's clauses in a group: their content words (also as sorted codes, see
     * {@link #codes}) and anchors.
     */
    private record Content(Set<String> words, int[] codes, Map<String, Integer> anchors, Map<String, Integer> numbers,
            int length, Set<String> cognates) {
        Content withCodes(int[] sorted) {
            return new Content(words, sorted, anchors, numbers, length, cognates);
        }
    }

    private final List<Language> languages;
    private final List<ClauseGroup> groups;
    private final Map<ClauseGroup, Integer> index = new IdentityHashMap<>();
    private final List<Map<Language, Content>> contents;
    /** A number per word, the same in every language: words are compared as codes, not strings. */
    private final Map<String, Integer> codes = new HashMap<>();
    /**
     * What the groups taught about one ordered pair of languages: in how many trusted groups each
     * word of a occurs, and, by word code, the words of b it occurs with (twice at least).
     */
    private record Company(int[] countA, Together[] together) {}

    /**
     * The words of b a word of a occurs with: their codes, ascending, in how many trusted groups
     * each occurs together with the word, and in how many trusted groups each occurs at all.
     */
    private record Together(int[] words, int[] together, int[] count) {}

    /** Per ordered language pair, the company words keep. */
    private final Map<Language, Map<Language, Company>> renderings = new EnumMap<>(Language.class);
    /** Whether each group taught the correspondences (and so must be left out when it is judged). */
    private final List<Boolean> taught;
    /** Per language, the content length of all its clauses. */
    private final Map<Language, Double> totalLength = new EnumMap<>(Language.class);
    /** Per language, in how many groups each word occurs. */
    private final Map<Language, Map<String, Integer>> frequency = new EnumMap<>(Language.class);

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
        Content[][] read = new Content[groups.size()][languages.size()];
        IntStream.range(0, groups.size()).parallel().forEach(g -> {
            for (int l = 0; l < languages.size(); l++) {
                List<Clause> clauses = groups.get(g).clauses(languages.get(l));
                read[g][l] = clauses.isEmpty() ? null : content(languages.get(l), clauses);
            }
        });
        this.contents = new ArrayList<>();
        for (Content[] row : read) {
            Map<Language, Content> byLanguage = new EnumMap<>(Language.class);
            for (int l = 0; l < languages.size(); l++) {
                if (row[l] != null) {
                    byLanguage.put(languages.get(l), row[l]);
                }
            }
            contents.add(byLanguage);
        }
        for (Map<Language, Content> here : contents) {
            here.replaceAll((language, content) -> content.withCodes(content.words().stream()
                    .mapToInt(w -> codes.computeIfAbsent(w, k -> codes.size())).sorted().toArray()));
        }
        List<Integer> training = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            if (trusted.get(g)) {
                training.add(g);
            }
        }
        int step = Math.max(1, training.size() / MAX_TRAINING);
        Set<Integer> sample = new HashSet<>();
        for (int i = 0; i < training.size(); i += step) {
            sample.add(training.get(i));
        }
        this.taught = IntStream.range(0, groups.size()).mapToObj(sample::contains).toList();
        for (Language a : languages) {
            totalLength.put(a, contents.stream().filter(c -> c.containsKey(a)).mapToDouble(c -> c.get(a).length()).sum());
            frequency.put(a, new HashMap<>());
            for (Map<Language, Content> here : contents) {
                if (here.containsKey(a)) {
                    here.get(a).words().forEach(w -> frequency.get(a).merge(w, 1, Integer::sum));
                    here.get(a).cognates().forEach(w -> frequency.get(a).merge(COGNATE + w, 1, Integer::sum));
                }
            }
            for (Language b : languages) {
                if (a != b) {
                    renderings.computeIfAbsent(a, k -> new EnumMap<>(Language.class)).put(b, learn(a, b, sample));
                }
            }
        }
    }

    private static Content content(Language language, List<Clause> clauses) {
        Set<String> words = new HashSet<>();
        Map<String, Integer> anchors = new HashMap<>();
        Map<String, Integer> numbers = new HashMap<>();
        int length = 0;
        for (Clause clause : clauses) {
            length += Scorer.length(clause);
            Invariants.Stated stated = Invariants.withoutUnits(Figures.stated(clause.normalized()), language);
            stated.numbers().forEach(n -> numbers.merge(n, 1, Integer::sum));
            stated.months().forEach(m -> numbers.merge("month " + m, 1, Integer::sum));
            for (Words.Word word : Words.of(language, clause.text())) {
                if (word.length() == 1 && Words.isContentWord(word.term())) {
                    words.add(word.term());
                }
            }
            Anchors.of(clause.normalized(), language).forEach(a -> anchors.merge(a, 1, Integer::sum));
        }
        // Latin-script versions share word forms (technology, technologie): what a lexicon learned
        // from few groups misses in the rare words that tell siblings apart.
        Set<String> cognates = new HashSet<>();
        if (language != Language.JA) {
            clauses.forEach(c -> cognates.addAll(Anchors.cognates(c.normalized())));
        }
        return new Content(words, null, anchors, numbers, length, cognates);
    }

    /** Words of a and words of b that keep company in the trusted groups. */
    private Company learn(Language a, Language b, Set<Integer> sample) {
        int[] countA = new int[codes.size()];
        int[] countB = new int[codes.size()];
        List<int[]> xs = new ArrayList<>();
        List<int[]> ys = new ArrayList<>();
        for (int g : sample) {
            Map<Language, Content> here = contents.get(g);
            if (here.containsKey(a) && here.containsKey(b)) {
                xs.add(here.get(a).codes());
                ys.add(here.get(b).codes());
                for (int w : here.get(a).codes()) {
                    countA[w]++;
                }
                for (int v : here.get(b).codes()) {
                    countB[v]++;
                }
            }
        }
        Map<Integer, List<int[]>> together = new HashMap<>();
        // Words met once can render nothing. Leaving out the groups judged (two at most) lowers
        // each count by two at most: a word that cannot reach a rendering's share of the best
        // even then is never one, and is left out here.
        Cooccurrences.count(xs, ys, w -> countA[w] >= MIN_TOGETHER, v -> countB[v] >= MIN_TOGETHER, MIN_TOGETHER,
                (w, v, n) -> {
                    int bound = countA[w] + countB[v] - 2 * MAX_LEFT_OUT;
                    if (bound <= 0 || 2.0 * n / bound >= REACHABLE) {
                        together.computeIfAbsent(w, k -> new ArrayList<>()).add(new int[] {v, n, countB[v]});
                    }
                });
        Together[] byCode = new Together[codes.size()];
        together.forEach((w, with) -> byCode[w] = new Together(with.stream().mapToInt(e -> e[0]).toArray(),
                with.stream().mapToInt(e -> e[1]).toArray(), with.stream().mapToInt(e -> e[2]).toArray()));
        return new Company(countA, byCode);
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
                    double s = similarity(a, contents.get(g).get(a), b, contents.get(g).get(b), rendering(left(g, g)));
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
        Map<Language, Content> here = contents.get(position(group));
        Set<String> differing = new HashSet<>();
        for (Content x : here.values()) {
            for (Content y : here.values()) {
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
        Content x = contents.get(g).get(language);
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
            List<Map<Language, Content>> leftOut = left(g, h);
            int counterpart = h;
            Map<Long, Rendered> known = memo.computeIfAbsent((long) Math.min(g, h) * groups.size() + Math.max(g, h),
                    k -> new HashMap<>());
            Rendering rendering = (a, content, b) -> known.computeIfAbsent(
                    ((long) (content == contents.get(g).get(a) ? g : counterpart) << 8) | (a.ordinal() << 4) | b.ordinal(),
                    k -> rendered(a, content, b, leftOut));
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
        Rendering rendering = rendering(left(g, h));
        Content x = contents.get(g).get(language);
        double own = 1;
        double there = 0;
        for (Language other : others) {
            own = Math.min(own, similarity(language, x, other, contents.get(g).get(other), rendering));
            there = Math.max(there, similarity(language, x, other, contents.get(h).get(other), rendering));
        }
        return new Displacement(groups.get(g), language, groups.get(h), others, own, there);
    }

    /**
     * The evidence that clause x of language a renders {@code own} (first) or {@code there}
     * (second), two clauses of language b: the weights of x's words whose learned renderings one
     * has and the other lacks, and the other way round; the anchors x shares with one beyond the
     * other; and how much closer one's length is to the document's ratio.
     */
    private double[] preference(Language a, Content x, Language b, Content own, Content there, Rendering rendering) {
        double[] e = new double[2];
        Rendered fromX = rendering.of(a, x, b);
        for (int i = 0; i < fromX.words().length; i++) {
            vote(e, fromX.weights()[i], meets(fromX.best()[i], own.codes()), meets(fromX.best()[i], there.codes()));
        }
        for (int side = 0; side < 2; side++) {
            Content y = side == 0 ? own : there;
            int[] otherWords = (side == 0 ? there : own).codes();
            Rendered fromY = rendering.of(b, y, a);
            for (int i = 0; i < fromY.words().length; i++) {
                // A word both have tells them apart by nothing; one only this one has votes for it if x renders it.
                if (Arrays.binarySearch(otherWords, fromY.words()[i]) < 0 && meets(fromY.best()[i], x.codes())) {
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
            Content y = side == 0 ? own : there;
            for (Map.Entry<String, Integer> anchor : y.anchors().entrySet()) {
                int extra = anchor.getValue() - (side == 0 ? there : own).anchors().getOrDefault(anchor.getKey(), 0);
                // An anchor only this one has, which x lacks, speaks against it.
                if (extra > 0 && !x.anchors().containsKey(anchor.getKey())) {
                    e[1 - side] += ANCHOR_VOTE * extra;
                }
            }
        }
        for (String cognate : x.cognates()) {
            vote(e, idf(a, COGNATE + cognate), own.cognates().contains(cognate), there.cognates().contains(cognate));
        }
        double lengthOwn = deviation(a, x, b, own);
        double lengthThere = deviation(a, x, b, there);
        e[lengthOwn > lengthThere ? 1 : 0] += LENGTH_VOTE * Math.abs(lengthOwn - lengthThere);
        return e;
    }

    private static void vote(double[] e, double weight, boolean own, boolean there) {
        if (own != there) {
            e[own ? 0 : 1] += weight;
        }
    }

    /** How far, in standard deviations, the lengths of x and y are from the document's ratio. */
    private double deviation(Language a, Content x, Language b, Content y) {
        double expected = totalLength.get(b) / Math.max(1, totalLength.get(a));
        return Math.abs(Math.log((y.length() + 8 * expected) / ((x.length() + 8) * expected))) / Scorer.LENGTH_SIGMA;
    }

    private double idf(Language language, String word) {
        return Math.log(1 + (double) groups.size() / frequency.get(language).getOrDefault(word, 1));
    }

    /** @return how well one group's clause in {@code a} agrees with another's in {@code b}, or NaN */
    double similarity(ClauseGroup x, Language a, ClauseGroup y, Language b) {
        Content cx = contents.get(position(x)).get(a);
        Content cy = contents.get(position(y)).get(b);
        return cx == null || cy == null ? Double.NaN : similarity(a, cx, b, cy,
                rendering(left(position(x), position(y))));
    }

    /** The groups that taught correspondences among g and h: what they taught is left out when judging them. */
    private List<Map<Language, Content>> left(int g, int h) {
        List<Map<Language, Content>> out = new ArrayList<>(2);
        if (taught.get(g)) {
            out.add(contents.get(g));
        }
        if (h != g && taught.get(h)) {
            out.add(contents.get(h));
        }
        return out;
    }

    /**
     * How well two clauses agree: the weighted share of their words whose learned renderings the
     * other has, averaged over both directions, and the share of their anchors they have in
     * common, weighted by how many anchors there are to compare. The groups being judged teach
     * nothing to their own judgement: a swapped text would otherwise vouch for itself.
     */
    private double similarity(Language a, Content x, Language b, Content y, Rendering rendering) {
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

    /** What a clause's words render in another language, some groups left out of what was learned. */
    @FunctionalInterface
    private interface Rendering {
        Rendered of(Language a, Content x, Language b);
    }

    private Rendering rendering(List<Map<Language, Content>> leftOut) {
        return (a, x, b) -> rendered(a, x, b, leftOut);
    }

    /**
     * A clause's words that have a rendering (a Dice coefficient at least {@value #MIN_DICE}), in
     * its words' order: each word's code, its weight (rarer words weigh more), and its best
     * renderings (those near the highest Dice coefficient), as sorted codes.
     */
    private record Rendered(int[] words, double[] weights, int[][] best) {
        /** @return the weighted share of the words whose best renderings y has; NaN if no word has one */
        double covered(Content y) {
            double total = 0;
            double found = 0;
            for (int i = 0; i < weights.length; i++) {
                total += weights[i];
                if (meets(best[i], y.codes())) {
                    found += weights[i];
                }
            }
            return total == 0 ? Double.NaN : found / total;
        }
    }

    /** Whether two sorted arrays of codes share one. */
    private static boolean meets(int[] x, int[] y) {
        for (int i = 0, j = 0; i < x.length && j < y.length; ) {
            if (x[i] == y[j]) {
                return true;
            }
            if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    /** What x's words render in b, as the groups not left out taught them. */
    private Rendered rendered(Language a, Content x, Language b, List<Map<Language, Content>> leftOut) {
        Company company = renderings.get(a).get(b);
        // The groups left out, in both languages: their words are walked beside each word's
        // renderings, both sorted, instead of looked up one by one.
        int left = leftOut.size();
        int[][] leftA = new int[left][];
        int[][] leftB = new int[left][];
        for (int c = 0; c < left; c++) {
            Content inA = leftOut.get(c).get(a);
            Content inB = leftOut.get(c).get(b);
            leftA[c] = inA == null ? NONE : inA.codes();
            leftB[c] = inB == null ? NONE : inB.codes();
        }
        int[] at = new int[left];
        boolean[] wordThere = new boolean[left];
        List<Integer> words = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        List<int[]> best = new ArrayList<>();
        double[] dice = new double[0];
        for (String word : x.words()) {
            int code = codes.get(word);
            Together with = company.together()[code];
            if (with == null) {
                continue;
            }
            int countA = company.countA()[code];
            for (int c = 0; c < left; c++) {
                wordThere[c] = Arrays.binarySearch(leftA[c], code) >= 0;
                countA -= wordThere[c] ? 1 : 0;
                at[c] = 0;
            }
            int size = with.words().length;
            if (dice.length < size) {
                dice = new double[Math.max(size, 2 * dice.length)];
            }
            double highest = 0;
            for (int i = 0; i < size; i++) {
                int v = with.words()[i];
                int n = with.together()[i];
                int countB = with.count()[i];
                for (int c = 0; c < left; c++) {
                    int[] there = leftB[c];
                    while (at[c] < there.length && there[at[c]] < v) {
                        at[c]++;
                    }
                    if (at[c] < there.length && there[at[c]] == v) {
                        countB--;
                        n -= wordThere[c] ? 1 : 0;
                    }
                }
                dice[i] = n < MIN_TOGETHER ? 0 : 2.0 * n / (countA + countB);
                highest = Math.max(highest, dice[i]);
            }
            if (highest < MIN_DICE) {
                continue;
            }
            int kept = 0;
            int[] near = new int[size];
            double least = NEAR_BEST * highest;
            for (int i = 0; i < size; i++) {
                if (dice[i] > 0 && dice[i] >= least) {
                    near[kept++] = with.words()[i];
                }
            }
            words.add(code);
            weights.add(idf(a, word));
            best.add(Arrays.copyOf(near, kept));
        }
        return new Rendered(words.stream().mapToInt(Integer::intValue).toArray(),
                weights.stream().mapToDouble(Double::doubleValue).toArray(), best.toArray(int[][]::new));
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
