package org.clausealign.search;

import com.ibm.icu.text.Normalizer2;
import java.io.Reader;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.clausealign.lang.Language;

/**
 * The index's fields and how each is analysed.
 *
 * <ul>
 *   <li>{@code doc}, {@code lang}, {@code clause}, {@code group}, {@code section}: exact values,
 *       for filters and for finding a document's clauses;
 *   <li>{@code text_ja}, {@code text_en}, {@code text_fr}: the clause text, stored, analysed in its
 *       language ({@link org.clausealign.lang.LanguageRules#searchAnalyzer()});
 *   <li>{@code bigram_ja}: Japanese as overlapping pairs of characters, so that compounds the
 *       dictionary segments differently are still found;
 *   <li>{@code exact}: NFKC and case-folded words, not stemmed, for numbers, acronyms and quoted
 *       phrases in any language;
 *   <li>{@code label}, {@code aligned_ja}, {@code aligned_en}, {@code aligned_fr}: stored only.
 * </ul>
 */
final class Fields {
    static final String DOC = "doc";
    static final String LANG = "lang";
    static final String CLAUSE = "clause";
    static final String GROUP = "group";
    static final String SECTION = "section";
    static final String LABEL = "label";
    static final String BIGRAM = "bigram_ja";
    static final String EXACT = "exact";

    private Fields() {}

    static String text(Language language) {
        return "text_" + language.code();
    }

    static String aligned(Language language) {
        return "aligned_" + language.code();
    }

    /** The analyzer for every field, shared by indexing and query parsing. */
    static final Analyzer ANALYZER = analyzer();

    private static Analyzer analyzer() {
        Map<String, Analyzer> perField = new HashMap<>();
        for (Language language : Language.values()) {
            perField.put(text(language), language.rules().searchAnalyzer());
        }
        perField.put(BIGRAM, new BigramAnalyzer());
        perField.put(EXACT, new ExactAnalyzer());
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
    }

    /** Japanese as character bigrams, NFKC first. */
    private static final class BigramAnalyzer extends Analyzer {
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new ICUNormalizer2CharFilter(reader, Normalizer2.getNFKCInstance());
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
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new ICUNormalizer2CharFilter(reader, Normalizer2.getNFKCCasefoldInstance());
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
