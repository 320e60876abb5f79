package org.clausealign.search;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
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
 * @param counterparts per other version, its words that render what the query found in the hit,
 *     as written there: the renderings the document teaches and a glossary's (empty where none is
 *     known; numbers and acronyms are not listed, they read alike in every version)
 */
public record SearchHit(String doc, String clause, String label, Language language, float score, String text,
        String snippet, Map<Language, String> aligned, String caption, String origin,
        Map<Language, List<String>> counterparts) {
    /** Copies the maps so that the value stays immutable. */
    public SearchHit {
        aligned = Map.copyOf(aligned);
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(origin, "origin");
        counterparts = counterparts.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }

    /**
     * A hit whose counterparts are not known.
     *
     * @param doc the document id
     * @param clause the clause id
     * @param label its citation label
     * @param language the language of the matching clause
     * @param score its BM25 score
     * @param text the clause's text
     * @param snippet the text with the matching words marked
     * @param aligned each version's text of the clause's group
     * @param caption the heading printed above the clause, or ""
     * @param origin where the clause is in its file, or ""
     */
    public SearchHit(String doc, String clause, String label, Language language, float score, String text,
            String snippet, Map<Language, String> aligned, String caption, String origin) {
        this(doc, clause, label, language, score, text, snippet, aligned, caption, origin, Map.of());
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
