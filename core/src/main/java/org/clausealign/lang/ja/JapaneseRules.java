package org.clausealign.lang.ja;

import org.clausealign.lang.LanguageRules;
import org.clausealign.text.Scripts;

/** Japanese: recognised by its script, one point per kana or kanji. */
public final class JapaneseRules implements LanguageRules {
    /** The Japanese rules; one instance serves all. */
    public JapaneseRules() {}

    /** Built on first use: splitting and aligning need no analyzer. */
    private static final class Analysis {
        static final JapaneseSearchAnalyzer ANALYZER = new JapaneseSearchAnalyzer();
    }

    @Override
    public org.apache.lucene.analysis.Analyzer searchAnalyzer() {
        return Analysis.ANALYZER;
    }

    @Override
    public void prepareAnalysis() {
        JapaneseSearchAnalyzer.prepare();
    }

    @Override
    public String inDigits(String normalized) {
        return JapaneseNumerals.inDigits(normalized);
    }

    @Override
    public int evidence(String line) {
        return (int) line.codePoints().filter(Scripts::isJapaneseLetter).count();
    }
}
