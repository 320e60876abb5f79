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

class SplitCommandTest {
    @TempDir
    Path dir;

    @Test
    void splitsTheCombinedMocIntoThreeVersionsAsJson() {
        CliRun run = CliRun.of("split", CliRun.testdata("moc/000_220169e4c12b3807.txt"), "--format", "json");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("{\"documents\":["), run.out());
        assertEquals(3, run.out().split("\\{\"language\":").length - 1);
        assertTrue(run.out().contains("{\"id\":\"2.c.vii\",\"label\":\"2(c)(vii)\",\"kind\":\"item\","
                + "\"text\":\"promoting research and development related to battery supply chains;\""), run.out());
        assertEquals("", run.err());
    }

    @Test
    void splitsOneFilePerLanguageInTheGivenOrder() {
        CliRun run = CliRun.of("split", CliRun.testdata("moc/moc-fr.txt"), CliRun.testdata("moc/moc-en.txt"),
                "--lang", "fr,en");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("== fr  "), run.out());
        assertTrue(run.out().contains("\n== en  "), run.out());
        assertTrue(run.out().matches("(?s).*\n  2\\(c\\)\\(vii\\) +promoting research and development related to battery"
                + " supply chains;\n.*"), run.out());
    }

    @Test
    void aVersionOfOneClauseSaysOneClause() throws IOException {
        Path one = Files.writeString(dir.resolve("one.txt"), "1. The parties cooperate on research.\n");
        CliRun run = CliRun.of("split", one.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("== en  " + one + "  (1 clause)\n"), run.out());
    }

    @Test
    void writesTheOutputFileWhole() throws IOException {
        Path out = dir.resolve("clauses.json");
        CliRun run = CliRun.of("split", CliRun.testdata("moc/moc-ja.txt"), "--format", "json", "-o", out.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.out());
        String json = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\"documents\":[\n{\"language\":\"ja\"") && json.endsWith("]}\n"), json);
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aMissingFileIsBadInputAndWritesNothing() {
        Path out = dir.resolve("out.json");
        Path missing = dir.resolve("missing.txt");
        CliRun run = CliRun.of("split", missing.toString(), "-o", out.toString());
        assertEquals(2, run.status());
        assertEquals("clausealign: " + missing + ": no such file\n", run.err());
        assertEquals("", run.out());
        assertFalse(Files.exists(out));
    }

    @Test
    void binaryEmptyAndUnknownLanguageFilesAreBadInputWithoutStackTrace() throws IOException {
        Path binary = Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path digits = Files.writeString(dir.resolve("digits.txt"), "12345 67890\n---\n");
        assertEquals(new CliRun(2, "", "clausealign: " + binary + ": is a binary file, not text\n"),
                CliRun.of("split", binary.toString()));
        assertEquals(new CliRun(2, "", "clausealign: " + empty + ": is empty\n"), CliRun.of("split", empty.toString()));
        assertEquals(new CliRun(2, "", "clausealign: " + digits + ": holds no recognisable Japanese, English or French text\n"),
                CliRun.of("split", digits.toString()));
    }

    @Test
    void debugAddsTheStackTrace() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        CliRun run = CliRun.of("split", empty.toString(), "--debug");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("at org.clausealign."), run.err());
    }

    @Test
    void badOptionsAreUsageErrors() {
        CliRun lang = CliRun.of("split", CliRun.testdata("moc/moc-en.txt"), "--lang", "de");
        assertEquals(2, lang.status());
        assertEquals("clausealign: unknown language 'de' (clausealign reads ja, en and fr)\n", lang.err());
        CliRun encoding = CliRun.of("split", CliRun.testdata("moc/moc-en.txt"), "--encoding", "klingon");
        assertEquals(2, encoding.status());
        assertEquals("clausealign: unknown encoding 'klingon'\n", encoding.err());
        CliRun format = CliRun.of("split", CliRun.testdata("moc/moc-en.txt"), "--format", "xml");
        assertEquals(2, format.status());
        assertTrue(format.err().startsWith("clausealign: Invalid value for option '--format'"), format.err());
        CliRun twice = CliRun.of("split", CliRun.testdata("moc/moc-en.txt"), "--lang", "en,en");
        assertEquals(2, twice.status());
        assertTrue(twice.err().startsWith("clausealign: --lang names en twice"), twice.err());
        CliRun count = CliRun.of("split", CliRun.testdata("moc/moc-en.txt"), CliRun.testdata("moc/moc-fr.txt"),
                "--lang", "en");
        assertEquals(2, count.status());
        assertTrue(count.err().contains("give one language per file, in order"), count.err());
    }

    @Test
    void aFolderAsOutputOrAFileOfRulesIsBadInput() throws IOException {
        CliRun root = CliRun.of("split", CliRun.testdata("moc/moc-en.txt"), "-o", "/");
        assertEquals(new CliRun(2, "", "clausealign: /: cannot be written: it is a folder\n"), root);
        Path rules = Files.writeString(dir.resolve("rules.txt"), "__________\n__________\n");
        CliRun onlyRules = CliRun.of("split", rules.toString(), "--lang", "en");
        assertEquals(new CliRun(2, "", "clausealign: " + rules + ": holds no text to split (only rules or blank lines)\n"),
                onlyRules);
    }

    @Test
    void helpExplainsEveryOption() {
        CliRun run = CliRun.of("split", "--help");
        assertEquals(0, run.status());
        for (String option : new String[] {"--lang", "--encoding", "--format", "--out", "--debug", "FILE"}) {
            assertTrue(run.out().contains(option), option + " in\n" + run.out());
        }
    }
}
