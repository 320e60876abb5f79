package org.clausealign.search;

import com.ibm.icu.text.Normalizer2;
import java.io.Reader;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.clausealign.lang.Language;

/**
 * The index's fields and how each is analysed.
 *
 * <ul>
 *   <li>{@code doc}, {@code lang}, {@code clause}, {@code group}: exact values, for filters and
 *       for finding a document's clauses and a group's other versions;
 *   <li>{@code text_ja}, {@code text_en}, {@code text_fr}: the clause text, stored, analysed in its
 *       language ({@link org.clausealign.lang.LanguageRules#searchAnalyzer()});
 *   <li>{@code bigram_ja}: Japanese as overlapping pairs of characters, NFKC and case-folded, so
 *       that compounds the dictionary segments differently are still found and a phrase mixing
 *       scripts ("MSP協力") stays a phrase; a single kanji is found inside any compound as the
 *       first or second character of a pair ({@link QueryBuilder}); Latin words and numbers in
 *       Japanese text are whole terms, as in {@code exact};
 *   <li>{@code exact}: in English and French clauses, the numbers, acronyms and words in mixed case as
 *       written, NFKC and case-folded ({@link #exactText}): what stemming would blur (Japanese
 *       clauses have {@code bigram_ja} instead);
 *   <li>{@code number}: numbers, quantities and months as the checks read them, so that
 *       ６００ＧＷｈ, 600 GWh and 600 gigawatt hours are one term ({@link NumberTerms});
 *   <li>{@code label}, {@code start}: stored only; {@code caption} and {@code origin} too, where
 *       the clause has them ({@link org.clausealign.clause.Clause#caption()},
 *       {@link org.clausealign.clause.Clause#origin()}).
 * </ul>
 *
 * <p>Text fields keep positions but not offsets: the highlighter analyses the few hits it shows
 * again, which costs less than storing offsets for every clause. The bigram and exact fields are
 * indexed from text normalised once, in Java ({@link #INDEXING}); queries are normalised by the
 * analyzer ({@link #ANALYZER}).
 */
final class Fields {
    static final String DOC = "doc";
    static final String LANG = "lang";
    static final String CLAUSE = "clause";
    static final String GROUP = "group";
    static final String LABEL = "label";
    /** Where the clause starts in its version: a group's clauses are put back in order by it. */
    static final String START = "start";
    /** The heading above the clause, a statute's marginal note; stored where there is one. */
    static final String CAPTION = "caption";
    /** Where the clause is in its file: a page, a paragraph, an element id; stored where known. */
    static final String ORIGIN = "origin";
    static final String BIGRAM = "bigram_ja";
    static final String EXACT = "exact";
    /** Numbers, quantities and months as the checks read them: see {@link NumberTerms}. */
    static final String NUMBER = "number";

    private Fields() {}

    static String text(Language language) {
        return "text_" + language.code();
    }

    /** @return whether the field is one of the index's searchable text fields */
    static boolean isIndexed(String field) {
        return field.equals(BIGRAM) || field.equals(EXACT) || field.equals(NUMBER)
                || Arrays.stream(Language.values()).anyMatch(l -> text(l).equals(field));
    }

    /** The analyzer for queries and highlighting: every field, any text. */
    static final Analyzer ANALYZER = analyzer(true);
    /** The analyzer for indexing: the bigram and exact fields are given text already normalised. */
    static final Analyzer INDEXING = analyzer(false);

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

    /**
     * @return what of the clause's text the exact field holds: the words that stemming and folding
     *     would change beyond recognition, numbers, acronyms and words in mixed case ("2050", "G7",
     *     "MSP", "iPhone"), NFKC and case-folded; other words are found through the text field
     */
    static String exactText(String normalized) {
        StringBuilder kept = new StringBuilder();
        int n = normalized.length();
        for (int i = 0; i < n; ) {
            if (!Character.isLetterOrDigit(normalized.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean digit = false;
            int upper = 0;
            while (i < n && Character.isLetterOrDigit(normalized.charAt(i))) {
                char c = normalized.charAt(i++);
                digit |= Character.isDigit(c);
                upper += Character.isUpperCase(c) ? 1 : 0;
            }
            boolean mixed = upper > 0 && !Character.isUpperCase(normalized.charAt(start));
            if (digit || upper >= 2 || mixed) {
                kept.append(kept.isEmpty() ? "" : " ").append(normalized, start, i);
            }
        }
        return NFKC_CASEFOLD.normalize(kept);
    }

    private static Analyzer analyzer(boolean normalizeFirst) {
        Map<String, Analyzer> perField = new HashMap<>();
        for (Language language : Language.values()) {
            perField.put(text(language), language.rules().searchAnalyzer());
        }
        perField.put(BIGRAM, new BigramAnalyzer(normalizeFirst));
        perField.put(EXACT, new ExactAnalyzer(normalizeFirst));
        perField.put(NUMBER, new WhitespaceAnalyzer());
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
    }

    /** Japanese as character bigrams, NFKC first. */
    private static final class BigramAnalyzer extends Analyzer {
        private final boolean normalizeFirst;

        BigramAnalyzer(boolean normalizeFirst) {
            this.normalizeFirst = normalizeFirst;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return normalizeFirst ? new ICUNormalizer2CharFilter(reader, NFKC) : reader;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new CJKBigramFilter(new LowerCaseFilter(new CJKWidthFilter(tokenizer)));
            return new TokenStreamComponents(tokenizer, stream);
        }
    }

    /** Words as written, NFKC and case-folded: ＭＳＰ, MSP and msp are one term, so are ２０５０ and 2050. */
    private static final class ExactAnalyzer extends Analyzer {
        private final boolean normalizeFirst;

        ExactAnalyzer(boolean normalizeFirst) {
            this.normalizeFirst = normalizeFirst;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return normalizeFirst ? new ICUNormalizer2CharFilter(reader, NFKC_CASEFOLD) : reader;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer);
        }

        @Override
        protected Reader initReaderForNormalization(String fieldName, Reader reader) {
            return initReader(fieldName, reader);
        }
    }
}
