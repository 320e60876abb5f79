package org.clausealign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexSearchCommandTest {
    @TempDir
    Path dir;

    @Test
    void indexesAFolderAndFindsAClauseWithItsTranslations() throws IOException {
        String index = dir.resolve("index").toString();
        CliRun indexed = CliRun.of("index", CliRun.testdata("moc/000_220169e4c12b3807.txt"), CliRun.testdata("news"),
                "--index", index);
        assertEquals(0, indexed.status(), indexed.err());
        assertTrue(indexed.err().contains("indexed 5 documents"), indexed.err());
        CliRun search = CliRun.of("search", "Indigenous", "peoples", "--index", index, "--limit", "1");
        assertEquals(0, search.status(), search.err());
        assertTrue(search.out().startsWith("1. " + Path.of(CliRun.testdata("moc/000_220169e4c12b3807.txt")).toRealPath()
                + "  2(c)(v)  [en, score "),
                search.out());
        assertTrue(search.out().contains("with [Indigenous] [peoples] in Canada"), search.out());
        assertTrue(search.out().contains("\n   ja  日本の投資家が関心を持っている"), search.out());
        assertTrue(search.out().contains("\n   fr  promouvoir des relations constructives avec les peuples autochtones"),
                search.out());
        assertEquals("No clause matches Indigneous. Did you mean: Indigenous\n",
                CliRun.of("search", "Indigneous", "--index", index).out());
        CliRun combined = CliRun.of("search", "clause:2.c.*", "AND", "lang:ja", "--index", index, "--limit", "20");
        assertEquals(0, combined.status(), combined.err());
        assertEquals(10, combined.out().split("  \\[ja, score ").length - 1, combined.out());
        CliRun json = CliRun.of("search", "先住民族", "--index", index, "--format", "json");
        assertTrue(json.out().startsWith("{\"query\":\"先住民族\",\"language\":\"ja\",\"hits\":[\n{\"doc\":"), json.out());
        assertTrue(json.out().contains("\"clause\":\"2.c.v\",\"label\":\"2(c)(v)\",\"language\":\"ja\""), json.out());
    }

    @Test
    void aGlossaryMarksTheAgreedRenderingsOfWhatWasFoundAndAMissingOneIsBadInput() {
        String index = dir.resolve("index").toString();
        assertEquals(0, CliRun.of("index", CliRun.testdata("moc/000_220169e4c12b3807.txt"), "--index", index).status());
        CliRun search = CliRun.of("search", "先住民族", "--index", index, "--limit", "1",
                "--glossary", CliRun.testdata("check/glossary.tsv"));
        assertEquals(0, search.status(), search.err());
        assertTrue(search.out().contains("カナダの[先住民族]との"), search.out());
        assertTrue(search.out().contains("relationships with [Indigenous peoples] in Canada"), search.out());
        assertTrue(search.out().contains("relations constructives avec les [peuples autochtones] du Canada"), search.out());
        CliRun missing = CliRun.of("search", "先住民族", "--index", index, "--glossary", dir.resolve("none.tsv").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("none.tsv: no such glossary file"), missing.err());
    }

    @Test
    void aFolderOfAPdfAWordFileAndAWebPageIsOneDocumentAndItsHitsSayWhereTheyAre() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("moc"));
        Files.copy(Path.of(CliRun.testdata("formats/moc-ja.pdf")), folder.resolve("moc.ja.pdf"));
        Files.copy(Path.of(CliRun.testdata("formats/moc-en.docx")), folder.resolve("moc.en.docx"));
        Files.copy(Path.of(CliRun.testdata("formats/moc-fr.html")), folder.resolve("moc.fr.html"));
        String index = dir.resolve("index").toString();
        CliRun indexed = CliRun.of("index", folder.toString(), "--index", index);
        assertEquals(0, indexed.status(), indexed.err());
        assertTrue(indexed.err().contains("indexed 1 document ("), indexed.err());
        CliRun json = CliRun.of("search", "clause:2.c.v", "AND", "lang:en", "--index", index, "--format", "json");
        assertEquals(0, json.status(), json.err());
        assertTrue(json.out().contains("{\"doc\":\"" + folder.toRealPath().resolve("moc.*") + "\",\"clause\":\"2.c.v\","
                + "\"label\":\"2(c)(v)\",\"origin\":\"paragraph "), json.out());
        assertTrue(json.out().contains("\"aligned\":{\"ja\":"), json.out());
        assertTrue(json.out().contains("\"fr\":\"promouvoir des relations constructives"), json.out());
    }

    @Test
    void unreadableFilesAreSkippedAndReported() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(folder.resolve("good.txt"), "1. Objective\n(a) Cooperation on lithium.\n");
        Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {0, 1, 2, 3});
        Files.write(folder.resolve("bad.bin"), new byte[] {0, 1, 2, 3});
        Files.writeString(folder.resolve(".hidden.txt"), "1. Hidden\n");
        Files.createSymbolicLink(folder.resolve("gone.txt"), folder.resolve("moved-away.txt"));
        CliRun run = CliRun.of("index", folder.toString(), bad.toString(), "--index", dir.resolve("index").toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("clausealign: skipped " + folder.resolve("gone.txt") + ": a broken link"), run.err());
        assertTrue(run.err().contains("clausealign: skipped " + bad.toRealPath() + ": is a binary file, not text"),
                run.err());
        assertTrue(run.err().contains("indexed 1 document ("), run.err());
        assertTrue(run.err().contains("2 skipped; 1 other file (data, code, outputs) left out"), run.err());
    }

    @Test
    void aBrokenLinkAloneMakesTheRunBadInputWhileTheGoodFileIsIndexed() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("linked"));
        Files.writeString(folder.resolve("good.txt"), "1. Objective\n(a) Cooperation on lithium.\n");
        Files.createSymbolicLink(folder.resolve("gone.txt"), folder.resolve("moved-away.txt"));
        String index = dir.resolve("index").toString();
        CliRun run = CliRun.of("index", folder.toString(), "--index", index);
        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().contains("1 skipped"), run.err());
        CliRun search = CliRun.of("search", "lithium", "--index", index);
        assertEquals(0, search.status(), search.err());
        assertTrue(search.out().contains("good.txt"), search.out());
    }

    @Test
    void aFolderOfPerLanguageFilesIsIndexedAsOneDocumentWithEveryVersionOnEachHit() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("corpus"));
        for (String language : new String[] {"ja", "en", "fr"}) {
            Files.copy(Path.of(CliRun.testdata("moc/moc-" + language + ".txt")), folder.resolve("moc." + language + ".txt"));
        }
        String index = folder.resolve("clausealign-index").toString();
        CliRun indexed = CliRun.of("index", folder.toString(), "--index", index);
        assertEquals(0, indexed.status(), indexed.err());
        assertTrue(indexed.err().contains("indexed 1 document ("), indexed.err());
        CliRun search = CliRun.of("search", "research", "--index", index, "--limit", "3");
        String id = folder.toRealPath().resolve("moc.*.txt").toString();
        assertEquals(3, search.out().split(". " + id + "  ", -1).length - 1, search.out());
        for (String hit : search.out().split("\n\n")) {
            assertTrue(hit.contains("\n   ja  ") && hit.contains("\n   fr  "), hit);
        }
        // Run again in the same place: the index inside the folder is left out, and the document replaced.
        CliRun again = CliRun.of("index", folder.toString(), "--index", index);
        assertEquals(0, again.status(), again.err());
        assertTrue(again.err().contains("indexed 1 document ("), again.err());
        assertEquals(search.out(), CliRun.of("search", "research", "--index", index, "--limit", "3").out());
    }

    @Test
    void oneFileUnderTwoSpellingsIsOneDocument() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("a"));
        Files.writeString(folder.resolve("x.txt"), "1. Objective\n(a) Cooperation on lithium.\n");
        String index = dir.resolve("index").toString();
        assertEquals(0, CliRun.of("index", folder.resolve("x.txt").toString(), "--index", index).status());
        CliRun again = CliRun.of("index", dir.resolve("a/./x.txt").toAbsolutePath().toString(), "--index", index);
        assertTrue(again.err().contains("indexed 1 document (2 clauses in the index)"), again.err());
    }

    @Test
    void searchingWithoutAnIndexOrWithBadSyntaxIsBadInput() {
        Path missing = dir.resolve("none");
        assertEquals(new CliRun(2, "", "clausealign: " + missing + ": no index here; build one with 'clausealign index FILE...'\n"),
                CliRun.of("search", "lithium", "--index", missing.toString()));
        String index = dir.resolve("index").toString();
        CliRun.of("index", CliRun.testdata("moc/moc-en.txt"), "--index", index);
        CliRun bad = CliRun.of("search", "lithium AND", "--index", index);
        assertEquals(2, bad.status());
        assertEquals("clausealign: query: AND at character 9 has nothing after it; put a word after it or remove it\n",
                bad.err());
        assertEquals("", bad.out());
        CliRun huge = CliRun.of("search", "lithium", "--index", index, "--limit", "500000000");
        assertEquals(2, huge.status());
        assertTrue(huge.err().contains("--limit must be between 1 and 1,000 (it was 500,000,000)"), huge.err());
    }
}
