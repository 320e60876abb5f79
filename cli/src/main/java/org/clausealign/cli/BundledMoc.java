package org.clausealign.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The Japan–Canada MOC as extracted from its PDF, bundled in the jar from testdata/moc unchanged. */
final class BundledMoc {
    static final String RESOURCE = "000_220169e4c12b3807.txt";

    private BundledMoc() {}

    /** @return the bundled file's bytes */
    static byte[] bytes() {
        try (InputStream in = BundledMoc.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled MOC is missing from the clausealign jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled MOC", e);
        }
    }
}
