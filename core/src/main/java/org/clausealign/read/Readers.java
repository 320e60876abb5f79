package org.clausealign.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.clausealign.InputException;
import org.clausealign.ReadOptions;
import org.clausealign.text.TextDecoder;

/**
 * Reads any file clausealign recognises, choosing the reader by the file's content ({@link Format}),
 * not its name.
 *
 * <pre>{@code
 * Reading moc = Readers.read(Path.of("moc-fr.pdf"), ReadOptions.DEFAULTS);
 * if (Readers.recognises(Path.of("notes.zip"))) { ... }   // false: not a format clausealign reads
 * }</pre>
 *
 * <p>Every refusal is an {@link InputException} naming the file with one sentence: an encrypted,
 * corrupt or truncated PDF or Word file, a Word file that expands past {@link Zips#MAX_EXPANDED},
 * markup that declares entities, a PDF with no text layer.
 */
public final class Readers {
    /**
     * The largest PDF clausealign reads: 512 MiB. PDFs are read page by page with a disk cache, and
     * carry fonts and images besides their text, so they get more room than the other formats.
     */
    public static final long MAX_PDF_BYTES = 512L * 1024 * 1024;

    /** The signature of the compound files of Office 97–2003 (.doc, .xls). */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    private Readers() {}

    /**
     * {@return whether clausealign reads a file: text, PDF, Word (.docx), HTML, Justice Laws or e-Gov law XML}
     *
     * @param path a file
     */
    public static boolean recognises(Path path) {
        return Format.of(path).isPresent();
    }

    /**
     * Reads a file in any format clausealign recognises.
     *
     * @param path the file
     * @param options the encoding of text files and the progress receiver
     * @return the file's text with origins, or clauses read from its markup
     * @throws InputException if the file cannot be read or is not usable
     */
    public static Reading read(Path path, ReadOptions options) {
        String name = path.toString();
        byte[] head;
        long size;
        try {
            if (Files.isDirectory(path)) {
                throw new InputException(name, "is a folder, not a file");
            }
            size = Files.size(path);
            try (InputStream in = Files.newInputStream(path)) {
                head = in.readNBytes(Format.HEAD_BYTES);
            }
        } catch (NoSuchFileException e) {
            throw new InputException(name, "no such file", e);
        } catch (IOException e) {
            throw new InputException(name, "cannot be read (" + e.getMessage() + ")", e);
        }
        Format format = recognise(head, name);
        return switch (format) {
            case TEXT -> new Reading.Text(TextDecoder.read(path, options.encoding()), Origins.NONE);
            case PDF -> {
                if (size > MAX_PDF_BYTES) {
                    throw new InputException(name, String.format(Locale.ROOT,
                            "is %.1f MB, larger than the %d MB limit for one PDF", size / 1048576.0,
                            MAX_PDF_BYTES / 1048576));
                }
                yield PdfReader.read(path, options.progress());
            }
            default -> read(format, readAll(path, size), name, options);
        };
    }

    /**
     * Reads bytes already in memory, e.g. an upload.
     *
     * @param bytes the whole file
     * @param name the name used in messages
     * @param options the encoding of text and the progress receiver
     * @return the text with origins, or clauses read from markup
     * @throws InputException if the bytes are not usable
     */
    public static Reading read(byte[] bytes, String name, ReadOptions options) {
        byte[] head = bytes.length <= Format.HEAD_BYTES ? bytes : java.util.Arrays.copyOf(bytes, Format.HEAD_BYTES);
        return read(recognise(head, name), bytes, name, options);
    }

    private static Reading read(Format format, byte[] bytes, String name, ReadOptions options) {
        if (format != Format.PDF && bytes.length > TextDecoder.MAX_BYTES) {
            throw new InputException(name, "is larger than the " + TextDecoder.MAX_BYTES / 1048576
                    + " MB limit for one file");
        }
        return switch (format) {
            case TEXT -> new Reading.Text(TextDecoder.decode(bytes, name, options.encoding()), Origins.NONE);
            case PDF -> PdfReader.read(bytes, name, options.progress());
            case DOCX -> DocxReader.read(bytes, name);
            case HTML -> HtmlReader.read(bytes, name);
            case JUSTICE_LAWS_XML -> JusticeLawsReader.read(bytes, name);
            case E_GOV_LAW_XML -> EGovLawReader.read(bytes, name);
        };
    }

    private static Format recognise(byte[] head, String name) {
        if (head.length == 0) {
            throw new InputException(name, "is empty");
        }
        Format format = Format.of(head);
        if (format != null) {
            return format;
        }
        if (head.length >= OLE2.length && java.util.Arrays.equals(head, 0, OLE2.length, OLE2, 0, OLE2.length)) {
            throw new InputException(name, "is an Office 97–2003 file (.doc); save it as .docx or PDF and read that");
        }
        throw new InputException(name, "is a binary file, not text");
    }

    private static byte[] readAll(Path path, long size) {
        String name = path.toString();
        if (size > TextDecoder.MAX_BYTES) {
            throw new InputException(name, String.format(Locale.ROOT,
                    "is %.1f MB, larger than the %d MB limit for one file", size / 1048576.0,
                    TextDecoder.MAX_BYTES / 1048576));
        }
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InputException(name, "cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
