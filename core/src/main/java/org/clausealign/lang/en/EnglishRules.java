package org.clausealign.lang.en;

import java.util.Set;
import org.clausealign.lang.FunctionWords;
import org.clausealign.lang.LanguageRules;

/** English: recognised by function words that French does not share. */
public final class EnglishRules implements LanguageRules {
    /** The English rules; one instance serves all. */
    public EnglishRules() {}

    /** Built on first use: splitting and aligning need no analyzer. */
    private static final class Analysis {
        static final EnglishSearchAnalyzer ANALYZER = new EnglishSearchAnalyzer();
    }

    @Override
    public org.apache.lucene.analysis.Analyzer searchAnalyzer() {
        return Analysis.ANALYZER;
    }

    private static final FunctionWords WORDS = new FunctionWords(Set.of(
            "the", "of", "and", "to", "in", "for", "on", "with", "by", "as", "is", "are", "be", "will",
            "that", "this", "these", "those", "from", "their", "its", "at", "an", "or", "which", "it",
            "have", "has", "such", "between", "other", "any", "may", "not", "all", "under", "shall",
            "should", "would", "they", "them", "we", "our", "into", "within", "through", "upon", "where",
            "when", "who", "whose", "each", "both", "was", "were", "been", "than", "also", "including",
            "hereinafter", "regarding", "towards", "you", "your", "if", "no", "whether", "there"));

    @Override
    public int evidence(String line) {
        return WORDS.count(line);
    }
}
