package org.clausealign.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clausealign.lang.Language;
import org.clausealign.search.SearchHit;
import org.clausealign.search.SearchResults;
import org.junit.jupiter.api.Test;

class SearchTextTest {
    private static final SearchHit HIT = new SearchHit("moc", "recital.9", "Recital 9", Language.EN, 3.5f,
            "to secure 600 gigawatt hours by 2030 in the MSP",
            "to secure <b>600</b> <b>gigawatt</b> hours by 2030 in the <b>MSP</b>",
            Map.of(Language.EN, "to secure 600 gigawatt hours by 2030 in the MSP",
                    Language.JA, "２０３０年までに６００ＧＷｈをＭＳＰで確保",
                    Language.FR, "600 gigawattheures d’ici 2030 dans le MSP"));

    @Test
    void theCounterpartsOfMarkedNumbersAndAcronymsAreMarkedInTheOtherVersions() {
        String text = SearchFormat.text(new SearchResults("600 gigawatt MSP", Optional.of(Language.EN), List.of(HIT)), false);
        assertEquals("""
                1. moc  Recital 9  [en, score 3.50]
                   en  to secure [600] [gigawatt] hours by 2030 in the [MSP]
                   ja  ２０３０年までに[６００]ＧＷｈを[ＭＳＰ]で確保
                   fr  [600] gigawattheures d’ici 2030 dans le [MSP]

                """, text);
    }

    @Test
    void aNumberTheQueryStatesInKanjiIsMarkedInEveryVersion() {
        SearchHit unmarked = new SearchHit(HIT.doc(), HIT.clause(), HIT.label(), Language.JA, 1f,
                HIT.aligned().get(Language.JA), HIT.aligned().get(Language.JA), HIT.aligned());
        String text = SearchFormat.text(new SearchResults("二千三十年", Optional.of(Language.JA), List.of(unmarked)), false);
        assertTrue(text.contains("   ja  [２０３０]年までに"), text);
        assertTrue(text.contains("   en  to secure 600 gigawatt hours by [2030] in"), text);
    }

    @Test
    void theWordsThatRenderTheMatchesAreMarkedWholeWhereverTheyStand() {
        SearchHit hit = new SearchHit("moc", "2.c.viii", "2(c)(viii)", Language.EN, 1f, "carbon footprints and recycling",
                "carbon footprints and <b>recycling</b>",
                Map.of(Language.EN, "carbon footprints and recycling",
                        Language.JA, "カーボンフットプリント及びリサイクル等",
                        Language.FR, "recyclages, l'empreinte carbone et au recyclage"),
                "", "", Map.of(Language.JA, List.of("リサイクル"), Language.FR, List.of("recyclage")));
        assertEquals("""
                1. moc  2(c)(viii)  [en, score 1.00]
                   en  carbon footprints and [recycling]
                   ja  カーボンフットプリント及び[リサイクル]等
                   fr  recyclages, l'empreinte carbone et au [recyclage]

                """, SearchFormat.text(new SearchResults("recycling", Optional.of(Language.EN), List.of(hit)), false));
    }

    @Test
    void longClausesWrapUnderThemselvesCountingWideCharactersTwice() {
        // 30 columns leave 23 for the text: "hours by 2030 in the MSP" is 24, ２０３０年までに６００ is 22.
        String text = SearchFormat.text(new SearchResults("gigawatt", Optional.of(Language.EN), List.of(HIT)), false, 30);
        assertEquals("""
                1. moc  Recital 9  [en, score 3.50]
                   en  to secure [600] [gigawatt]
                       hours by 2030 in the
                       [MSP]
                   ja  ２０３０年までに[６００]
                       ＧＷｈを[ＭＳＰ]で確保
                   fr  [600] gigawattheures
                       d’ici 2030 dans le [MSP]

                """, text);
    }

    @Test
    void aQueryThatFindsNothingMaySuggestAnother() {
        assertEquals("No clause matches Indigneous. Did you mean: Indigenous\n", SearchFormat.text(
                new SearchResults("Indigneous", Optional.empty(), List.of(), Optional.of("Indigenous")), false));
    }

    @Test
    void aHitShowsItsCaptionAndWhereItIsInItsFileInTextAndJson() {
        SearchHit placed = new SearchHit("act.*.xml", "6.2", "6(2)", Language.EN, 2f, "The first credit of earned remission",
                "The first credit of earned <b>remission</b>", Map.of(Language.EN, "The first credit of earned remission"),
                "Computing remission credits", "lims:id 397062");
        SearchResults results = new SearchResults("remission", Optional.of(Language.EN), List.of(placed));
        assertTrue(SearchFormat.text(results, false).startsWith(
                "1. act.*.xml  6(2)  Computing remission credits  (lims:id 397062)  [en, score 2.00]\n"));
        assertTrue(SearchFormat.json(results).contains("{\"doc\":\"act.*.xml\",\"clause\":\"6.2\",\"label\":\"6(2)\","
                + "\"caption\":\"Computing remission credits\",\"origin\":\"lims:id 397062\",\"language\":\"en\","));
        assertTrue(!SearchFormat.json(new SearchResults("600", Optional.of(Language.EN), List.of(HIT))).contains("origin"));
    }
}
