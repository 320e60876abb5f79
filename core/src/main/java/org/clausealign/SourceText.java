package org.clausealign;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * A decoded input text: the characters every clause offset points into.
 *
 * <p>Offsets are indexes of UTF-16 code units into {@link #text()}: the text after decoding and
 * after removing a byte order mark, with its line endings (CRLF, CR or LF) kept as they were.
 *
 * @param name the name shown to users, usually the file path as given
 * @param text the decoded characters
 * @param charset the encoding the bytes were read with
 */
public record SourceText(String name, String text, Charset charset) {
    /** Checks that no component is null. */
    public SourceText {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
    }
}
