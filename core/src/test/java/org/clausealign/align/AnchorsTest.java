package org.clausealign.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausealign.TestData;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;

class AnchorsTest {
    @Test
    void cognatesAreTheFirstFiveLettersOfLongerLatinWordsAccentsAndCaseAside() {
        assertEquals(List.of("techn", "econo", "okono", "coope"),
                Anchors.cognates("The technology of Économie, naïve Ökonomie; 2023 東京 coöperation"));
    }

    @Test
    void aCombiningMarkJoinsTheLettersAroundIt() {
        // "e" + combining acute is "é"; a mark between two letters leaves one word.
        assertEquals(List.of("econo"), Anchors.cognates("e\u0301conomie"));
        assertEquals(List.of("abcde"), Anchors.cognates("ab\u0301cdef"));
        assertEquals(List.of(), Anchors.cognates("\u0301 abc-def ghijk"));
    }

    @Test
    void everyLineOfTheAnswerKeyTextsGivesTheCognatesOfWordsMatchedAfterTheMarksAreRemoved() {
        // The definition, word for word: decompose, remove the marks, take the runs of letters.
        Pattern letters = Pattern.compile("\\p{L}+");
        Pattern marks = Pattern.compile("\\p{M}+");
        int lines = 0;
        for (String document : List.of("udhr", "cc-by-4.0", "cc-by-nc-4.0")) {
            for (Language language : List.of(Language.JA, Language.EN, Language.FR)) {
                for (String line : TestData.read(document + "/" + language.code() + ".txt").split("\n")) {
                    List<String> expected = new ArrayList<>();
                    Matcher word = letters.matcher(marks.matcher(Normalizer2.getNFDInstance().normalize(line)).replaceAll(""));
                    while (word.find()) {
                        if (word.group().length() >= 6 && word.group().charAt(0) < 0x250) {
                            expected.add(word.group().substring(0, 5).toLowerCase(Locale.ROOT));
                        }
                    }
                    assertEquals(expected, Anchors.cognates(line), line);
                    lines++;
                }
            }
        }
        assertTrue(lines > 500, lines + " lines");
    }
}
