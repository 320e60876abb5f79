package org.clausealign.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.clausealign.InputException;
import org.clausealign.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfReaderTest {
    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    @TempDir
    Path dir;

    /** One page: each line is {x, y from the top, text}. */
    private record Page(List<Object[]> lines) {}

    private static Page page(Object... xyText) {
        List<Object[]> lines = new ArrayList<>();
        for (int i = 0; i < xyText.length; i += 3) {
            lines.add(new Object[] {xyText[i], xyText[i + 1], xyText[i + 2]});
        }
        return new Page(lines);
    }

    /** One page: each line is {x, y from the top, text, font size}. */
    private static Page sized(Object... xyTextSize) {
        List<Object[]> lines = new ArrayList<>();
        for (int i = 0; i < xyTextSize.length; i += 4) {
            lines.add(new Object[] {xyTextSize[i], xyTextSize[i + 1], xyTextSize[i + 2], xyTextSize[i + 3]});
        }
        return new Page(lines);
    }

    private static void write(PDDocument document, List<Page> pages) throws IOException {
        for (Page page : pages) {
            PDPage pdPage = new PDPage(PDRectangle.A4);
            document.addPage(pdPage);
            try (PDPageContentStream content = new PDPageContentStream(document, pdPage)) {
                for (Object[] line : page.lines()) {
                    content.beginText();
                    content.setFont(FONT, line.length > 3 ? ((Number) line[3]).floatValue() : 11);
                    content.newLineAtOffset(((Number) line[0]).floatValue(),
                            PDRectangle.A4.getHeight() - ((Number) line[1]).floatValue());
                    content.showText((String) line[2]);
                    content.endText();
                }
            }
        }
    }

    private static byte[] pdf(List<Page> pages) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            write(document, pages);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static Reading.Text read(byte[] pdf) {
        return (Reading.Text) Readers.read(pdf, "test.pdf", ReadOptions.DEFAULTS);
    }

    @Test
    void removesRunningHeadersFootersAndPageNumbersAndNamesThePageAsOrigin() throws IOException {
        String[] words = {"Objective", "Areas", "Forms", "Governance", "Property", "Contacts", "Status", "Dispositions",
            "Scope", "Terms", "Review", "Notice"};
        List<Page> pages = new ArrayList<>();
        StringBuilder expected = new StringBuilder();
        for (int p = 1; p <= 3; p++) {
            List<Object> lines = new ArrayList<>(List.of(72, 40, "Memorandum of Cooperation - draft of 1 May 2023"));
            for (int i = 0; i < 4; i++) {
                String line = "Section " + words[(p - 1) * 4 + i] + " on the page";
                lines.addAll(List.of(72, 100 + 14 * i, line));
                expected.append(line).append('\n');
            }
            lines.addAll(List.of(290, 800, "- " + p + " -"));
            pages.add(page(lines.toArray()));
        }
        Reading.Text text = read(pdf(pages));
        assertEquals(expected.toString(), text.source().text());
        assertEquals("page 2", text.origins().at(text.source().text().indexOf("Property")));
    }

    @Test
    void joinsHyphenatedWordsLabelsAndFullWidthStopsThatLayoutSplit() throws IOException {
        Reading.Text text = read(pdf(List.of(page(
                72, 100, "The Participants will encour-",
                72, 114, "age cooperation.",
                72, 128, "(a)",
                72, 142, "The first paragraph.",
                72, 156, "Japan-",
                72, 170, "Canada Summit."))));
        assertEquals("The Participants will encourage cooperation.\n(a) The first paragraph.\nJapan-\nCanada Summit.\n",
                text.source().text());
    }

    @Test
    void whereGapsMarkParagraphsWrappedLinesAreJoinedAndIndentationIsKept() throws IOException {
        Reading.Text text = read(pdf(List.of(page(
                72, 100, "The Participants intend to cooperate",
                72, 114, "in the following forms:",
                94, 142, "(a) sharing information on",
                94, 156, "battery supply chains;",
                94, 184, "(b) joint workshops."))));
        assertEquals("The Participants intend to cooperate in the following forms:\n\n"
                + "    (a) sharing information on battery supply chains;\n\n    (b) joint workshops.\n",
                text.source().text());
    }

    @Test
    void aHeadingWrappedOverLinesIsOneParagraphAndOneAtAPagesFootDoesNotTakeTheNextPagesText()
            throws IOException {
        Reading.Text text = read(pdf(List.of(
                sized(72, 100, "Article 2 – Scope of the present Public", 16,
                        72, 120, "License.", 16,
                        72, 145, "The Licensor grants You a worldwide", 11,
                        72, 159, "licence to the Licensed Material.", 11,
                        72, 173, "It applies to every version.", 11,
                        72, 700, "Article 3", 16),
                sized(72, 100, "Everyone has the right to life,", 11,
                        72, 114, "liberty and security of person.", 11))));
        assertEquals("Article 2 – Scope of the present Public License.\n\n"
                + "The Licensor grants You a worldwide licence to the Licensed Material. It applies to every version.\n\n"
                + "Article 3\n\n"
                + "Everyone has the right to life, liberty and security of person.\n", text.source().text());
    }

    @Test
    void footnotesPrintedAtTheTextsSizeAndTheirMarksAreLeftOut() throws IOException {
        Reading.Text text = read(pdf(List.of(sized(
                72, 100, "Recognizing that Japan and Canada are committed to the transition,", 11,
                420, 108, "1", 6,
                72, 114, "thereby contributing to carbon neutrality by 2050;", 11,
                72, 128, "Acknowledging that batteries are essential;", 11,
                72, 696, "1", 6,
                76, 700, "Translator's note: see the targets of both governments.", 11,
                290, 800, "- 1 -", 11))));
        assertEquals("Recognizing that Japan and Canada are committed to the transition,\n"
                + "thereby contributing to carbon neutrality by 2050;\nAcknowledging that batteries are essential;\n",
                text.source().text());
    }

    @Test
    void aListNumberBracketedForTrackedChangesIsReadAsTheNumber() throws IOException {
        Reading.Text text = read(pdf(List.of(sized(72, 100, "8. Status", 11, 94, 114, "[(a)] This MOC is not binding.", 11,
                72, 128, "[1] Cited as the MOC.", 11))));
        assertEquals("8. Status\n    (a) This MOC is not binding.\n[1] Cited as the MOC.\n", text.source().text());
    }

    @Test
    void aLabelWrappedToTheStartOfALineInItsItemsTextColumnContinuesTheItem() throws IOException {
        float text = 72 + FONT.getStringWidth("c. ") / 1000 * 11;
        Reading.Text read = read(pdf(List.of(sized(
                72, 100, "c. You must comply with the conditions in Section 3", 11,
                text, 114, "(a), if You Share the contents.", 11,
                72, 128, "d. You must comply with Section 4", 11,
                text, 142, "(a) the first condition;", 11))));
        assertEquals("c. You must comply with the conditions in Section 3 (a), if You Share the contents.\n"
                + "d. You must comply with Section 4\n  (a) the first condition;\n", read.source().text());
    }

    @Test
    void aPdfWithoutTextIsNamedAsPossiblyScanned() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.addRect(100, 100, 200, 300);
                content.fill();
            }
            document.save(out);
            InputException e = assertThrows(InputException.class, () -> read(out.toByteArray()));
            assertEquals("test.pdf: has no text layer: is it scanned?", e.getMessage());
        }
    }

    @Test
    void anEncryptedPdfIsRefused() throws IOException {
        Path file = dir.resolve("locked.pdf");
        try (PDDocument document = new PDDocument()) {
            write(document, List.of(page(72, 100, "Secret text")));
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(file.toFile());
        }
        InputException e = assertThrows(InputException.class, () -> Readers.read(file, ReadOptions.DEFAULTS));
        assertEquals(file + ": is an encrypted PDF that needs a password; save an unprotected copy and read that",
                e.getMessage());
    }

    @Test
    void aTruncatedPdfIsRefusedRatherThanReadInPart() throws IOException {
        byte[] pdf = pdf(List.of(page(72, 100, "First page"), page(72, 100, "Second page")));
        Path file = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(pdf, pdf.length * 2 / 3));
        InputException e = assertThrows(InputException.class, () -> Readers.read(file, ReadOptions.DEFAULTS));
        assertEquals(file + ": is not a readable PDF (it is truncated: its end marker is missing)", e.getMessage());
    }

    @Test
    void aCorruptPdfIsRefused() {
        byte[] junk = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> garbage garbage\n%%EOF\n".getBytes();
        InputException e = assertThrows(InputException.class, () -> read(junk));
        assertTrue(e.getMessage().startsWith("test.pdf: is not a readable PDF (it is corrupt"), e.getMessage());
    }

    @Test
    void readsTwoThousandPagesWithProgressInBoundedMemory() throws IOException {
        Path file = dir.resolve("long.pdf");
        try (PDDocument document = new PDDocument()) {
            List<Page> pages = new ArrayList<>();
            for (int p = 1; p <= 2000; p++) {
                pages.add(page(72, 100, "Section " + (p + 5000) + " of the long act.", 290, 800, Integer.toString(p)));
            }
            write(document, pages);
            document.save(file.toFile());
        }
        List<String> progress = new ArrayList<>();
        Runtime runtime = Runtime.getRuntime();
        // The garbage earlier tests left in the heap is not the read's.
        System.gc();
        Reading.Text text = (Reading.Text) Readers.read(file, ReadOptions.DEFAULTS.withProgress(progress::add));
        String all = text.source().text();
        assertEquals(2000, all.lines().count());
        assertFalse(all.contains("\n1\n"), "page numbers are gone");
        assertEquals("page 2000", text.origins().at(all.indexOf("Section 7000 ")));
        assertEquals(List.of(file + ": page 250 of 2,000", file + ": page 500 of 2,000", file + ": page 750 of 2,000",
                file + ": page 1,000 of 2,000", file + ": page 1,250 of 2,000", file + ": page 1,500 of 2,000",
                file + ": page 1,750 of 2,000"), progress);
        assertTrue(runtime.totalMemory() - runtime.freeMemory() < 1L << 30, "read within 1 GB of heap");
    }
}
