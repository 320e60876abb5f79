package org.clausealign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands read PDF, Word, HTML and legislative XML as they read text, in any mix. */
class FormatsCommandTest {
    @TempDir
    Path dir;

    @Test
    void splitsAPdfAWordFileAndAWebPageTogether() {
        CliRun run = CliRun.of("split", CliRun.testdata("formats/moc-ja-word.pdf"), CliRun.testdata("formats/moc-en.docx"),
                CliRun.testdata("formats/moc-fr.html"), "--format", "json");
        assertEquals(0, run.status(), run.err());
        assertEquals(3, run.out().split("\\{\"language\":").length - 1, run.out());
        assertTrue(run.out().contains("{\"id\":\"2.c.vii\",\"label\":\"2(c)(vii)\",\"kind\":\"item\","
                + "\"text\":\"promoting research and development related to battery supply chains;\""), run.out());
        assertTrue(run.out().contains("\"origin\":\"paragraph 1\""), run.out());
    }

    @Test
    void alignsTheTwoLanguagesOfAnActFromItsXml() {
        CliRun run = CliRun.of("align", CliRun.testdata("canada/P-19/en.xml"), CliRun.testdata("canada/P-19/fr.xml"),
                "--format", "tsv");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("2.def.plated_article\t"), run.out());
    }

    @Test
    void anEncryptedOrTruncatedFileIsBadInputAndNothingIsWritten() throws IOException {
        byte[] pdf = Files.readAllBytes(Path.of(CliRun.testdata("formats/moc-en-word.pdf")));
        Path cut = Files.write(dir.resolve("cut.pdf"), java.util.Arrays.copyOf(pdf, pdf.length / 2));
        Path out = dir.resolve("report.json");
        CliRun run = CliRun.of("report", cut.toString(), CliRun.testdata("formats/moc-fr.html"), "--format", "json",
                "-o", out.toString());
        assertEquals(2, run.status());
        assertEquals("clausealign: " + cut + ": is not a readable PDF (it is truncated: its end marker is missing)\n",
                run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aWebPageDeclaringEntitiesIsBadInput() throws IOException {
        Path page = Files.writeString(dir.resolve("laughs.html"), "<!DOCTYPE html [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><html><body><p>&b;</p></body></html>");
        CliRun run = CliRun.of("split", page.toString());
        assertEquals(2, run.status());
        assertEquals("clausealign: " + page + ": declares entities in a DTD, which clausealign never expands or"
                + " fetches (they can read other files or blow up in memory)\n", run.err());
        assertEquals("", run.out());
    }
}
