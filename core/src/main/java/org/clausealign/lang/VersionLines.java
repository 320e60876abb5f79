package org.clausealign.lang;

import java.util.List;

/**
 * The lines of one language version of an input, in source order.
 *
 * @param language the version's language
 * @param lines its non-blank lines
 */
public record VersionLines(Language language, List<VersionLine> lines) {
    /** Copies the list so that the value stays immutable. */
    public VersionLines {
        lines = List.copyOf(lines);
    }
}
