package org.clausealign;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared fixtures in the repository's testdata/ folder are. */
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
}
