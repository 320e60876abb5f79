package org.clausealign.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.clausealign.InputException;
import org.clausealign.TestData;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryTest {
    private static final Language JA = Language.JA;
    private static final Language EN = Language.EN;
    private static final Language FR = Language.FR;

    @TempDir
    Path dir;

    private static List<Map<Language, String>> terms(String fixture) {
        return Glossary.read(TestData.path("glossary/" + fixture)).terms();
    }

    private String error(String fixture) {
        Path file = TestData.path("glossary/" + fixture);
        InputException e = assertThrows(InputException.class, () -> Glossary.read(file));
        return e.getMessage().substring(file.toString().length() + 2);
    }

    private String error(String name, String content) throws Exception {
        Path file = Files.writeString(dir.resolve(name), content);
        InputException e = assertThrows(InputException.class, () -> Glossary.read(file));
        return e.getMessage().substring(file.toString().length() + 2);
    }

    @Test
    void aShiftJisCsvFromJapaneseExcelIsReadWithItsQuotes() {
        assertEquals(List.of(Map.of(JA, "重要鉱物", EN, "critical minerals"),
                Map.of(JA, "先住民族", EN, "Indigenous peoples, First Nations"),
                Map.of(JA, "協力覚書", EN, "Memorandum of \"Cooperation\""),
                Map.of(JA, "サプライチェーン", EN, "supply chain")), terms("excel-ja-shift_jis.csv"));
    }

    @Test
    void aSemicolonCsvFromFrenchExcelIsRead() {
        assertEquals(List.of(Map.of(JA, "重要鉱物", EN, "critical minerals", FR, "minéraux critiques"),
                Map.of(JA, "先住民族", EN, "Indigenous peoples; First Nations", FR, "peuples autochtones")),
                terms("excel-fr-semicolon.csv"));
    }

    @Test
    void quotedCellsMayHoldCommasAndLineBreaks() {
        assertEquals(List.of(Map.of(JA, "重要鉱物", EN, "critical minerals", FR, "minéraux critiques"),
                Map.of(JA, "先住民族", EN, "Indigenous peoples, First Nations", FR, "peuples autochtones"),
                Map.of(JA, "協力\n覚書", EN, "memorandum", FR, "protocole")), terms("quoted.csv"));
    }

    @Test
    void utf16AndLocalesInTheHeaderAreRead() {
        assertEquals(List.of(Map.of(JA, "重要鉱物", EN, "critical minerals", FR, "minéraux critiques")), terms("utf16.tsv"));
    }

    @Test
    void aTbxTermbaseGivesEachEntryWithTwoLanguagesItsPreferredTerms() {
        // Entry c3 (en and de) has one language clausealign reads, and is passed over.
        assertEquals(List.of(Map.of(JA, "重要鉱物", EN, "critical minerals", FR, "minéraux critiques"),
                Map.of(EN, "Indigenous peoples", FR, "peuples autochtones")), terms("moc.tbx"));
        assertEquals(List.of(Map.of(JA, "重要鉱物", EN, "critical minerals", FR, "minéraux critiques")), terms("moc-tbx3.tbx"));
    }

    @Test
    void aTbxExternalEntityIsNeverResolved() {
        String message = error("external-entity.tbx");
        assertTrue(message.startsWith("is not a well-formed TBX file ("), message);
        assertFalse(message.contains(readHostname()), message);
    }

    private static String readHostname() {
        try {
            return Files.readString(Path.of("/etc/hostname")).strip();
        } catch (java.io.IOException e) {
            return "\u0000";
        }
    }

    @Test
    void emptyAndHeaderOnlyFilesAreRefusedClearly() throws Exception {
        assertEquals("is empty", error("empty.tsv"));
        assertEquals("has a header but no terms; add one row per term under the header, a term per language column",
                error("header-only.csv"));
        assertEquals("holds no termEntry; a TBX glossary holds one termEntry per term, with a langSet per language",
                error("none.tbx", "<?xml version=\"1.0\"?><martif><text><body/></text></martif>"));
        assertEquals("holds 1 term entries, but none with terms in two of ja, en and fr", error("one.tbx",
                "<martif><text><body><termEntry><langSet xml:lang=\"en\"><tig><term>x</term></tig></langSet>"
                        + "</termEntry></body></text></martif>"));
    }

    @Test
    void badRowsAreRefusedWithTheirLineNumber() throws Exception {
        assertEquals("line 3 has 4 cells, but the header names 3 languages (a comma inside a term? put the term in double quotes)",
                error("a.csv", "ja,en,fr\n重要鉱物,critical minerals,minéraux critiques\n協力,cooperation,coopération, collaboration\n"));
        assertEquals("line 4 gives a term in one language only; each row pairs the renderings of one term in two languages or more",
                error("b.tsv", "ja\ten\tfr\n\n# a comment, with commas\n覚書\t\t\n"));
        assertEquals("line 2 opens a quoted cell that never closes; close it with a double quote",
                error("c.csv", "en,fr\n\"supply chain,chaîne\n"));
        assertEquals("has a header naming ja twice; give each language one column", error("d.tsv", "ja\tja\n協力\t協力\n"));
        assertEquals("has a header naming 'source'; the header must name the languages of the columns, e.g. ja, en, fr",
                error("e.csv", "source,target\nbattery,batterie\n"));
    }

    @Test
    void emptyTrailingCellsAndQuotesInsideTabSeparatedCellsAreRead() throws Exception {
        Path file = Files.writeString(dir.resolve("export.tsv"),
                "ja\ten\tfr\t\n協力覚書\tMemorandum of \"Cooperation\"\tProtocole\t\t\n");
        assertEquals(List.of(Map.of(JA, "協力覚書", EN, "Memorandum of \"Cooperation\"", FR, "Protocole")),
                Glossary.read(file).terms());
        Files.delete(file);
        InputException missing = assertThrows(InputException.class, () -> Glossary.read(file));
        assertEquals(file + ": no such glossary file", missing.getMessage());
    }
}
