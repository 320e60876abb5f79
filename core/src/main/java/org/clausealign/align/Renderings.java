package org.clausealign.align;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.clausealign.lang.Language;

/**
 * The words a document renders each other by, learned from its clause groups as the aligner's
 * second pass learns them: a content word of one version and one of another that occur in the same
 * groups (Dice coefficient at least {@value ContentAgreement#MIN_DICE}, in
 * {@value ContentAgreement#MIN_TOGETHER} groups or more). Of those, a word's renderings are the
 * ones most tied to it. A word the document uses once teaches nothing; between English and French,
 * {@link #cognates} still tells its rendering.
 *
 * <p>Search marks with them, in a hit's other versions, the words that render what the query found.
 */
public final class Renderings {
    /** Letters two words must begin with alike to be cognates. */
    private static final int COGNATE_STEM = 6;
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    /** Per ordered language pair, each analysed word's renderings. */
    private final Map<Language, Map<Language, Map<String, Set<String>>>> links = new EnumMap<>(Language.class);

    private Renderings() {}

    /**
     * {@return what the groups teach}
     *
     * @param groups the document's groups, each version's text where the group has one clause per
     *     version (sure pairs: groups that merged clauses would teach their neighbours' words too)
     */
    public static Renderings learn(List<Map<Language, String>> groups) {
        List<Map<Language, Set<String>>> read = groups.parallelStream().map(Renderings::contentWords).toList();
        Renderings renderings = new Renderings();
        for (Language a : Language.values()) {
            for (Language b : Language.values()) {
                if (a != b) {
                    renderings.links.computeIfAbsent(a, k -> new EnumMap<>(Language.class)).put(b, learn(read, a, b));
                }
            }
        }
        return renderings;
    }

    /**
     * {@return the words that render a word in another version, analysed ("recycl" for
     * recycling, as {@link Words#of} gives it); none if the document does not teach it}
     *
     * @param from the word's language
     * @param word the analysed word
     * @param to the other version's language
     */
    public Set<String> of(Language from, String word, Language to) {
        return from == to ? Set.of() : links.get(from).get(to).getOrDefault(word, Set.of());
    }

    /**
     * {@return whether two Latin words are cognates: a long stem in common, accents and case
     * aside ("recycling" and "recyclage", "investment" and "investissements")}
     *
     * @param a a word as written
     * @param b another word as written
     */
    public static boolean cognates(String a, String b) {
        if (Definitions.cognates(a, b) == 1) {
            return true;
        }
        // Definitions ask most of the shorter word in common; a stem of six letters is enough
        // here, where the words are already the counterparts of one clause.
        String x = stem(a);
        String y = stem(b);
        int common = 0;
        while (common < Math.min(x.length(), y.length()) && x.charAt(common) == y.charAt(common)) {
            common++;
        }
        return common >= COGNATE_STEM;
    }

    /** @return the word's longest run of Latin letters, lower case, accents removed: investissement for l’investissement */
    private static String stem(String word) {
        String longest = "";
        for (String run : NFD.normalize(word).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            longest = run.length() > longest.length() ? run : longest;
        }
        return longest;
    }

    private static Map<Language, Set<String>> contentWords(Map<Language, String> group) {
        Map<Language, Set<String>> words = new EnumMap<>(Language.class);
        group.forEach((language, text) -> {
            Set<String> set = new TreeSet<>();
            for (Words.Word word : Words.of(language, text)) {
                // Compound wholes (length above 1) are left to their parts, as the lexicon does.
                if (word.length() == 1 && Words.isContentWord(word.term())) {
                    set.add(word.term());
                }
            }
            words.put(language, set);
        });
        return words;
    }

    private static Map<String, Set<String>> learn(List<Map<Language, Set<String>>> groups, Language a, Language b) {
        Map<String, Integer> countA = new HashMap<>();
        Map<String, Integer> countB = new HashMap<>();
        Map<String, Map<String, Integer>> together = new HashMap<>();
        for (Map<Language, Set<String>> group : groups) {
            Set<String> x = group.get(a);
            Set<String> y = group.get(b);
            if (x == null || y == null) {
                continue;
            }
            x.forEach(w -> countA.merge(w, 1, Integer::sum));
            y.forEach(v -> countB.merge(v, 1, Integer::sum));
            for (String w : x) {
                Map<String, Integer> with = together.computeIfAbsent(w, k -> new HashMap<>());
                y.forEach(v -> with.merge(v, 1, Integer::sum));
            }
        }
        Map<String, Set<String>> result = new HashMap<>();
        together.forEach((w, with) -> {
            double best = ContentAgreement.MIN_DICE;
            List<String> kept = new ArrayList<>();
            for (Map.Entry<String, Integer> pair : with.entrySet()) {
                int n = pair.getValue();
                double dice = 2.0 * n / (countA.get(w) + countB.get(pair.getKey()));
                if (n < ContentAgreement.MIN_TOGETHER || dice < best) {
                    continue;
                }
                if (dice > best) {
                    kept.clear();
                    best = dice;
                }
                kept.add(pair.getKey());
            }
            if (!kept.isEmpty()) {
                result.put(w, Set.copyOf(kept));
            }
        });
        return result;
    }
}
