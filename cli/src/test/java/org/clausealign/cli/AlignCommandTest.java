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

class AlignCommandTest {
    private static final String MOC = CliRun.testdata("moc/000_220169e4c12b3807.txt");

    @TempDir
    Path dir;

    @Test
    void textShowsEachGroupSideBySide() {
        CliRun run = CliRun.of("align", MOC);
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("2(c)(vii)  [0.98]\n  ja  バッテリーサプライチェーンに関する研究開発を推進すること。\n"), run.out());
    }

    @Test
    void everyFormatIsWrittenToItsFile() throws IOException {
        for (String format : new String[] {"json", "tsv", "tmx", "html"}) {
            Path out = dir.resolve("moc." + format);
            CliRun run = CliRun.of("align", MOC, "--format", format, "-o", out.toString());
            assertEquals(0, run.status(), run.err());
            assertEquals("", run.out());
            String written = Files.readString(out, StandardCharsets.UTF_8);
            assertTrue(written.contains("2.c.vii") || written.contains("2(c)(vii)"), format);
        }
        assertTrue(Files.readString(dir.resolve("moc.tmx")).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        assertTrue(Files.readString(dir.resolve("moc.html")).startsWith("<!DOCTYPE html>"));
    }

    @Test
    void sentenceSegmentsAreForTmxOnly() {
        CliRun tmx = CliRun.of("align", MOC, "--format", "tmx", "--segment", "sentence");
        assertEquals(0, tmx.status(), tmx.err());
        assertTrue(tmx.out().contains("segtype=\"sentence\""));
        CliRun json = CliRun.of("align", MOC, "--format", "json", "--segment", "sentence");
        assertEquals(2, json.status());
        assertTrue(json.err().startsWith("clausealign: --segment sentence applies to --format tmx only\n"), json.err());
    }

    @Test
    void badInputWritesNoFile() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path out = dir.resolve("out.html");
        CliRun run = CliRun.of("align", empty.toString(), "--format", "html", "-o", out.toString());
        assertEquals(2, run.status());
        assertFalse(Files.exists(out));
    }

    @Test
    void forbiddenCharactersAreReplacedAndReported() throws IOException {
        Path hostile = Files.writeString(dir.resolve("hostile.txt"),
                "1. Objective\n(a) The Participants <script>alert(1)</script> cooperate \u0001 on batteries.\n");
        CliRun run = CliRun.of("align", hostile.toString(), "--lang", "en", "--format", "html");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("&lt;script&gt;alert(1)&lt;/script&gt; cooperate \uFFFD on batteries."), run.out());
        assertEquals("clausealign: 1 character(s) that XML and HTML do not allow (control characters, broken surrogates)"
                + " were replaced by U+FFFD in the output.\n", run.err());
    }
}
