package org.clausealign.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.clausealign.InputException;
import org.clausealign.text.TextDecoder;

/**
 * Which files in a folder are documents to read: plain text, recognised by its content. Data,
 * code and markup (JSON, TSV, TMX, HTML, XML, scripts, Markdown), which is what clausealign writes
 * and what sits beside documents in a project folder, is left out, as are binary files.
 */
public final class DocumentRecognizer {
    /** Enough of a file to tell text from binary and to see how it starts. */
    private static final int SAMPLE = 16 * 1024;
    /** Names of files that are code, data or clausealign's own outputs, whatever they hold. */
    private static final Set<String> NOT_DOCUMENTS = Set.of("json", "tsv", "csv", "tmx", "tbx", "xml", "html", "htm",
            "xhtml", "md", "py", "java", "js", "ts", "sh", "bat", "c", "h", "cpp", "go", "rs", "rb", "pl", "css",
            "yml", "yaml", "toml", "ini", "cfg", "properties", "log", "jar", "class", "jsa", "lock", "zip", "gz");

    private DocumentRecognizer() {}

    /**
     * Whether a file found in a folder is a document clausealign reads. This is the one place that
     * decides; readers of other formats (PDF, Word, HTML) extend it.
     *
     * @param file a regular file
     * @return whether it is plain text in prose, not data, code, markup or binary
     */
    public static boolean isDocument(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot > 0 && NOT_DOCUMENTS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE);
        } catch (IOException e) {
            // Unreadable here means unreadable later too: the reader reports it with its reason.
            return true;
        }
        String text;
        try {
            text = TextDecoder.decode(wholeLines(sample), name, null).text().strip();
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
