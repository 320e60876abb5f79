package org.clausealign.revision;

import java.util.Objects;

/**
 * A clause of one revision, as the output cites it.
 *
 * @param id the clause id shared by the versions, e.g. {@code 1.c}
 * @param label the citation label, e.g. {@code 1(c)}
 */
public record ClauseRef(String id, String label) {
    /** Checks that no component is null. */
    public ClauseRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
