package org.clausealign.lang.fr;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
            "leurs", "ou", "à", "ne", "pas", "se", "sa", "son", "ses", "il", "ils",
            "elle", "elles", "nous", "vous", "lorsque", "selon", "afin", "ainsi", "y", "compris",
            "notamment", "présent", "présente", "été", "être", "dont", "où", "sous", "toute", "tout"));

    /**
     * An elided article or pronoun, l’, d’, s’, qu’: evidence only with its apostrophe, since a
     * lone "s." or "d." abbreviates English words too ("R.S., c. 24, s. 49").
     */
    private static final Pattern ELISION = Pattern.compile("(?<![\\p{L}.])(?:[ldsjmnc]|qu)['’](?=\\p{L})",
            Pattern.CASE_INSENSITIVE);

    @Override
    public int evidence(String line) {
        int points = WORDS.count(line);
        if (line.indexOf('\'') >= 0 || line.indexOf('’') >= 0) {
            Matcher elision = ELISION.matcher(line);
            while (elision.find()) {
                points++;
            }
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= 0xAB && "éèêëàâçùûôîïœÉÈÊÀÇÔÎ«»".indexOf(c) >= 0) {
                points++;
            }
        }
        return points;
    }
}
