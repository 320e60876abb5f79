package org.clausealign.align;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausealign.clause.Clause;

/**
 * Pairs a statute's definitions whose ids differ between two versions: those whose counterpart
 * term is missing, so that each version keyed them by its own term (2.def.minister and
 * 2.def.ministre). They are paired by evidence only, never by position, since each version lists
 * its definitions in its own alphabetical order: terms that are cognates (minister, ministre;
 * film technician, technicien de cinéma), or the same numbers found in no other candidate. A
 * definition with no such evidence stays alone.
 */
final class Definitions {
    private static final String MARK = ".def.";
    /** Words shorter than this ("de", "un", "of") say nothing about a term. */
    private static final int MIN_WORD = 4;
    /** Cognates share a stem this long at least… */
    private static final int MIN_STEM = 5;
    /** …and this share of the shorter word. */
    private static final double STEM_SHARE = 0.7;
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    /** The confidence of definitions paired by their numbers alone… */
    private static final double BY_EVIDENCE = 0.6;
    /** …and of those whose terms are cognates word for word: still short of the 0.9 of a named counterpart. */
    private static final double BEST_EVIDENCE = 0.85;
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    private Definitions() {}

    /** @return whether a clause is a definition or a part of one: 2.def.apply, 2.def.apply.a */
    static boolean isDefinition(Clause clause) {
        return clause.id().contains(MARK);
    }

    /** @return whether a clause is a definition itself, not one of its parts */
    private static boolean isHead(Clause clause) {
        int mark = clause.id().indexOf(MARK);
        return mark >= 0 && clause.id().indexOf('.', mark + MARK.length()) < 0;
    }

