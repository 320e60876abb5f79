package org.clausealign.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.clausealign.InputException;
import org.clausealign.ReadOptions;
import org.junit.jupiter.api.Test;

class DocxReaderTest {
    private static final String LEGAL_LIST = "<w:abstractNum w:abstractNumId=\"0\">"
            + Docx.level(0, 1, "decimal", "%1.")
            + Docx.level(1, 1, "lowerLetter", "(%2)")
            + Docx.level(2, 1, "lowerRoman", "(%3)")
            + "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";

    private static Reading.Text read(byte[] docx) {
        return (Reading.Text) Readers.read(docx, "test.docx", ReadOptions.DEFAULTS);
    }

    @Test
    void rendersMultiLevelNumberingAsWordShowsItWithDeeperLevelsRestarting() {
        String body = Docx.numbered(1, 0, "Objective") + Docx.numbered(1, 1, "purpose") + Docx.numbered(1, 1, "means")
                + Docx.numbered(1, 2, "first") + Docx.numbered(1, 2, "second") + Docx.numbered(1, 2, "third")
                + Docx.numbered(1, 2, "fourth") + Docx.numbered(1, 0, "Areas") + Docx.numbered(1, 1, "again");
        assertEquals("1. Objective\n\n(a) purpose\n\n(b) means\n\n(i) first\n\n(ii) second\n\n(iii) third\n\n"
                + "(iv) fourth\n\n2. Areas\n\n(a) again\n\n", read(Docx.of(body, LEGAL_LIST)).source().text());
    }

    @Test
    void rendersLevelTextsThatReferToHigherLevelsAndUpperCaseLetters() {
        String numbering = "<w:abstractNum w:abstractNumId=\"0\">" + Docx.level(0, 3, "decimal", "Article %1")
                + Docx.level(1, 1, "decimal", "%1.%2") + Docx.level(2, 1, "upperLetter", "%3)")
                + "</w:abstractNum><w:num w:numId=\"7\"><w:abstractNumId w:val=\"0\"/></w:num>";
        String body = Docx.numbered(7, 0, "Scope") + Docx.numbered(7, 1, "one") + Docx.numbered(7, 1, "two")
                + Docx.numbered(7, 2, "alpha") + Docx.numbered(7, 2, "beta");
        assertEquals("Article 3 Scope\n\n3.1 one\n\n3.2 two\n\nA) alpha\n\nB) beta\n\n",
                read(Docx.of(body, numbering)).source().text());
    }

    @Test
    void aListInstanceWithAStartOverrideRestartsWhileOneWithoutGoesOnCounting() {
        String numbering = "<w:abstractNum w:abstractNumId=\"0\">" + Docx.level(0, 1, "decimal", "%1.") + "</w:abstractNum>"
                + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
                + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/></w:num>"
                + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/>"
                + "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>";
        String body = Docx.numbered(1, 0, "a") + Docx.numbered(1, 0, "b") + Docx.paragraph("between")
                + Docx.numbered(2, 0, "c") + Docx.numbered(3, 0, "d") + Docx.numbered(3, 0, "e");
        assertEquals("1. a\n\n2. b\n\nbetween\n\n3. c\n\n1. d\n\n2. e\n\n", read(Docx.of(body, numbering)).source().text());
    }

    @Test
    void bulletsAreLeftOutAndFullWidthDecimalsKeptWithTheGapAfterTheLabel() {
        String numbering = "<w:abstractNum w:abstractNumId=\"0\">" + Docx.level(0, 1, "decimalFullWidth", "%1．")
                + "</w:abstractNum><w:abstractNum w:abstractNumId=\"1\">" + Docx.level(0, 1, "bullet", "•")
                + "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
                + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>";
        String body = Docx.numbered(1, 0, "目的") + Docx.numbered(2, 0, "a point") + Docx.numbered(1, 0, "協力分野");
        assertEquals("１． 目的\n\na point\n\n２． 協力分野\n\n", read(Docx.of(body, numbering)).source().text());
    }

    @Test
    void tracksChangesAsAcceptedAndKeepsCommentsAndFootnotesOutOfTheText() {
        String body = "<w:p><w:r><w:t xml:space=\"preserve\">This MOC is not </w:t></w:r>"
                + "<w:ins w:id=\"1\" w:author=\"R\"><w:r><w:t xml:space=\"preserve\">legally </w:t></w:r></w:ins>"
                + "<w:del w:id=\"2\" w:author=\"R\"><w:r><w:delText xml:space=\"preserve\">formally </w:delText></w:r></w:del>"
                + "<w:commentRangeStart w:id=\"0\"/><w:r><w:t>binding.</w:t></w:r><w:commentRangeEnd w:id=\"0\"/>"
                + "<w:r><w:commentReference w:id=\"0\"/></w:r>"
                + "<w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>";
        assertEquals("This MOC is not legally binding.\n\n", read(Docx.of(body, null)).source().text());
    }

    @Test
    void readsTablesRowByRowAndNamesEachParagraphAsOrigin() {
        String body = Docx.paragraph("Title") + "<w:tbl><w:tr><w:tc>" + Docx.paragraph("one") + "</w:tc><w:tc>"
                + Docx.paragraph("two") + "</w:tc></w:tr><w:tr><w:tc>" + Docx.paragraph("three") + "</w:tc><w:tc>"
                + Docx.paragraph("four") + "</w:tc></w:tr></w:tbl>" + Docx.paragraph("") + Docx.paragraph("end");
        Reading.Text text = read(Docx.of(body, null));
        assertEquals("Title\n\none\n\ntwo\n\nthree\n\nfour\n\nend\n\n", text.source().text());
        assertEquals("paragraph 4", text.origins().at(text.source().text().indexOf("three")));
        assertEquals("paragraph 7", text.origins().at(text.source().text().indexOf("end")));
    }

    @Test
    void aZipBombIsRefusedBeforeItFillsMemory() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 300; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        assertEquals(true, bytes.size() < 1 << 20, "the bomb is small: " + bytes.size());
        InputException e = assertThrows(InputException.class, () -> read(bytes.toByteArray()));
        assertEquals("test.docx: expands to more than 256 MB when unzipped, past the limit for one Word file"
                + " (is it a zip bomb?)", e.getMessage());
    }

    @Test
    void aTruncatedWordFileIsRefused() {
        byte[] docx = Docx.of(Docx.paragraph("Some text that makes the file long enough to cut."), null);
        byte[] cut = Arrays.copyOf(docx, docx.length - 40);
        InputException e = assertThrows(InputException.class, () -> read(cut));
        assertEquals("test.docx: is not a readable Word file (it is corrupt or truncated)", e.getMessage());
    }

    @Test
    void aCorruptWordFileIsRefused() {
        byte[] docx = Docx.of(Docx.paragraph("Some text"), null);
        for (int i = 60; i < docx.length - 200; i++) {
            docx[i] = (byte) (i * 31);
        }
        InputException e = assertThrows(InputException.class, () -> read(docx));
        assertEquals("test.docx: is not a readable Word file (it is corrupt or truncated)", e.getMessage());
    }

    @Test
    void aZipWithoutAWordDocumentIsNamedForWhatItIs() {
        byte[] zip = Docx.zip(java.util.Map.of("notes.txt", "hello"));
        InputException e = assertThrows(InputException.class, () -> read(zip));
        assertEquals("test.docx: is a zip file but not a Word file (it holds no word/document.xml)", e.getMessage());
    }
}
