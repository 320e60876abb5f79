package org.clausealign.search;

import java.util.Map;
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
 */
public record SearchHit(String doc, String clause, String label, Language language, float score, String text,
        String snippet, Map<Language, String> aligned) {
    /** Copies the map so that the value stays immutable. */
    public SearchHit {
        aligned = Map.copyOf(aligned);
    }
}
