package org.clausealign.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import org.clausealign.TestData;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;

class SentencePairsTest {
    /** ICU's sentence iterator run on every text, what {@link SentencePairs#sentences} must give. */
    private static List<String> byIcu(String text, Language language) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(ULocale.forLocale(language.locale()));
        breaks.setText(text);
        List<String> sentences = new ArrayList<>();
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String sentence = text.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    @Test
    void everyLineOfTheAnswerKeyTextsIsCutAsIcuCutsIt() {
        int lines = 0;
        for (String document : List.of("udhr", "cc-by-4.0", "cc-by-nc-4.0")) {
            for (Language language : List.of(Language.JA, Language.EN, Language.FR)) {
                for (String line : TestData.read(document + "/" + language.code() + ".txt").split("\n")) {
                    assertEquals(byIcu(line, language), SentencePairs.sentences(line, language), line);
                    lines++;
                }
            }
        }
        assertTrue(lines > 500, lines + " lines");
    }

    @Test
    void textsEndingOnTerminatorsBracketsAndSpacesAreCutAsIcuCutsThem() {
        for (String text : List.of("Done.", "Done. ", "Done.)", "(Done.) ", "Done. *", "Done?!", "a. .", "No. 5 applies.",
                "第1条。", "「終わり。」", "終わり。次。", "Art. 5", "v. 2.5 ", "one\ntwo", "one\u2029two", "", "  ",
                "e.g. this", "U.S. law.", "Fin ! Puis ?")) {
            for (Language language : List.of(Language.JA, Language.EN, Language.FR)) {
                assertEquals(byIcu(text, language), SentencePairs.sentences(text, language), text);
            }
        }
    }
}