    /**
     * @param a the first sequence
     * @param b the second
     * @param paired the pairs already made by id, as indexes {a, b}
     * @return further pairs of definitions (and of their parts, by their labels under them) that
     *     the evidence supports, as indexes {a, b}
     */
    static List<int[]> pairs(List<Clause> a, List<Clause> b, List<int[]> paired) {
        boolean[] takenA = new boolean[a.size()];
        boolean[] takenB = new boolean[b.size()];
        for (int[] pair : paired) {
            takenA[pair[0]] = true;
            takenB[pair[1]] = true;
        }
        List<Integer> headsA = heads(a, takenA);
        List<Integer> headsB = heads(b, takenB);
        List<double[]> candidates = new ArrayList<>();
        for (int i : headsA) {
            for (int j : headsB) {
                if (holder(a.get(i)).equals(holder(b.get(j)))) {
                    double score = cognates(term(a.get(i)), term(b.get(j)))
                            + (sameNumbers(a.get(i), b.get(j), a, headsA, b, headsB) ? 1 : 0);
                    if (score > 0) {
                        candidates.add(new double[] {score, i, j});
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((double[] c) -> -c[0]));
        List<int[]> result = new ArrayList<>();
        for (double[] candidate : candidates) {
            int i = (int) candidate[1];
            int j = (int) candidate[2];
            if (takenA[i] || takenB[j] || tied(candidate, candidates, takenA, takenB)) {
                continue;
            }
            takenA[i] = true;
            takenB[j] = true;
            result.add(new int[] {i, j});
            result.addAll(parts(a, i, b, j, takenA, takenB));
        }
        return result;
    }

    /** @return whether another free candidate as good as this one shares one of its clauses: no evidence decides */
    private static boolean tied(double[] candidate, List<double[]> candidates, boolean[] takenA, boolean[] takenB) {
        for (double[] other : candidates) {
            if (other != candidate && other[0] == candidate[0] && !takenA[(int) other[1]] && !takenB[(int) other[2]]
                    && (other[1] == candidate[1] || other[2] == candidate[2])) {
                return true;
            }
        }
        return false;
    }

    private static List<Integer> heads(List<Clause> clauses, boolean[] taken) {
        List<Integer> heads = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            if (!taken[i] && isHead(clauses.get(i))) {
                heads.add(i);
            }
        }
        return heads;
    }

    /**
     * A pairing by evidence is never as sure as one by the counterpart term the text names: it is
     * scored by how much of the two terms are cognates, and at best stays below 0.9.
     *
     * @param group a group as paired
     * @return the confidence its definitions' evidence supports, or NaN if the group is not
     *     definitions paired under different terms
     */
    static double evidence(ClauseGroup group) {
        List<String> terms = new ArrayList<>();
        for (List<Clause> clauses : group.clauses().values()) {
            if (clauses.size() != 1 || !isDefinition(clauses.get(0))) {
                return Double.NaN;
            }
            String id = clauses.get(0).id();
            int part = id.indexOf('.', id.indexOf(MARK) + MARK.length());
            terms.add(part < 0 ? id : id.substring(0, part));
        }
        if (terms.size() < 2 || terms.stream().distinct().count() == 1) {
            return Double.NaN;
        }
        double least = 1;
        for (String other : terms.subList(1, terms.size())) {
            least = Math.min(least, cognates(term(terms.get(0)), term(other)));
        }
        return BY_EVIDENCE + (BEST_EVIDENCE - BY_EVIDENCE) * least;
    }

    /** @return the term a definition is keyed by, from its id (the reader's marker may be empty): "film_maker" */
    private static String term(Clause definition) {
        return term(definition.id());
    }

    private static String term(String id) {
        return id.substring(id.indexOf(MARK) + MARK.length());
    }

    /** @return the id of the provision listing the definition: "2.1" of 2.1.def.prison */
    private static String holder(Clause definition) {
        return definition.id().substring(0, definition.id().indexOf(MARK));
    }

    /** The parts of two paired definitions, (a) with (a): their ids end alike under each. */
    private static List<int[]> parts(List<Clause> a, int i, List<Clause> b, int j, boolean[] takenA, boolean[] takenB) {
        Map<String, Integer> partsB = new HashMap<>();
        String headB = b.get(j).id();
        for (int k = j + 1; k < b.size() && b.get(k).id().startsWith(headB + "."); k++) {
            partsB.put(b.get(k).id().substring(headB.length()), k);
        }
        List<int[]> result = new ArrayList<>();
        String headA = a.get(i).id();
        for (int k = i + 1; k < a.size() && a.get(k).id().startsWith(headA + "."); k++) {
            Integer other = partsB.get(a.get(k).id().substring(headA.length()));
            if (other != null && !takenA[k] && !takenB[other]) {
                takenA[k] = true;
                takenB[other] = true;
                result.add(new int[] {k, other});
            }
        }
        return result;
    }

    /**
     * @return the share of the two terms' words that have a cognate in the other: 1 for "film
     *     production" and "production d'un film", 0.5 for "film technician" and "technicien de cinéma"
     */
    static double cognates(String termA, String termB) {
        List<String> wordsA = words(termA);
        List<String> wordsB = words(termB);
        if (wordsA.isEmpty() || wordsB.isEmpty()) {
            return 0;
        }
        int matched = 0;
        for (String x : wordsA) {
            if (wordsB.stream().anyMatch(y -> cognate(x, y))) {
                matched++;
            }
        }
        return (double) matched / Math.max(wordsA.size(), wordsB.size());
    }

    private static boolean cognate(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        int common = 0;
        while (common < Math.min(x.length(), y.length()) && x.charAt(common) == y.charAt(common)) {
            common++;
        }
        return common >= MIN_STEM && common >= STEM_SHARE * Math.min(x.length(), y.length());
    }

    /** @return the term's words of four letters or more, lower case, accents removed */
    private static List<String> words(String term) {
        String folded = NFD.normalize(term).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String word : folded.split("[^\\p{L}]+")) {
            if (word.length() >= MIN_WORD) {
                words.add(word);
            }
        }
        return words;
    }

    /** @return whether two definitions cite the same numbers, and no other candidate does */
    private static boolean sameNumbers(Clause x, Clause y, List<Clause> a, List<Integer> headsA, List<Clause> b,
            List<Integer> headsB) {
        List<String> numbers = numbers(x);
        if (numbers.isEmpty() || !numbers.equals(numbers(y))) {
            return false;
        }
        long alike = headsA.stream().filter(k -> numbers(a.get(k)).equals(numbers)).count()
                + headsB.stream().filter(k -> numbers(b.get(k)).equals(numbers)).count();
        return alike == 2;
    }

    private static List<String> numbers(Clause clause) {
        List<String> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(clause.normalized());
        while (m.find()) {
            numbers.add(m.group());
        }
        return numbers;
    }
}
