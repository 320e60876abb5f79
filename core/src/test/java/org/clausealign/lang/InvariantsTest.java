package org.clausealign.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvariantsTest {
    @Test
    void readsDigitsWithThousandsSeparatorsAndDecimals() {
        Invariants.Stated stated = Invariants.of("a fund of 1,000,000 dollars, 12.5 tonnes and 3.", Language.EN);
        assertEquals(List.of("1000000", "12.5", "3"), stated.numbers());
    }

    @Test
    void digitsGluedToALetterAreANameNotANumber() {
        assertEquals(List.of("2023"), Invariants.of("the G7 summit of 2023", Language.EN).numbers());
        assertEquals(List.of("2023"), Invariants.of("G7広島サミット2023年", Language.JA).numbers());
    }

    @Test
    void spelledNumbersCountOnceWhenTheDigitsFollowInParentheses() {
        assertEquals(List.of("2", "3"), sorted(Invariants.of("within three (3) years, two copies", Language.EN)));
        assertEquals(List.of("2", "3"), sorted(Invariants.of("dans les trois (3) ans, deux exemplaires", Language.FR)));
    }

    @Test
    void readsMonthsInEveryLanguageAndOnlyCapitalisedMayInEnglish() {
        assertEquals(List.of(1), Invariants.of("2023年1月のオタワ", Language.JA).months());
        assertEquals(List.of("2023"), Invariants.of("2023年1月のオタワ", Language.JA).numbers());
        assertEquals(List.of(1, 5), Invariants.of("in January 2023 they may meet in May", Language.EN).months());
        assertEquals(List.of(1), Invariants.of("en janvier 2023", Language.FR).months());
    }

    @Test
    void findsAcronymsAndAlphanumericNamesButNotEmphasisOrTitles() {
        assertEquals(List.of("MSP", "G7", "JCEPD"), Invariants.acronyms("the MSP, the G7 and the JCEPD (Canada)"));
        assertEquals(List.of("MSP"), Invariants.acronyms("HAVE REACHED the following understanding on the MSP"));
        assertEquals(List.of(), Invariants.acronyms("MEMORANDUM OF COOPERATION BETWEEN JAPAN AND CANADA"));
        assertEquals(List.of("MSP"), Invariants.acronyms("鉱物安全保障パートナーシップ（MSP）"));
        assertEquals(List.of(), Invariants.acronyms("SIGNED in Tokyo by Canada"));
    }

    /** Numbers are compared as multisets: their order carries nothing. */
    private static List<String> sorted(Invariants.Stated stated) {
        return stated.numbers().stream().sorted().toList();
    }
}
