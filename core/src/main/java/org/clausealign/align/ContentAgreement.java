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
    private static final int[] NONE = new int[0];
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
    /** How much better, on average over a swapped pair, each clause must agree with the other group. */
    private static final double MARGIN = 0.15;
    /** How well at least it must agree. */
    private static final double MIN_THERE = 0.4;
    /** How much better each clause of a swapped pair must agree with the other group, at least. */
    private static final double MIN_GAIN = 0;
    /** Content words a clause needs before its content can point elsewhere: headings say too little. */
    private static final int MIN_WORDS = 5;
    /** Groups at most left out of a judgement: the two compared. */
    private static final int MAX_LEFT_OUT = 2;
    /**
     * Below this Dice coefficient a word never renders another: under {@value #NEAR_BEST} of
     * {@value #MIN_DICE}, with a margin for rounding.
     */
    private static final double REACHABLE = 0.3;
    /** Groups at most that the word correspondences are learned from; more add nothing. */
    private static final int MAX_TRAINING = 3000;

    /**
     * One version's clauses in a group: their content words (also as sorted codes, see
     * {@link #codes}) and anchors.
     */
    private record Content(Set<String> words, int[] codes, Map<String, Integer> anchors, Map<String, Integer> numbers,
            int length) {
        Content withCodes(int[] sorted) {
            return new Content(words, sorted, anchors, numbers, length);
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
        return new Content(words, null, anchors, numbers, length);
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
     * Clauses swapped under kept labels: a version's clauses of two nearby groups g and h, each of
     * which agrees better with the other group's other versions than with its own group's (by
     * every other version, and clearly so for the two together).
     *
     * @return the clauses displaced, each of a swapped pair, in group order
     */
    List<Displacement> displaced() {
        List<Displacement> found = new ArrayList<>();
        // What each clause's words render, with g and h left out, is the same for every version
        // compared: worked out once per pair of groups.
        Map<Long, Rendered> memo = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            memo.clear();
            for (Language language : languages) {
                for (int h = g + 1; h < Math.min(groups.size(), g + WINDOW + 1); h++) {
                    Displacement[] pair = swapped(g, h, language, memo);
                    if (pair != null) {
                        found.add(pair[0]);
                        found.add(pair[1]);
                    }
                }
            }
        }
        found.sort(Comparator.comparingInt(d -> index.get(d.group())));
        return found;
    }

    /** The two displacements if the clauses of g and h in {@code language} read as each other's. */
    private Displacement[] swapped(int g, int h, Language language, Map<Long, Rendered> memo) {
        Content x = contents.get(g).get(language);
        Content y = contents.get(h).get(language);
        if (x == null || y == null || x.words().size() < MIN_WORDS || y.words().size() < MIN_WORDS) {
            return null;
        }
        List<Language> others = languages.stream().filter(o -> o != language && contents.get(g).containsKey(o)
                && contents.get(h).containsKey(o)).toList();
        if (others.isEmpty()) {
            return null;
        }
        List<Map<Language, Content>> leftOut = left(g, h);
        Rendering rendering = (a, content, b) -> memo.computeIfAbsent(
                ((long) (content == contents.get(g).get(a) ? g : h) << 16) | ((h - g) << 8) | (a.ordinal() << 4) | b.ordinal(),
                k -> rendered(a, content, b, leftOut));
        double ownX = 0;
        double ownY = 0;
        double thereX = 1;
        double thereY = 1;
        for (Language other : others) {
            Content gOther = contents.get(g).get(other);
            Content hOther = contents.get(h).get(other);
            double xOwn = similarity(language, x, other, gOther, rendering);
            double xThere = similarity(language, x, other, hOther, rendering);
            double yOwn = similarity(language, y, other, hOther, rendering);
            double yThere = similarity(language, y, other, gOther, rendering);
            // Each clause, by every other version, agrees better with the other group.
            if (!(xThere > xOwn + MIN_GAIN) || !(yThere > yOwn + MIN_GAIN)) {
                return null;
            }
            ownX = Math.max(ownX, xOwn);
            ownY = Math.max(ownY, yOwn);
            thereX = Math.min(thereX, xThere);
            thereY = Math.min(thereY, yThere);
        }
        if (thereX - ownX + thereY - ownY < 2 * MARGIN || Math.max(thereX, thereY) < MIN_THERE) {
            return null;
        }
        ClauseGroup first = groups.get(g);
        ClauseGroup second = groups.get(h);
        return new Displacement[] {new Displacement(first, language, second, others, ownX, thereX),
            new Displacement(second, language, first, others, ownY, thereY)};
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
        double expected = totalLength.get(b) / Math.max(1, totalLength.get(a));
        double lengths = Math.exp(-Math.abs(Math.log((y.length() + 8 * expected) / ((x.length() + 8) * expected)))
                / Scorer.LENGTH_SIGMA);
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
     * its words' order: each word's weight, rarer words weighing more, and its best renderings
     * (those near the highest Dice coefficient), as sorted codes.
     */
    private record Rendered(double[] weights, int[][] best) {
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
    }

    private Rendered rendered(Language a, Content x, Language b, List<Map<Language, Content>> leftOut) {
        Company company = renderings.get(a).get(b);
        Map<String, Integer> df = frequency.get(a);
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
            for (int i = 0; i < size; i++) {
                if (dice[i] > 0 && dice[i] >= NEAR_BEST * highest) {
                    near[kept++] = with.words()[i];
                }
            }
            weights.add(Math.log(1 + (double) groups.size() / df.getOrDefault(word, 1)));
            best.add(Arrays.copyOf(near, kept));
        }
        return new Rendered(weights.stream().mapToDouble(Double::doubleValue).toArray(), best.toArray(int[][]::new));
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
