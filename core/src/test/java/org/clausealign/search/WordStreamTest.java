package org.clausealign.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.clausealign.align.Words;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;

class WordStreamTest {
    /** Each token as term@start-end+increment, and the end offset last. */
    private static List<String> tokens(TokenStream stream) throws IOException {
        List<String> out = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + "+" + increment.getPositionIncrement());
            }
            stream.end();
            out.add("end " + offset.endOffset());
        }
        return out;
    }

    @Test
    void givesTheIndexWhatItsLanguagesAnalyzerGives() throws IOException {
        String ja = "締約国は、重要鉱物のサプライチェーンの強靱化のために協力する。";
        String en = "The Participants will cooperate on critical minerals supply chains.";
        String fr = "Les participants coopéreront en matière de chaînes d'approvisionnement.";
        for (Language language : List.of(Language.JA, Language.EN, Language.FR)) {
            String text = language == Language.JA ? ja : language == Language.EN ? en : fr;
            List<String> analysed = tokens(Fields.INDEXING.tokenStream(Fields.text(language), text));
            List<String> replayed = tokens(new WordStream(Words.of(language, text), text.length()));
            assertEquals(analysed, replayed, language.code());
        }
    }
}
