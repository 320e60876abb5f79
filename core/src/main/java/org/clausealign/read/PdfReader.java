package org.clausealign.read;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.clausealign.InputException;
import org.clausealign.SourceText;

/**
 * Reads the text layer of a PDF page by page with PDFBox, then repairs what page layout did to it
 * ({@link PdfPages}): running headers, footers and page numbers go, hyphenated words and labels cut
 * from their text are joined. Each clause's origin is the page it starts on.
 *
 * <p>Pages are held as text only and the document is parsed with a disk cache, so memory stays
 * bounded for long files; every {@value #PROGRESS_EVERY} pages a progress line is reported.
 */
final class PdfReader {
    /** Pages between two progress lines. */
    static final int PROGRESS_EVERY = 250;

    private PdfReader() {}

    static Reading read(Path path, Consumer<String> progress) {
        String name = path.toString();
        checkComplete(tail(path), name);
        try (PDDocument document = Loader.loadPDF(path.toFile(), "", null, null,
                IOUtils.createTempFileOnlyStreamCache())) {
            return read(document, name, progress);
        } catch (InvalidPasswordException e) {
            throw encrypted(name, e);
        } catch (IOException e) {
            throw corrupt(name, e);
        }
    }

    static Reading read(byte[] bytes, String name, Consumer<String> progress) {
        checkComplete(java.util.Arrays.copyOfRange(bytes, Math.max(0, bytes.length - 1024), bytes.length), name);
        try (PDDocument document = Loader.loadPDF(bytes, "")) {
            return read(document, name, progress);
        } catch (InvalidPasswordException e) {
            throw encrypted(name, e);
        } catch (IOException e) {
            throw corrupt(name, e);
        }
    }

    private static Reading read(PDDocument document, String name, Consumer<String> progress) throws IOException {
        PageStripper stripper = new PageStripper(document.getNumberOfPages(), name, progress);
        stripper.writeText(document, Writer.nullWriter());
        if (stripper.pages.stream().allMatch(List::isEmpty)) {
            throw new InputException(name, "has no text layer: is it scanned?");
        }
        List<List<String>> cleaned = PdfPages.layout(stripper.pages);
        TextBuilder text = new TextBuilder();
        for (int i = 0; i < cleaned.size(); i++) {
            text.lines(String.join("\n", cleaned.get(i)), "page " + (i + 1));
        }
        return new Reading.Text(new SourceText(name, text.text(), StandardCharsets.UTF_8), text.origins());
    }

    /** A PDF ends with {@code %%EOF}; one cut short may still parse, with pages silently missing. */
    private static void checkComplete(byte[] tail, String name) {
        String end = new String(tail, StandardCharsets.ISO_8859_1);
        if (!end.contains("%%EOF")) {
            throw new InputException(name, "is not a readable PDF (it is truncated: its end marker is missing)");
        }
    }

    private static byte[] tail(Path path) {
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "r")) {
            long length = file.length();
            byte[] tail = new byte[(int) Math.min(1024, length)];
            file.seek(length - tail.length);
            file.readFully(tail);
            return tail;
        } catch (IOException e) {
            throw new InputException(path.toString(), "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static InputException encrypted(String name, Exception e) {
        return new InputException(name, "is an encrypted PDF that needs a password; save an unprotected copy and read that", e);
    }

    private static InputException corrupt(String name, Exception e) {
        return new InputException(name, "is not a readable PDF (it is corrupt: " + e.getMessage() + ")", e);
    }

    /**
     * PDFBox's stripper, told to hand over each page's glyphs as the page ends: it still finds the
     * glyphs, their Unicode and positions, and sorts out duplicate (bold-by-overprint) text; lines
     * are grouped by {@link PdfLine}.
     */
    private static final class PageStripper extends PDFTextStripper {
        final List<List<PdfLine>> pages = new ArrayList<>();
        private final List<TextPosition> glyphs = new ArrayList<>();
        private final int count;
        private final String name;
        private final Consumer<String> progress;

        PageStripper(int count, String name, Consumer<String> progress) {
            this.count = count;
            this.name = name;
            this.progress = progress;
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            glyphs.clear();
            super.startPage(page);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            glyphs.addAll(positions);
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            super.endPage(page);
            pages.add(PdfLine.of(glyphs));
            glyphs.clear();
            if (pages.size() % PROGRESS_EVERY == 0 && pages.size() < count) {
                progress.accept(String.format(Locale.ROOT, "%s: page %,d of %,d", name, pages.size(), count));
            }
        }
    }
}
