package org.clausealign.lang;

/**
 * What clausealign needs to know about one language, one small class per language (as Lucene's
 * analysis modules keep {@code ja}, {@code en} and {@code fr} side by side).
 */
public interface LanguageRules {
    /**
     * {@return the analyzer that turns this language's text into search terms; thread-safe and
     *     shared, as Lucene analyzers are}
     */
    org.apache.lucene.analysis.Analyzer searchAnalyzer();

    /**
     * Starts loading, on a background thread, the data this language's analysis reads once per
     * process (kuromoji's dictionaries for Japanese), for a process that will analyse text of it
     * soon and has other work to do first. Nothing happens if there is no such data or its
     * loading has started already.
     */
    default void prepareAnalysis() {}

    /**
     * How strongly a line reads as this language: one point per word or character that only this
     * language uses (kana and kanji for Japanese, function words for English and French).
     *
     * @param line one line of text
     * @return zero or more points; lines with no evidence score zero in every language
     */
    int evidence(String line);

    /**
     * Numerals written in the language's own script, rewritten in digits where they count
     * something (二千三十年 is 2030年), so that numbers compare across versions. English and
     * French number words are read by {@link Invariants} with ICU's spell-out rules.
     *
     * @param normalized a clause's NFKC text
     * @return the text, numerals in digits; the same text if the language writes none
     */
    default String inDigits(String normalized) {
        return normalized;
    }
}
