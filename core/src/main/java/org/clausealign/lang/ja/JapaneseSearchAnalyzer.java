package org.clausealign.lang.ja;

import com.ibm.icu.text.Normalizer2;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.ConnectionCosts;
import org.apache.lucene.analysis.ja.dict.TokenInfoDictionary;
import org.apache.lucene.analysis.ja.dict.UnknownDictionary;
import org.clausealign.lang.LanguageData;

/**
 * Japanese words for search: NFKC first (full-width Ｇ７ and ２０５０ become G7 and 2050), then
 * kuromoji in search mode (compounds are also split into their parts), base forms, particles and
 * other function words removed by part of speech, katakana long-vowel marks folded, lower case.
 */
public final class JapaneseSearchAnalyzer extends Analyzer {
    /** A new analyzer; thread-safe, so one may be shared. */
    public JapaneseSearchAnalyzer() {}

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    /**
     * kuromoji's dictionaries, which every tokenizer shares: read once per process, the costliest
     * part of a short process's first Japanese analysis (a fifth of one search).
     */
    private static final LanguageData<TokenInfoDictionary> DICTIONARIES = new LanguageData<>(() -> {
        UnknownDictionary.getInstance();
        ConnectionCosts.getInstance();
        return TokenInfoDictionary.getInstance();
    });

    /**
     * Starts reading kuromoji's dictionaries on a background thread, for a process that will
     * analyse Japanese soon: it goes on with other work meanwhile.
     */
    static void prepare() {
        DICTIONARIES.start();
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new ICUNormalizer2CharFilter(reader, NFKC);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        // Waits for a read started early; a failed read fails here with its own exception.
        DICTIONARIES.get();
        Tokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH);
        TokenStream stream = new JapaneseBaseFormFilter(tokenizer);
        stream = new JapanesePartOfSpeechStopFilter(stream, JapaneseAnalyzer.getDefaultStopTags());
        stream = new CJKWidthFilter(stream);
        stream = new StopFilter(stream, JapaneseAnalyzer.getDefaultStopSet());
        stream = new JapaneseKatakanaStemFilter(stream);
        stream = new LowerCaseFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
    }
}
