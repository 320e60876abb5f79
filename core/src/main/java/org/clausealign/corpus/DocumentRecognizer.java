package org.clausealign.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.clausealign.InputException;
import org.clausealign.read.Format;
import org.clausealign.text.TextDecoder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Which files in a folder are documents to read: those the readers recognise by their content
 * ({@link Format}: text, PDF, Word, HTML, Justice Laws XML). Left out are binary files, data,
 * code and markup that is no legal text (JSON, TSV, CSV, TMX, other XML, scripts, Markdown), which
 * is what clausealign writes and what sits beside documents in a project folder, and clausealign's
 * own HTML pages (reports, alignments, diffs) and web pages with no text.
 */
public final class DocumentRecognizer {
    /** Enough of a file to tell text from binary and to see how it starts. */
    private static final int SAMPLE = 16 * 1024;
    /** Names of files that are code, data or clausealign's own outputs, whatever they hold. */
    private static final Set<String> NOT_DOCUMENTS = Set.of("json", "tsv", "csv", "tmx", "tbx", "md", "py", "java",
            "js", "ts", "sh", "bat", "c", "h", "cpp", "go", "rs", "rb", "pl", "css", "yml", "yaml", "toml", "ini",
            "cfg", "properties", "log", "jar", "class", "jsa", "lock", "zip", "gz");
    /** The title every HTML page clausealign writes starts with ("clausealign: …", "clausealign report: …"). */
    private static final Pattern OWN_TITLE = Pattern.compile("^clausealign(?:\\s+\\w+)?:");

    private DocumentRecognizer() {}

    /**
     * Whether a file found in a folder is a document clausealign reads. This is the one place that
     * decides.
     *
     * @param file a regular file
     * @return whether it is a PDF, a Word file, Justice Laws or e-Gov law XML, a web page with text that
     *     clausealign did not write, or plain text in prose; not data, code, other markup or binary
     */
    public static boolean isDocument(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot > 0 && NOT_DOCUMENTS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (!Files.isReadable(file)) {
            // Unreadable here means unreadable later too: the reader reports it with its reason.
            return true;
        }
        Optional<Format> format = Format.of(file);
        if (format.isEmpty()) {
            return false;
        }
        return switch (format.get()) {
            case PDF, DOCX, JUSTICE_LAWS_XML, E_GOV_LAW_XML -> true;
            case HTML -> isLegalPage(file);
            case TEXT -> isProse(file);
        };
    }

    /** A web page with text in its body that is not one of clausealign's own pages. */
    private static boolean isLegalPage(Path file) {
        Document page;
        try {
            page = Jsoup.parse(file.toFile());
        } catch (IOException e) {
            // As above: the reader reports why it cannot be read.
            return true;
        }
        return !OWN_TITLE.matcher(page.title()).find() && !page.body().text().isBlank();
    }

    private static boolean isProse(Path file) {
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE);
        } catch (IOException e) {
            // As above: the reader reports why it cannot be read.
            return true;
        }
        String text;
        try {
            text = TextDecoder.decode(wholeLines(sample), file.getFileName().toString(), null).text().strip();
        } catch (InputException e) {
            return false;
        }
        return !looksLikeData(text);
    }

    /** Cuts a sample at its last line break, so that it does not end inside a character. */
    private static byte[] wholeLines(byte[] sample) {
        if (sample.length < SAMPLE) {
            return sample;
        }
        for (int i = sample.length - 1; i > 0; i--) {
            if (sample[i] == '\n') {
                return Arrays.copyOf(sample, i + 1);
            }
        }
        return sample;
    }

    /** Markup, JSON, a script, or lines of tab-separated cells. */
    private static boolean looksLikeData(String text) {
        if (text.startsWith("<") || text.startsWith("{") || text.startsWith("[") || text.startsWith("#!")) {
            return true;
        }
        String[] lines = text.split("\n", 6);
        int tabbed = 0;
        for (String line : lines) {
            if (line.indexOf('\t') > 0) {
                tabbed++;
            }
        }
        return lines.length > 1 && tabbed == lines.length;
    }
}
