package org.clausealign.revision;

import java.util.Locale;
import java.util.Objects;

/**
 * One run of a redline: text both revisions share, or text only one has.
 *
 * @param op whether the text is kept, inserted or deleted
 * @param text the characters
 */
public record Edit(Op op, String text) {
    /** What a run of text is in the revision. */
    public enum Op {
        /** In both revisions. */
        EQUAL,
        /** Only in the new revision. */
        INSERT,
        /** Only in the old revision. */
        DELETE;

        /** {@return the name written in the output: {@code equal}, {@code insert}, {@code delete}} */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Checks that no component is null. */
    public Edit {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(text, "text");
    }
}
