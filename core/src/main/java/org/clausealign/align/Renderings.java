package org.clausealign.align;

import com.ibm.icu.text.Normalizer2;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import org.clausealign.lang.Language;

/**
 * The words a document renders a word by, learned as the aligner's second pass learns them: a
 * content word of one version and one of another that occur in the same clause groups (Dice
 * coefficient at least {@value ContentAgreement#MIN_DICE}, in {@value ContentAgreement#MIN_TOGETHER}
 * groups or more); of those, the ones most tied to the word. A word the document uses once teaches
 * nothing; between English and French, {@link #cognates} still tells its rendering.
 *
 * <p>Search marks with them, in a hit's other versions, the words that render what the query found:
 * it needs only the groups holding the found word, and how often the candidate renderings occur.
 */
public final class Renderings {
    /** Groups a word must be in, at least, to teach its renderings. */
    public static final int MIN_GROUPS = ContentAgreement.MIN_TOGETHER;
    /** Letters two words must begin with alike to be cognates. */
    private static final int COGNATE_STEM = 6;
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    private Renderings() {}

    /**
     * {@return the content words of a text as its language's search analysis gives them (stems,
     * base forms), compound wholes left to their parts, as the aligner learns from them}
     *
     * @param language the text's language
     * @param text the text
     */
    public static Set<String> contentWords(Language language, String text) {
        Set<String> set = new TreeSet<>();
        for (Words.Word word : Words.of(language, text)) {
            if (word.length() == 1 && Words.isContentWord(word.term())) {
                set.add(word.term());
            }
        }
        return set;
    }

    /**
     * {@return a word's renderings in another version: of the words that version has in the groups
     * holding the word, those most tied to it; none if none is tied enough}
     *
     * @param together the other version's content words in each group that holds the word (or in
     *     a sample of those groups)
     * @param share the sample's share of all the groups holding the word: 1 for all of them
     * @param groupsWith in how many groups of the document the other version has a given word
     */
    public static Set<String> of(List<Set<String>> together, double share, ToIntFunction<String> groupsWith) {
        Map<String, Integer> counts = new HashMap<>();
        together.forEach(words -> words.forEach(v -> counts.merge(v, 1, Integer::sum)));
        double best = ContentAgreement.MIN_DICE;
        Set<String> kept = new HashSet<>();
        for (Map.Entry<String, Integer> candidate : counts.entrySet()) {
            int n = candidate.getValue();
            if (n < ContentAgreement.MIN_TOGETHER * share) {
                continue;
            }
            // Counted in the sample: the candidate's own count is scaled to it.
            double dice = 2.0 * n / (together.size() + share * groupsWith.applyAsInt(candidate.getKey()));
            if (dice > best) {
                kept.clear();
                best = dice;
            }
            if (dice >= best) {
                kept.add(candidate.getKey());
            }
        }
        return Set.copyOf(kept);
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
}
