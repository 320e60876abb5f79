package org.clausealign;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where the shared fixtures in the repository's testdata/ folder are, and how their answer keys count paragraphs. */
public final class TestData {
    private TestData() {}

    /**
     * @param relative a path inside testdata/, e.g. "moc/moc-en.txt"
     * @return the fixture's path
     */
    public static Path path(String relative) {
        String configured = System.getProperty("clausealign.testdata");
        Path root = configured != null ? Path.of(configured) : Path.of("..", "testdata");
        Path path = root.resolve(relative);
        if (!Files.exists(path)) {
            throw new IllegalStateException("missing fixture " + path.toAbsolutePath());
        }
        return path;
    }

    /**
     * @param relative a path inside testdata/
     * @return the fixture's text, UTF-8
     */
    public static String read(String relative) {
        try {
            return Files.readString(path(relative));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The combined Japanese, English and French MOC, as extracted from its PDF. */
    public static Path moc() {
        return path("moc/000_220169e4c12b3807.txt");
    }

    /**
     * The spans of a text's paragraphs as the answer keys count them: its non-blank lines, without
     * their surrounding white space, shifted by {@code base}.
     *
     * @param text the text
     * @param base the offset of the text in the source it belongs to
     * @return one {start, end} pair per paragraph, in order
     */
    public static List<int[]> keyParagraphs(String text, int base) {
        List<int[]> spans = new ArrayList<>();
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                int start = offset + line.indexOf(stripped.charAt(0));
                spans.add(new int[] {base + start, base + start + stripped.length()});
            }
            offset += line.length() + 1;
        }
        return spans;
    }
}
