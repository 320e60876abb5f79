package org.clausealign.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.clausealign.TestData;
import org.clausealign.check.Glossary;
import org.clausealign.format.SearchFormat;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;

/**
 * A hit's other versions mark the words that render what the query found: the MOC's 2(c)(viii)
 * says "recycling", リサイクル and "recyclage" once each, 3(a)(i) and 2(c)(iii) "investment", 投資 and
 * "investissement(s)".
 */
class CounterpartsTest {
    private static final ClauseIndex index = MocIndex.shared();

    @Test
    void aGlossaryTermTheHitUsesMarksItsAgreedRenderingsInTheOtherVersions() {
        Glossary glossary = new Glossary(List.of(Map.of(Language.JA, "リサイクル", Language.EN, "recycling", Language.FR, "recyclage")));
        SearchResults results = index.search("recycling", SearchOptions.DEFAULTS.withLimit(1).withGlossary(glossary));
        SearchHit hit = results.hits().get(0);
        assertEquals("2.c.viii", hit.clause());
        assertEquals(List.of("リサイクル"), hit.counterparts().get(Language.JA));
        assertTrue(hit.counterparts().get(Language.FR).contains("recyclage"), hit.counterparts().toString());
        String text = SearchFormat.text(results, false);
        assertTrue(text.contains("   ja  バッテリーの安全性並びにカーボンフットプリント及び[リサイクル]等の"), text);
        assertTrue(text.contains("l'empreinte carbone et au [recyclage];"), text);
    }

    @Test
    void withoutAGlossaryAWordUsedOnceFindsOnlyItsCognate() {
        SearchHit hit = index.search("recycling", SearchOptions.DEFAULTS.withLimit(1)).hits().get(0);
        assertEquals(Map.of(Language.FR, List.of("recyclage")), hit.counterparts());
    }

    @Test
    void theDocumentTeachesTheRenderingsOfAWordItUsesInSeveralClauses() {
        SearchHit hit = index.search("investment lang:en", SearchOptions.DEFAULTS.withLimit(1)).hits().get(0);
        assertEquals("3.a.i", hit.clause());
        assertEquals(List.of("投資"), hit.counterparts().get(Language.JA));
        assertEquals(List.of("l’investissement"), hit.counterparts().get(Language.FR));
    }

    @Test
    void aGlossaryFileMarksAMultiWordTermWhole() {
        Glossary glossary = Glossary.read(TestData.path("check/glossary.tsv"));
        SearchResults results = index.search("重要鉱物 clause:2.c.ii", SearchOptions.DEFAULTS.withGlossary(glossary));
        String text = SearchFormat.text(results, false);
        assertTrue(text.contains("including with respect to [critical minerals], based on"), text);
        assertTrue(text.contains("y compris en ce qui concerne les [minéraux critiques], sur la base"), text);
    }
}
