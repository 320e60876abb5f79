package org.clausealign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
    @TempDir
    Path dir;

    private static String[] ccBy(String... more) {
        String[] base = {"diff", "--old", CliRun.testdata("cc-by-4.0/ja.txt"), CliRun.testdata("cc-by-4.0/en.txt"),
            CliRun.testdata("cc-by-4.0/fr.txt"), "--new", CliRun.testdata("cc-by-nc-4.0/ja.txt"),
            CliRun.testdata("cc-by-nc-4.0/en.txt"), CliRun.testdata("cc-by-nc-4.0/fr.txt"), "--lang", "ja,en,fr"};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return args;
    }

    @Test
    void changesExitWithOneAndAreListedWithWordMarks() {
        CliRun run = CliRun.of(ccBy());
        assertEquals(1, run.status(), run.err());
        assertTrue(run.out().contains("(ja, en, fr): 3 renumbered, 6 modified, 1 added; stale translations: none.\n"), run.out());
        assertTrue(run.out().contains("\n1(i) → 1(j)  renumbered\n"), run.out());
        assertTrue(run.out().contains("\n  en  produce, reproduce, and Share Adapted Material{+ for NonCommercial purposes only+}.\n"),
                run.out());
        assertEquals("", run.err());
    }

    @Test
    void theJsonGoesWholeToTheOutputFile() throws IOException {
        Path out = dir.resolve("changes.json");
        CliRun run = CliRun.of(ccBy("--format", "json", "-o", out.toString()));
        assertEquals(1, run.status(), run.err());
        assertEquals("", run.out());
        String json = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\"old\":[\"" + CliRun.testdata("cc-by-4.0/ja.txt") + "\","), json);
        assertTrue(json.contains("\n{\"old\":null,\"new\":{\"id\":\"1.i\",\"label\":\"1(i)\"},\"status\":\"added\","
                + "\"languages\":{\"ja\":\"added\",\"en\":\"added\",\"fr\":\"added\"},\"stale\":[],\"redline\":{"), json);
        assertTrue(json.endsWith("]}\n"));
    }

    @Test
    void theSameTextOnBothSidesExitsWithZero() {
        CliRun run = CliRun.of("diff", "--old", CliRun.testdata("moc/moc-en.txt"), "--new", CliRun.testdata("moc/moc-en.txt"));
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("No changes: every clause ("), run.out());
    }

    @Test
    void theHtmlPageIsWritten() {
        CliRun run = CliRun.of("diff", "--old", CliRun.testdata("moc/moc-fr.txt"), "--new", CliRun.testdata("moc/moc-fr.txt"),
                "--format", "html");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("<!DOCTYPE html>") && run.out().endsWith("</html>\n"), run.out());
    }

    @Test
    void revisionsWithNoLanguageInCommonAreBadInput() {
        CliRun run = CliRun.of("diff", "--old", CliRun.testdata("moc/moc-en.txt"), "--new", CliRun.testdata("moc/moc-fr.txt"));
        assertEquals(2, run.status());
        assertEquals("clausealign: " + CliRun.testdata("moc/moc-fr.txt") + ": has no language version in common with "
                + CliRun.testdata("moc/moc-en.txt") + ", so there is nothing to compare\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void aVersionOnlyOneSideHasIsNamedAsNotCompared() {
        CliRun run = CliRun.of("diff", "--old", CliRun.testdata("moc/moc-en.txt"), CliRun.testdata("moc/moc-fr.txt"),
                "--new", CliRun.testdata("moc/moc-en.txt"));
        assertEquals(0, run.status(), run.err());
        assertEquals("clausealign: not compared: the old revision's fr version, which the other revision lacks.\n", run.err());
    }

    @Test
    void aMissingFileOrSideIsBadInputAndWritesNothing() {
        Path out = dir.resolve("out.json");
        Path missing = dir.resolve("missing.txt");
        CliRun run = CliRun.of("diff", "--old", missing.toString(), "--new", CliRun.testdata("moc/moc-en.txt"),
                "-o", out.toString());
        assertEquals(2, run.status());
        assertEquals("clausealign: " + missing + ": no such file\n", run.err());
        assertFalse(Files.exists(out));
        assertEquals(2, CliRun.of("diff", "--old", CliRun.testdata("moc/moc-en.txt")).status());
    }
}
