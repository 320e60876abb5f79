package org.clausealign.clause;

import java.util.Objects;

/**
 * One clause of one language version.
 *
 * <p>Ids are stable across languages, so that the same clause has the same id in each version:
 * {@code title}, {@code parties}, {@code recital.3}, {@code formula}, {@code 2}, {@code 2.c},
 * {@code 2.c.vii}, {@code 3.p.1} (an unnumbered paragraph of section 3), {@code closing},
 * {@code signature.2}, or {@code p.4} in a text with no numbering.
 *
 * @param id the stable id
 * @param label the citation label a lawyer writes: {@code 2(c)(vii)}, {@code Recital 3}
 * @param kind what part of the text the clause is
 * @param marker the numbering as printed ({@code (vii)}, {@code １．}, {@code Article 5}), or ""
 * @param text the clause's words with its lines joined, as printed: marker removed, white space
 *     runs collapsed, characters unchanged
 * @param normalized {@code text} in Unicode NFKC with white space collapsed, for comparing and
 *     searching
 * @param start offset of the clause's first character in the source text
 * @param end offset just past its last character
 * @param caption the heading a statute prints above the provision (a marginal note such as
 *     "Collection of personal information"), or "" where it has none or keeps it in its text
 * @param origin where the clause came from in a structured input, for users to find it there:
 *     "page 3" of a PDF, "paragraph 12" of a Word file, an element id of HTML or XML; "" for text
 */
public record Clause(String id, String label, ClauseKind kind, String marker, String text, String normalized,
        int start, int end, String caption, String origin) {
    /**
     * A clause of plain text: no caption, no origin.
     *
     * @param id the stable id
     * @param label the citation label
     * @param kind what part of the text the clause is
     * @param marker the numbering as printed, or ""
     * @param text the clause's words as printed
     * @param normalized {@code text} in NFKC with white space collapsed
     * @param start offset of the first character in the source text
     * @param end offset just past the last character
     */
    public Clause(String id, String label, ClauseKind kind, String marker, String text, String normalized,
            int start, int end) {
        this(id, label, kind, marker, text, normalized, start, end, "", "");
    }

    /** Checks that no component is null and that the offsets are in order. */
    public Clause {
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(normalized, "normalized");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("clause " + id + " has offsets " + start + ".." + end);
        }
    }
}
