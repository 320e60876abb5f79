package org.clausealign.search;

import java.util.Map;
import java.util.Objects;
import org.clausealign.lang.Language;

/**
 * One clause that matches a query, with what the other versions say there.
 *
 * @param doc the document id (the path the document was indexed from)
 * @param clause the clause id, e.g. "2.c.v"
 * @param label its citation label, e.g. "2(c)(v)"
 * @param language the language of the matching clause
 * @param score its BM25 score
 * @param text the clause's text
 * @param snippet the text with the matching words between {@code <b>} and {@code </b>}, HTML-escaped
 * @param aligned each version's text of the clause's group, the matching language included; only
 *     the hit's own language for a document without other versions
 * @param caption the heading printed above the clause (a statute's marginal note), or ""
 * @param origin where the clause is in its file, for finding it there ("page 3", "paragraph 12",
 *     an element id), or "" for plain text
 */
public record SearchHit(String doc, String clause, String label, Language language, float score, String text,
        String snippet, Map<Language, String> aligned, String caption, String origin) {
    /** Copies the map so that the value stays immutable. */
    public SearchHit {
        aligned = Map.copyOf(aligned);
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(origin, "origin");
    }

    /**
     * A hit on a clause of plain text: no caption, no origin.
     *
     * @param doc the document id
     * @param clause the clause id
     * @param label its citation label
     * @param language the language of the matching clause
     * @param score its BM25 score
     * @param text the clause's text
     * @param snippet the text with the matching words marked
     * @param aligned each version's text of the clause's group
     */
    public SearchHit(String doc, String clause, String label, Language language, float score, String text,
            String snippet, Map<Language, String> aligned) {
        this(doc, clause, label, language, score, text, snippet, aligned, "", "");
    }
}
