package org.clausealign.search;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * "Did you mean": for a query that finds nothing, the same query with each word the index does
 * not hold replaced by the nearest word it does (up to two edits, the first letter kept), as
 * Lucene's DirectSpellChecker does, over the exact field: words as written, in every language.
 */
final class Suggester {
    /** Latin words: Japanese is not misspelled letter by letter. */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}:*?~])\\p{IsLatin}[\\p{IsLatin}'’]*(?![\\p{L}:*?~])");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");
    /** Shorter words have too many neighbours to guess from. */
    private static final int MIN_LENGTH = 4;
    private static final int MAX_EDITS = 2;
    private static final Normalizer2 FOLD = Normalizer2.getNFKCCasefoldInstance();

    private Suggester() {}

    /**
     * @param reader the index
     * @param query the query as typed
     * @return the query with its unknown words corrected, if any was
     */
    static Optional<String> suggest(IndexReader reader, String query) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, Fields.EXACT);
        if (terms == null) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        Matcher m = WORD.matcher(query);
        while (m.find()) {
            String word = m.group();
            String folded = FOLD.normalize(word);
            String replacement = word;
            if (word.length() >= MIN_LENGTH && !OPERATORS.contains(word) && !known(terms, folded)) {
                String nearest = nearest(terms, folded);
                if (nearest != null) {
                    replacement = Character.isUpperCase(word.charAt(0))
                            ? Character.toUpperCase(nearest.charAt(0)) + nearest.substring(1) : nearest;
                    changed = true;
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return changed ? Optional.of(out.toString()) : Optional.empty();
    }

    private static boolean known(Terms terms, String folded) throws IOException {
        TermsEnum all = terms.iterator();
        return all.seekExact(new BytesRef(folded));
    }

    /** The closest word, and of equally close words the most frequent. */
    private static String nearest(Terms terms, String folded) throws IOException {
        FuzzyTermsEnum fuzzy = new FuzzyTermsEnum(terms, new Term(Fields.EXACT, folded), MAX_EDITS, 1, true);
        String best = null;
        float bestBoost = -1;
        int bestFrequency = 0;
        for (BytesRef term = fuzzy.next(); term != null; term = fuzzy.next()) {
            float boost = fuzzy.getBoost();
            int frequency = fuzzy.docFreq();
            if (boost > bestBoost || boost == bestBoost && frequency > bestFrequency) {
                best = term.utf8ToString();
                bestBoost = boost;
                bestFrequency = frequency;
            }
        }
        return best;
    }
}
