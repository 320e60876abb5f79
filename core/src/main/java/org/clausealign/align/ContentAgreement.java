package org.clausealign.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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

    /** One version's clauses in a group: their content words and anchors. */
    private record Content(Set<String> words, Map<String, Integer> anchors, Map<String, Integer> numbers, int length,
            Set<String> cognates) {}

    private final List<Language> languages;
    private final List<ClauseGroup> groups;
    private final Map<ClauseGroup, Integer> index = new IdentityHashMap<>();
    private final List<Map<Language, Content>> contents;
    /**
     * What the groups taught about one ordered pair of languages: in how many trusted groups each
     * word of either occurs, and with which words of the other (twice at least).
     */
    private record Company(Map<String, Integer> countA, Map<String, Integer> countB,
            Map<String, Map<String, Integer>> together) {}

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
        return new Content(words, anchors, numbers, length, cognates);
    }

    /** Words of a and words of b that keep company in the trusted groups. */
    private Company learn(Language a, Language b, Set<Integer> sample) {
        Map<String, Integer> countA = new HashMap<>();
        Map<String, Integer> countB = new HashMap<>();
        for (int g : sample) {
            Map<Language, Content> here = contents.get(g);
            if (here.containsKey(a) && here.containsKey(b)) {
                here.get(a).words().forEach(w -> countA.merge(w, 1, Integer::sum));
                here.get(b).words().forEach(w -> countB.merge(w, 1, Integer::sum));
            }
        }
        Map<String, Map<String, Integer>> together = new HashMap<>();
        for (int g : sample) {
            Map<Language, Content> here = contents.get(g);
            if (here.containsKey(a) && here.containsKey(b)) {
                // Words met once can render nothing.
                List<String> wordsB = here.get(b).words().stream().filter(w -> countB.get(w) >= MIN_TOGETHER).toList();
                for (String w : here.get(a).words()) {
                    if (countA.get(w) >= MIN_TOGETHER) {
                        Map<String, Integer> with = together.computeIfAbsent(w, k -> new HashMap<>());
                        wordsB.forEach(v -> with.merge(v, 1, Integer::sum));
                    }
                }
            }
        }
        together.values().forEach(with -> with.values().removeIf(n -> n < MIN_TOGETHER));
        together.values().removeIf(Map::isEmpty);
        return new Company(countA, countB, together);
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
                    double s = similarity(a, contents.get(g).get(a), b, contents.get(g).get(b), left(g, g));
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
        for (Language language : examined) {
            List<Map<Integer, double[]>> points = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                points.add(pointsTo(g, language));
            }
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
    private Map<Integer, double[]> pointsTo(int g, Language language) {
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
            double own = 0;
            double there = 0;
            boolean every = true;
            for (Language other : others) {
                double[] e = preference(language, x, other, contents.get(g).get(other), contents.get(h).get(other), leftOut);
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
        List<Map<Language, Content>> leftOut = left(g, h);
        Content x = contents.get(g).get(language);
        double own = 1;
        double there = 0;
        for (Language other : others) {
            own = Math.min(own, similarity(language, x, other, contents.get(g).get(other), leftOut));
            there = Math.max(there, similarity(language, x, other, contents.get(h).get(other), leftOut));
        }
        return new Displacement(groups.get(g), language, groups.get(h), others, own, there);
    }

    /**
     * The evidence that clause x of language a renders {@code own} (first) or {@code there}
     * (second), two clauses of language b: the weights of x's words whose learned renderings one
     * has and the other lacks, and the other way round; the anchors x shares with one beyond the
     * other; and how much closer one's length is to the document's ratio.
     */
    private double[] preference(Language a, Content x, Language b, Content own, Content there,
            List<Map<Language, Content>> leftOut) {
        double[] e = new double[2];
        for (String word : x.words()) {
            Set<String> renderings = renderings(a, word, b, leftOut);
            vote(e, idf(a, word), !Collections.disjoint(renderings, own.words()),
                    !Collections.disjoint(renderings, there.words()));
        }
        for (int side = 0; side < 2; side++) {
            Content y = side == 0 ? own : there;
            for (String word : y.words()) {
                // A word both have tells them apart by nothing; one only this one has votes for it if x renders it.
                if (!(side == 0 ? there : own).words().contains(word)
                        && !Collections.disjoint(renderings(b, word, a, leftOut), x.words())) {
                    e[side] += idf(b, word);
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
        return cx == null || cy == null ? Double.NaN : similarity(a, cx, b, cy, left(position(x), position(y)));
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
    private double similarity(Language a, Content x, Language b, Content y, List<Map<Language, Content>> leftOut) {
        double lexical = mean(covered(a, x, b, y, leftOut), covered(b, y, a, x, leftOut));
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

    /**
     * The share of x's words whose best renderings (those near the highest Dice coefficient, at
     * least {@value #MIN_DICE}) y has, rarer words weighing more; NaN if none has a rendering.
     */
    private double covered(Language a, Content x, Language b, Content y, List<Map<Language, Content>> leftOut) {
        double total = 0;
        double found = 0;
        for (String word : x.words()) {
            Set<String> renderings = renderings(a, word, b, leftOut);
            if (renderings.isEmpty()) {
                continue;
            }
            double weight = idf(a, word);
            total += weight;
            if (!Collections.disjoint(renderings, y.words())) {
                found += weight;
            }
        }
        return total == 0 ? Double.NaN : found / total;
    }

    /**
     * A word's best renderings in b (Dice coefficient near the highest, which is at least {@value
     * #MIN_DICE}), as the groups not left out taught them; empty where it has none.
     */
    private Set<String> renderings(Language a, String word, Language b, List<Map<Language, Content>> leftOut) {
        Company company = renderings.get(a).get(b);
        Map<String, Integer> with = company.together().get(word);
        if (with == null) {
            return Set.of();
        }
        int countA = company.countA().get(word) - count(leftOut, a, word);
        double best = 0;
        Map<String, Double> dice = new HashMap<>();
        for (Map.Entry<String, Integer> e : with.entrySet()) {
            String v = e.getKey();
            int n = e.getValue();
            int countB = company.countB().get(v);
            for (Map<Language, Content> c : leftOut) {
                if (has(c, b, v)) {
                    countB--;
                    n -= has(c, a, word) ? 1 : 0;
                }
            }
            double d = n < MIN_TOGETHER ? 0 : 2.0 * n / (countA + countB);
            best = Math.max(best, d);
            dice.put(v, d);
        }
        if (best < MIN_DICE) {
            return Set.of();
        }
        Set<String> near = new HashSet<>();
        double least = NEAR_BEST * best;
        dice.forEach((v, d) -> {
            if (d > 0 && d >= least) {
                near.add(v);
            }
        });
        return near;
    }

    private static int count(List<Map<Language, Content>> groups, Language language, String word) {
        int n = 0;
        for (Map<Language, Content> group : groups) {
            n += has(group, language, word) ? 1 : 0;
        }
        return n;
    }

    private static boolean has(Map<Language, Content> group, Language language, String word) {
        Content content = group.get(language);
        return content != null && content.words().contains(word);
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
