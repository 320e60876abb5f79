package org.clausealign.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kinds of file clausealign reads, recognised by their content rather than their name: the
 * {@code %PDF} signature, a zip holding {@code word/document.xml}, an XML root element, HTML markup.
 */
public enum Format {
    /** Plain text in any encoding {@link org.clausealign.text.TextDecoder} detects. */
    TEXT,
    /** A PDF with a text layer. */
    PDF,
    /** A Word document in Office Open XML (.docx). */
    DOCX,
    /** A web page. */
    HTML,
    /** Canadian federal legislation in the Justice Laws XML format (root {@code Statute} or {@code Regulation}). */
    JUSTICE_LAWS_XML,
    /** A Japanese law in the e-Gov law XML format (root {@code Law}). */
    E_GOV_LAW_XML;

    /** Bytes looked at to recognise a file: enough for an XML prolog, a DOCTYPE and the root element. */
    static final int HEAD_BYTES = 4096;

    private static final Pattern XML_ROOT = Pattern.compile(
            "^(?:\\s|<\\?[^>]*\\?>|<!--.*?-->|<!DOCTYPE(?:[^\\[>]|\\[.*?\\])*>)*<([A-Za-z_][\\w.:-]*)",
            Pattern.DOTALL);
    private static final Pattern HTML_START = Pattern.compile(
            "^(?:\\s|<\\?[^>]*\\?>|<!--.*?-->)*<(?:!DOCTYPE\\s+html|html|head|body|main|article|section|div|p|h[1-6]"
                    + "|ol|ul|table|meta|title|header|nav)\\b",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    /**
     * Recognises a file by its first bytes, for example to pick the files of a folder to index.
     *
     * @param path a file
     * @return its format, or empty where it is none clausealign reads (an image, an archive, an
     *     executable, an old binary .doc) or cannot be opened
     */
    public static Optional<Format> of(Path path) {
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(HEAD_BYTES);
            Format format = of(head);
            if (format == DOCX && !Zips.holds(path, "word/document.xml")) {
                return Optional.empty();
            }
            return format == null ? Optional.empty() : Optional.of(format);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Recognises bytes by their start; a zip is taken for a Word file, to be confirmed on reading.
     *
     * @param head the first bytes of the input (up to {@value #HEAD_BYTES} are used)
     * @return the format, or null where the bytes are binary and none of the known formats
     */
    static Format of(byte[] head) {
        if (startsWith(head, "%PDF-")) {
            return PDF;
        }
        if (startsWith(head, "PK\u0003\u0004")) {
            return DOCX;
        }
        if (isBinary(head)) {
            return null;
        }
        String text = headText(head);
        if (HTML_START.matcher(text).find()) {
            return HTML;
        }
        var root = XML_ROOT.matcher(text);
        if (text.stripLeading().startsWith("<") && root.find()) {
            String name = root.group(1);
            if (name.equals("Statute") || name.equals("Regulation")) {
                return JUSTICE_LAWS_XML;
            }
            if (name.equals("Law")) {
                return E_GOV_LAW_XML;
            }
            if (name.equalsIgnoreCase("html")) {
                return HTML;
            }
        }
        return TEXT;
    }

    private static boolean startsWith(byte[] bytes, String ascii) {
        byte[] prefix = ascii.getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** NUL bytes mark a binary file, unless a UTF-16 byte order mark explains them. */
    private static boolean isBinary(byte[] head) {
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
            return false;
        }
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** The head as text for markup detection; any ASCII-compatible encoding reads the same tags. */
    private static String headText(byte[] head) {
        int offset = startsWith(head, "\u00EF\u00BB\u00BF") ? 3 : 0;
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new String(head, 2, head.length - 2, StandardCharsets.UTF_16LE);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new String(head, 2, head.length - 2, StandardCharsets.UTF_16BE);
        }
        return new String(head, offset, head.length - offset, StandardCharsets.ISO_8859_1);
    }

    /** {@return the name users know the format by: "PDF", "Word", "HTML"} */
    public String displayName() {
        return switch (this) {
            case TEXT -> "text";
            case PDF -> "PDF";
            case DOCX -> "Word";
            case HTML -> "HTML";
            case JUSTICE_LAWS_XML -> "Justice Laws XML";
            case E_GOV_LAW_XML -> "e-Gov law XML";
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
