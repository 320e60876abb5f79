package org.clausealign.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clausealign.InputException;
import org.junit.jupiter.api.Test;

/** Words, phrases, filters, AND/OR/NOT and brackets combine freely; mistakes are told in the user's terms. */
class QueryLanguageTest {
    private static final ClauseIndex index = MocIndex.shared();

    private static List<SearchHit> all(String query) {
        return index.search(query, new SearchOptions(null, 500, false)).hits();
    }

    @Test
    void filtersCombineWithOperators() {
        List<SearchHit> japaneseItems = all("clause:2.c.* AND lang:ja");
        // 2(c) has items (i) to (x), each in Japanese once.
        assertEquals(10, japaneseItems.size(), japaneseItems.stream().map(SearchHit::clause).toList().toString());
        assertTrue(japaneseItems.stream().allMatch(h -> h.clause().startsWith("2.c.") && h.language().code().equals("ja")));
        List<SearchHit> notEnglish = all("NOT lang:en batteries");
        assertFalse(notEnglish.isEmpty());
        assertTrue(notEnglish.stream().noneMatch(h -> h.language().code().equals("en")),
                notEnglish.stream().map(h -> h.clause() + ":" + h.language()).toList().toString());
        List<SearchHit> either = all("(clause:5.a OR clause:2(c)(vii)) AND lang:fr");
        assertEquals(List.of("2.c.vii", "5.a"), either.stream().map(SearchHit::clause).sorted().toList());
        assertEquals("2.c.viii", index.search("recycling AND (footprint OR lithium) AND NOT lang:fr",
                SearchOptions.DEFAULTS).hits().get(0).clause());
    }

    @Test
    void aColonAfterAnOrdinaryWordIsPartOfTheWords() {
        assertEquals("2.c.viii", index.search("note: recycling", SearchOptions.DEFAULTS).hits().get(0).clause());
        assertFalse(index.search("batteries [ja] 600/year", SearchOptions.DEFAULTS).hits().isEmpty());
    }

    @Test
    void mistakesNameTheCharacterAndWhatToDo() {
        assertEquals("query: the bracket ( at character 1 is never closed; add a ) or remove it", error("(lithium OR cobalt"));
        assertEquals("query: the bracket ) at character 8 closes no bracket; remove it or add a ( before it",
                error("lithium) AND cobalt"));
        assertEquals("query: the quote \" at character 9 is never closed; add a closing \" or remove it",
                error("lithium \"rare earth"));
        assertEquals("query: OR at character 1 has nothing before it; put a word before it or remove it", error("OR lithium"));
        assertEquals("query: AND at character 10 has nothing after it; put a word after it or remove it",
                error("(lithium AND) cobalt"));
        assertEquals("query: NOT at character 9 has nothing after it; put a word after it or remove it", error("lithium NOT"));
        assertEquals("query: lang: at character 9 has no value; write it with one, e.g. lang:ja", error("lithium lang:"));
        assertEquals("query: has lang:de, but the languages are ja, en and fr", error("lithium lang:de"));
        String unreadable = error("lithium +");
        assertTrue(unreadable.startsWith("query: cannot be read"), unreadable);
        assertFalse(unreadable.contains("Encountered") || unreadable.contains("lexical"), unreadable);
    }

    private static String error(String query) {
        return assertThrows(InputException.class, () -> index.search(query, SearchOptions.DEFAULTS)).getMessage();
    }

    @Test
    void aQueryThatFindsNothingSuggestsTheNearestWordsTheIndexHolds() {
        SearchResults none = index.search("Indigneous AND peuples", SearchOptions.DEFAULTS);
        assertEquals(java.util.Optional.of("Indigenous AND peuples"), none.suggestion());
        assertTrue(index.search("Indigneous~", SearchOptions.DEFAULTS).hits().stream().anyMatch(h -> h.clause().equals("2.c.v")));
        assertEquals(java.util.Optional.empty(), index.search("xqzvw", SearchOptions.DEFAULTS).suggestion());
    }
}
