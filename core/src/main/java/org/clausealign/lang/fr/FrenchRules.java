package org.clausealign.lang.fr;

import java.util.Set;
import org.clausealign.lang.FunctionWords;
import org.clausealign.lang.LanguageRules;

/**
 * French: recognised by function words (elided forms such as l’ and d’ count as words) and by
 * the accented letters English does not use.
 */
public final class FrenchRules implements LanguageRules {
    /** The French rules; one instance serves all. */
    public FrenchRules() {}

    /** Built on first use: splitting and aligning need no analyzer. */
    private static final class Analysis {
        static final FrenchSearchAnalyzer ANALYZER = new FrenchSearchAnalyzer();
    }

    @Override
    public org.apache.lucene.analysis.Analyzer searchAnalyzer() {
        return Analysis.ANALYZER;
    }

    private static final FunctionWords WORDS = new FunctionWords(Set.of(
            "le", "la", "les", "de", "des", "du", "et", "en", "pour", "dans", "par", "sur", "au", "aux",
            "une", "un", "est", "sont", "qui", "que", "avec", "entre", "ce", "cette", "ces", "leur",
            "leurs", "ou", "à", "l", "d", "s", "qu", "ne", "pas", "se", "sa", "son", "ses", "il", "ils",
            "elle", "elles", "nous", "vous", "lorsque", "selon", "afin", "ainsi", "y", "compris",
            "notamment", "présent", "présente", "été", "être", "dont", "où", "sous", "toute", "tout"));

    @Override
    public int evidence(String line) {
        int points = WORDS.count(line);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= 0xAB && "éèêëàâçùûôîïœÉÈÊÀÇÔÎ«»".indexOf(c) >= 0) {
                points++;
            }
        }
        return points;
    }
}
