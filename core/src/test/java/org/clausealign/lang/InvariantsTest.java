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
    void compoundNumberWordsReadWholeAndEachLanguageOnlyItsOwnWords() {
        // A period of ninety days: quatre-vingt-dix is 90, not 4, 20 and 10.
        assertEquals(List.of("90"), Invariants.of("une période de quatre-vingt-dix jours", Language.FR).numbers());
        assertEquals(List.of("91"), Invariants.of("within ninety-one days", Language.EN).numbers());
        // "Seize" is an English verb and the French sixteen.
        assertEquals(List.of(), Invariants.of("the inspector may seize any article", Language.EN).numbers());
        assertEquals(List.of("16"), Invariants.of("dans les seize jours", Language.FR).numbers());
    }

    @Test
    void readsMonthsInEveryLanguageAndOnlyCapitalisedMayInEnglish() {
        assertEquals(List.of(1), Invariants.of("2023年1月のオタワ", Language.JA).months());
        assertEquals(List.of("2023"), Invariants.of("2023年1月のオタワ", Language.JA).numbers());
        assertEquals(List.of(1, 5), Invariants.of("in January 2023 they may meet in May", Language.EN).months());
        assertEquals(List.of(1), Invariants.of("en janvier 2023", Language.FR).months());
    }

    @Test
    void readsKanjiNumeralsThatCountSomething() {
        Invariants.Stated stated = Invariants.of("本覚書は二通作成され、二千三十年までに十五パーセントを三年以内に", Language.JA);
        assertEquals(List.of("15", "2", "2030", "3"), sorted(stated));
        assertEquals(List.of(3, 12), Invariants.of("令和五年三月一日及び十二月", Language.JA).months());
    }

    @Test
    void kanjiNumeralsInsideWordsAreNotNumbers() {
        assertEquals(List.of(), Invariants.of("二国間協力を一層推進し、一体的な投資を確保する", Language.JA).numbers());
        assertEquals(List.of(), Invariants.of("一人一人の権利", Language.JA).numbers());
    }

    @Test
    void aKanjiDecimalIsOneNumber() {
        assertEquals(List.of("3.5"), Invariants.of("三・五トンの", Language.JA).numbers());
    }

    @Test
    void perCentIsAUnitNotAHundred() {
        assertEquals(List.of("20"), Invariants.of("by 20 per cent", Language.EN).numbers());
        assertEquals(List.of("20"), Invariants.of("de 20 pour cent", Language.FR).numbers());
        assertEquals(List.of("20"), Invariants.of("年率二十パーセント", Language.JA).numbers());
    }

    @Test
    void prefixedUnitsAreReadFromTheKiloUnitsNamesInEachLanguage() {
        assertEquals(List.of(new Invariants.Quantity("600", "gigawatt-hour")),
                Invariants.of("六百ギガワット時の", Language.JA).quantities());
        assertEquals(List.of(new Invariants.Quantity("3", "megawatt-hour")),
                Invariants.of("3 mégawattheures", Language.FR).quantities());
        assertEquals(List.of(new Invariants.Quantity("5", "kilowatt-hour")),
                Invariants.of("5 kilowatts-heures", Language.FR).quantities());
    }

    @Test
    void aLongRunOfLettersAfterANumberIsReadOnlyAsFarAsAUnitNameGoes() {
        String run = "1" + "あ".repeat(200_000);
        assertEquals(List.of(), Invariants.of(run, Language.JA).quantities());
    }

    @Test
    void readsOneUnitFromSymbolsAndNamesInEveryLanguage() {
        Invariants.Quantity gwh = new Invariants.Quantity("600", "gigawatt-hour");
        assertEquals(List.of(gwh), Invariants.of("日本産業が世界市場で600GWh/年の製造能力を", Language.JA).quantities());
        assertEquals(List.of(gwh), Invariants.of("capacity of 600 gigawatt hours per year", Language.EN).quantities());
        assertEquals(List.of(gwh), Invariants.of("capacité de 600 gigawattheures par an", Language.FR).quantities());
        Invariants.Quantity percent = new Invariants.Quantity("20", "percent");
        assertEquals(List.of(percent), Invariants.of("年率20%以上の成長", Language.JA).quantities());
        assertEquals(List.of(percent), Invariants.of("by 20 per cent", Language.EN).quantities());
        assertEquals(List.of(percent), Invariants.of("de 20 pour cent", Language.FR).quantities());
    }

    @Test
    void numbersWithoutUnitsOrBeforeOrdinaryWordsHaveNoQuantity() {
        assertEquals(List.of(), Invariants.of("by 2030 in the global market, 5 in all", Language.EN).quantities());
        assertEquals(List.of(), Invariants.of("2030年までに", Language.JA).quantities());
        assertEquals(List.of(), Invariants.of("the following 3 points and 2 items", Language.EN).quantities());
        assertEquals(List.of(), Invariants.of("会合を2度", Language.JA).quantities());
    }

    @Test
    void unitsConflictAcrossMeasuresAndScalesButNotAcrossCustoms() {
        Invariants.Quantity gwh = new Invariants.Quantity("600", "gigawatt-hour");
        assertEquals(true, gwh.unitConflicts(new Invariants.Quantity("600", "megawatt-hour")));
        assertEquals(true, gwh.unitConflicts(new Invariants.Quantity("600", "percent")));
        assertEquals(false, gwh.unitConflicts(gwh));
        assertEquals(false, new Invariants.Quantity("3", "ton").unitConflicts(new Invariants.Quantity("3", "tonne")));
    }

    @Test
    void quantitiesAreWrittenWithTheUsualEnglishSymbols() {
        assertEquals("600 GWh", new Invariants.Quantity("600", "gigawatt-hour").written());
        assertEquals("600 MWh", new Invariants.Quantity("600", "megawatt-hour").written());
        assertEquals("3 kWh", new Invariants.Quantity("3", "kilowatt-hour").written());
        assertEquals("15%", new Invariants.Quantity("15", "percent").written());
        assertEquals("3.5 t", new Invariants.Quantity("3.5", "tonne").written());
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
