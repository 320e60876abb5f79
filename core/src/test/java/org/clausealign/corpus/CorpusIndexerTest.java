package org.clausealign.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.clausealign.InputException;
import org.clausealign.ReadOptions;
import org.clausealign.lang.Language;
import org.clausealign.search.ClauseIndex;
import org.clausealign.search.SearchHit;
import org.clausealign.search.SearchOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusIndexerTest {
    @TempDir
    Path dir;

    @Test
    void everyCommitHoldsWhatItReportsAndUnreadableDocumentsAreNamed() throws Exception {
        List<DocumentFiles> documents = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Path file = dir.resolve("doc" + i + ".txt");
            Files.writeString(file, "1. Objective " + i + "\n(a) Cooperation on lithium, batch " + i + ".\n");
            documents.add(new DocumentFiles(file.toString(), List.of(file), List.of()));
        }
        Path binary = Files.write(dir.resolve("image.txt"), new byte[] {0, 1, 2, 3});
        documents.add(20, new DocumentFiles(binary.toString(), List.of(binary), List.of()));
        List<String> failures = new CopyOnWriteArrayList<>();
        List<String> broken = new ArrayList<>();
        List<Integer> reported = new ArrayList<>();
        try (ClauseIndex index = ClauseIndex.inMemory()) {
            CorpusIndexer.Progress last = CorpusIndexer.index(index, documents, ReadOptions.DEFAULTS,
                    new CorpusIndexer.Settings(3, Duration.ZERO), new CorpusIndexer.Listener() {
                        @Override
                        public void committed(CorpusIndexer.Progress committed) {
                            reported.add(committed.indexed());
                            // Each document has two clauses; the commit may hold more than counted, never fewer.
                            if (index.clauseCount() < 2 * committed.indexed()) {
                                broken.add(index.clauseCount() + " clauses for " + committed.indexed() + " documents");
                            }
                        }

                        @Override
                        public void failed(DocumentFiles document, InputException reason) {
                            failures.add(reason.getMessage());
                        }
                    });
            assertEquals(new CorpusIndexer.Progress(40, 1, 41, last.nanos()), last);
            assertEquals(80, index.clauseCount());
            assertEquals(10, index.search("lithium", SearchOptions.DEFAULTS.withLimit(10)).hits().size());
        }
        assertEquals(List.of(), broken);
        assertEquals(List.of(binary + ": is a binary file, not text"), failures);
        assertTrue(reported.size() > 1, "commits as documents come, not only at the end: " + reported);
        assertEquals(40, reported.get(reported.size() - 1));
    }

    @Test
    void aFolderOfAPdfAWordFileAndAWebPageIndexesAsOneDocumentWhoseHitsCarryAllThreeVersions() throws Exception {
        Path formats = Path.of("../testdata/formats");
        Files.copy(formats.resolve("moc-ja.pdf"), dir.resolve("moc.ja.pdf"));
        Files.copy(formats.resolve("moc-en.docx"), dir.resolve("moc.en.docx"));
        Files.copy(formats.resolve("moc-fr.html"), dir.resolve("moc.fr.html"));
        List<DocumentFiles> documents = Corpus.list(List.of(dir), List.of(), Set.of()).documents();
        try (ClauseIndex index = ClauseIndex.inMemory()) {
            CorpusIndexer.Progress done = CorpusIndexer.index(index, documents, ReadOptions.DEFAULTS,
                    new CorpusIndexer.Settings(1, Duration.ZERO), new CorpusIndexer.Listener() {
                        @Override
                        public void committed(CorpusIndexer.Progress committed) {}

                        @Override
                        public void failed(DocumentFiles document, InputException reason) {
                            throw new AssertionError(reason);
                        }
                    });
            assertEquals(1, done.indexed());
            List<SearchHit> hits = new ArrayList<>(index.search("battery", SearchOptions.DEFAULTS.withLimit(5)).hits());
            hits.addAll(index.search("バッテリー", new SearchOptions(Language.JA, 5, false)).hits());
            hits.addAll(index.search("batteries", new SearchOptions(Language.FR, 5, false)).hits());
            assertEquals(Set.of(Language.JA, Language.EN, Language.FR),
                    hits.stream().map(SearchHit::language).collect(java.util.stream.Collectors.toSet()));
            for (SearchHit hit : hits) {
                assertEquals(dir.toRealPath().resolve("moc.*").toString(), hit.doc());
                assertEquals(Set.of(Language.JA, Language.EN, Language.FR), hit.aligned().keySet(), hit.clause());
                // Where the hit is in its file: a page of the PDF, a paragraph of the Word file, an element of the page.
                assertTrue(hit.origin().matches(switch (hit.language()) {
                    case JA -> "page \\d+";
                    case EN -> "paragraph \\d+";
                    case FR -> "#c-.+";
                }), hit.language() + " " + hit.origin());
            }
        }
    }
}
