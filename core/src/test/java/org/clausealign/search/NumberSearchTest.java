package org.clausealign.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clausealign.lang.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numbers, units, dates and kanji numerals are searched as the checks read them: the MOC's ninth
 * recital states ６００ＧＷｈ, 600 gigawatt hours and 600 gigawattheures; its second, ２０５０年 and
 * 2050.
 */
class NumberSearchTest {
    private static final ClauseIndex index = MocIndex.shared();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'\"600 GWh\"'|recital.9",
        "600GWh|recital.9",
        "６００ＧＷｈ|recital.9",
        "600 gigawatt hours|recital.9",
        "'\"600 gigawatt hours\"'|recital.9",
        "600 gigawattheures|recital.9",
        "二千五十年|recital.2",
        "２０５０年|recital.2",
        "'\"600 GWh\" AND lang:ja'|recital.9",
    })
    void aQuantityOrYearFindsItsClauseInEveryWayOfWritingIt(String query, String clause) {
        List<String> top = index.search(query, SearchOptions.DEFAULTS.withLimit(3)).hits().stream()
                .map(SearchHit::clause).toList();
        assertTrue(top.contains(clause), query + " → " + top);
    }

    @ParameterizedTest
    @CsvSource({"JA,６００ＧＷｈ／年", "EN,600 gigawatt hours per year", "FR,600 gigawattheures par an"})
    void everyVersionOfAQuantityGivesTheSameTerm(Language language, String text) {
        assertTrue(List.of(NumberTerms.of(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC), language)
                .split(" ")).contains("600gigawatt-hour"), text);
    }
}
