package org.clausealign.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clausealign.TestData;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;

class SentencePairsTest {
    @Test
    void everyLineOfTheAnswerKeyTextsIsCutAsIcuCutsIt() {
        int lines = 0;
        for (String document : List.of("udhr", "cc-by-4.0", "cc-by-nc-4.0")) {
            for (Language language : List.of(Language.JA, Language.EN, Language.FR)) {
                for (String line : TestData.read(document + "/" + language.code() + ".txt").split("\n")) {
                    assertEquals(SentencePairs.byIterator(line, language), SentencePairs.sentences(line, language), line);
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
                assertEquals(SentencePairs.byIterator(text, language), SentencePairs.sentences(text, language), text);
            }
        }
    }
}
