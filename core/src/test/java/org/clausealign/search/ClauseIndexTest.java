package org.clausealign.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.clausealign.ClauseAlign;
import org.clausealign.InputException;
import org.clausealign.TestData;
import org.clausealign.align.Alignment;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClauseIndexTest {
    private static final Alignment MOC = ClauseAlign.align(ClauseAlign.read(TestData.moc()));

    @TempDir
    Path dir;

    private static Alignment english(String text) {
        return ClauseAlign.align(ClauseAlign.parse(text, "en.txt", List.of(Language.EN)));
    }

    private static List<String> clauses(SearchResults results) {
        return results.hits().stream().map(h -> h.doc() + ":" + h.clause() + ":" + h.language().code()).toList();
    }

    @Test
    void aHitCarriesTheAlignedVersionsOfItsGroup() {
        try (ClauseIndex index = ClauseIndex.inMemory()) {
            index.add("moc", MOC);
            index.commit();
            assertEquals(3 * 67, index.clauseCount());
            SearchHit hit = index.search("peuples autochtones", SearchOptions.DEFAULTS).hits().get(0);
            assertEquals("2.c.v", hit.clause());
            assertEquals("2(c)(v)", hit.label());
            assertEquals(Language.FR, hit.language());
            assertTrue(hit.snippet().contains("<b>peuples</b> <b>autochtones</b>"), hit.snippet());
            assertEquals(Map.of(Language.JA, MOC.group("2.c.v").orElseThrow().text(Language.JA),
                    Language.EN, MOC.group("2.c.v").orElseThrow().text(Language.EN),
                    Language.FR, MOC.group("2.c.v").orElseThrow().text(Language.FR)), hit.aligned());
        }
    }

    @Test
    void hitsOfOneGroupCountOnceUnlessAllAreAskedFor() {
        try (ClauseIndex index = ClauseIndex.inMemory()) {
            index.add("moc", MOC);
            index.commit();
            // MSP is written in the Japanese and English versions (the French says PSM).
            assertEquals(List.of("moc:recital.12:en"), clauses(index.search("MSP", SearchOptions.DEFAULTS.withLimit(1))));
            SearchResults all = index.search("MSP", new SearchOptions(null, 10, false));
            assertTrue(clauses(all).containsAll(List.of("moc:recital.12:en", "moc:recital.12:ja")), clauses(all).toString());
        }
    }

    @Test
    void filtersNarrowByDocumentLanguageAndClause() {
        try (ClauseIndex index = ClauseIndex.inMemory()) {
            index.add("moc", MOC);
            index.add("other", english("1. Objective\n(a) Research on batteries and their recycling.\n"));
            index.commit();
            assertEquals(List.of("moc:2.c.vii:en"), clauses(index.search("research clause:2.c.*", SearchOptions.DEFAULTS)));
            assertEquals(List.of("moc:2.c.vii:en"), clauses(index.search("research clause:2(c)(vii)", SearchOptions.DEFAULTS)));
            assertEquals(List.of("moc:2.c.v:ja"), clauses(index.search("先住民族 lang:JA", SearchOptions.DEFAULTS)));
            assertEquals(List.of("other:1.a:en"), clauses(index.search("research doc:oth*", SearchOptions.DEFAULTS)));
            assertTrue(clauses(index.search("batteries lang:fr", SearchOptions.DEFAULTS)).stream()
                    .allMatch(c -> c.endsWith(":fr")));
        }
    }

    @Test
    void booleanOperatorsPhrasesAndPrefixesWork() {
        try (ClauseIndex index = ClauseIndex.inMemory()) {
            index.add("moc", MOC);
            index.commit();
            assertEquals("5.a", index.search("\"non-disclosure agreements\"", SearchOptions.DEFAULTS).hits().get(0).clause());
            assertEquals(List.of(), clauses(index.search("recycling AND lithium", SearchOptions.DEFAULTS)));
            assertEquals("2.c.viii", index.search("recycl*", SearchOptions.DEFAULTS).hits().get(0).clause());
            assertFalse(clauses(index.search("recycling NOT footprints", SearchOptions.DEFAULTS)).contains("moc:2.c.viii:en"));
            List<String> without = clauses(index.search("NOT Indigenous", new SearchOptions(Language.EN, 500, false)));
            assertEquals(66, without.stream().filter(c -> c.endsWith(":en")).count(), without.toString());
        }
    }

    @Test
    void badQuerySyntaxIsOneClearSentence() {
        try (ClauseIndex index = ClauseIndex.inMemory()) {
            InputException e = assertThrows(InputException.class, () -> index.search("recycling AND", SearchOptions.DEFAULTS));
            assertEquals("query: AND at character 11 has nothing after it; put a word after it or remove it", e.getMessage());
            InputException tooLong = assertThrows(InputException.class,
                    () -> index.search("minerals ".repeat(3000), SearchOptions.DEFAULTS));
            assertTrue(tooLong.getMessage().startsWith("query: is too long"), tooLong.getMessage());
            assertEquals("query: has lang:xx, but the languages are ja, en and fr", assertThrows(InputException.class,
                    () -> index.search("batteries lang:xx", SearchOptions.DEFAULTS)).getMessage());
            assertEquals("query: is empty", assertThrows(InputException.class,
                    () -> index.search("  ", SearchOptions.DEFAULTS)).getMessage());
        }
    }

    @Test
    void theQueryLanguageIsDetectedFromScriptThenFunctionWords() {
        assertEquals(Language.JA, QueryBuilder.detect("先住民族"));
        assertEquals(Language.EN, QueryBuilder.detect("the supply of batteries"));
        assertEquals(Language.FR, QueryBuilder.detect("les chaînes d'approvisionnement"));
        assertEquals(null, QueryBuilder.detect("batteries"));
    }

    @Test
    void indexingAFileAgainReplacesItAndDeletingRemovesIt() {
        try (ClauseIndex index = ClauseIndex.open(dir)) {
            index.add("doc", english("1. Objective\n(a) Cooperation on lithium.\n"));
            index.commit();
            assertEquals(2, index.clauseCount());
            index.add("doc", english("1. Objective\n(a) Cooperation on cobalt.\n(b) And nickel.\n"));
            index.commit();
            assertEquals(3, index.clauseCount());
            assertEquals(List.of(), clauses(index.search("lithium", SearchOptions.DEFAULTS)));
            assertEquals(List.of("doc:1.a:en"), clauses(index.search("cobalt", SearchOptions.DEFAULTS)));
            index.delete("doc");
            index.commit();
            assertEquals(0, index.clauseCount());
        }
    }

    @Test
    void anIndexInAnOlderFormatIsRefusedAndLeftUnlocked() throws Exception {
        // An index as the first clausealign wrote it: Lucene, but no format in its commits.
        try (var directory = org.apache.lucene.store.FSDirectory.open(dir);
                var writer = new org.apache.lucene.index.IndexWriter(directory,
                        new org.apache.lucene.index.IndexWriterConfig())) {
            writer.addDocument(new org.apache.lucene.document.Document());
            writer.commit();
        }
        String expected = dir + ": holds an index in another format (1; this clausealign reads and writes 7); "
                + "delete the folder and index the files again";
        assertEquals(expected, assertThrows(InputException.class, () -> ClauseIndex.open(dir)).getMessage());
        assertEquals(expected, assertThrows(InputException.class, () -> ClauseIndex.openForSearch(dir)).getMessage());
        assertEquals(expected, assertThrows(InputException.class, () -> ClauseIndex.open(dir)).getMessage());
    }

    @Test
    void aSingleKanjiIsFoundInsideCompoundsAndAMixedPhraseStaysAPhrase() {
        try (ClauseIndex index = ClauseIndex.inMemory()) {
            index.add("moc", MOC);
            index.commit();
            // 鉱 stands only inside 鉱物 and 重要鉱物 in the MOC.
            SearchResults kanji = index.search("鉱", new SearchOptions(null, 100, false));
            assertTrue(kanji.hits().size() >= 5 && kanji.hits().stream().allMatch(h -> h.text().contains("鉱")),
                    kanji.hits().toString());
            // "MSP" and 協力 both occur, never side by side.
            assertEquals(List.of(), index.search("\"MSP協力\"", SearchOptions.DEFAULTS).hits());
        }
    }

    @Test
    void anIndexKeepsItsFormatAcrossCommits() {
        try (ClauseIndex index = ClauseIndex.open(dir)) {
            index.add("moc", MOC);
            index.commit();
        }
        try (ClauseIndex again = ClauseIndex.open(dir)) {
            assertTrue(again.clauseCount() > 0);
        }
    }

    @Test
    void aSecondWriterIsToldTheIndexIsLocked() {
        try (ClauseIndex first = ClauseIndex.open(dir)) {
            InputException e = assertThrows(InputException.class, () -> ClauseIndex.open(dir));
            assertEquals(dir + ": index is locked by another process (is another clausealign index running?)", e.getMessage());
            // A searcher takes no lock.
            try (ClauseIndex reader = ClauseIndex.openForSearch(dir)) {
                assertEquals(0, reader.clauseCount());
            }
        }
    }

    @Test
    void searchesRunWhileAnotherThreadIndexesAndSeeOnlyCommits() throws Exception {
        try (ClauseIndex index = ClauseIndex.open(dir)) {
            index.add("moc", MOC);
            index.commit();
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService threads = Executors.newFixedThreadPool(4);
            List<Future<Integer>> searches = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                searches.add(threads.submit(() -> {
                    int runs = 0;
                    while (writing.get() || runs < 20) {
                        SearchResults results = index.search("Indigenous peoples", SearchOptions.DEFAULTS);
                        if (!results.hits().get(0).clause().equals("2.c.v")) {
                            throw new AssertionError("lost the MOC during indexing: " + clauses(results));
                        }
                        int count = index.clauseCount();
                        if (count % 2 != 1) {
                            // 201 MOC clauses plus whole two-clause documents: never a half-added one.
                            throw new AssertionError("saw an uncommitted half document: " + count);
                        }
                        runs++;
                    }
                    return runs;
                }));
            }
            for (int d = 0; d < 50; d++) {
                index.add("doc" + d, english("1. Objective\n(a) Cooperation number " + d + " on cobalt.\n"));
                if (d % 5 == 4) {
                    index.commit();
                }
            }
            index.commit();
            writing.set(false);
            for (Future<Integer> search : searches) {
                assertTrue(search.get(60, TimeUnit.SECONDS) >= 20);
            }
            threads.shutdown();
            assertEquals(201 + 100, index.clauseCount());
        }
    }

    @Test
    void documentsWithoutOtherVersionsAreSearchedAlongside() {
        try (ClauseIndex index = ClauseIndex.inMemory()) {
            index.add("moc", MOC);
            index.add("news", ClauseAlign.align(ClauseAlign.read(TestData.path("news/002_36e33636a7e80b9b.txt"))));
            index.commit();
            SearchHit news = index.search("Nishimura", SearchOptions.DEFAULTS).hits().get(0);
            assertEquals("news", news.doc());
            assertEquals(List.of(Language.EN), List.copyOf(news.aligned().keySet()));
        }
    }

    @Test
    void aLongDocumentIsIndexedWholeAndReplacedWhole() {
        StringBuilder text = new StringBuilder();
        for (int section = 1; section <= 250; section++) {
            text.append(section).append(". Section ").append(section).append('\n');
            for (char item = 'a'; item <= 'i'; item++) {
                text.append('(').append(item).append(") Cooperation item ").append(item).append(" of section ")
                        .append(section).append(".\n");
            }
        }
        Alignment alignment = english(text.toString());
        assertEquals(2_500, alignment.groups().size());
        try (ClauseIndex index = ClauseIndex.open(dir)) {
            index.add("long", alignment);
            index.commit();
            assertEquals(2_500, index.clauseCount());
            assertEquals("long:137.f:en", clauses(index.search("\"item f of section 137\"", SearchOptions.DEFAULTS)).get(0));
            index.add("long", alignment);
            index.commit();
            assertEquals(2_500, index.clauseCount());
        }
    }
}
