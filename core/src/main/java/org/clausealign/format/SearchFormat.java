package org.clausealign.format;

import java.util.Locale;
import org.clausealign.search.SearchHit;
import org.clausealign.search.SearchResults;

/**
 * Renders search results as JSON or as text for a terminal.
 *
 * <p>JSON: {@code {"query":"…","language":"en","hits":[{"doc":"…","clause":"2.c.v","label":"2(c)(v)",
 * "caption":"…","origin":"page 3","language":"en","score":…,"text":"…","snippet":"…",
 * "aligned":{"ja":"…","en":"…","fr":"…"}}]}}; {@code caption} and {@code origin} are there only
 * where the clause has them (a statute's marginal note; a page, paragraph or element id of a PDF,
 * Word, HTML or XML file);
 * {@code language} is null when the query was searched in English and French both; a query that
 * found nothing may have a {@code "suggestion"} after its hits.
 */
public final class SearchFormat {
    private SearchFormat() {}

    /**
     * {@return the JSON document, ending with a line break}
     *
     * @param results the hits
     */
    public static String json(SearchResults results) {
        StringBuilder out = new StringBuilder("{\"query\":");
        Json.string(out, results.query()).append(",\"language\":");
        if (results.language().isPresent()) {
            Json.string(out, results.language().get().code());
        } else {
            out.append("null");
        }
        out.append(",\"hits\":[");
        boolean first = true;
        for (SearchHit hit : results.hits()) {
            out.append(first ? "\n" : ",\n");
            first = false;
            out.append("{\"doc\":");
            Json.string(out, hit.doc()).append(",\"clause\":");
            Json.string(out, hit.clause()).append(",\"label\":");
            Json.string(out, hit.label());
            AlignmentFormat.whereFrom(out, hit.caption(), hit.origin());
            out.append(",\"language\":");
            Json.string(out, hit.language().code()).append(",\"score\":")
                    .append(String.format(Locale.ROOT, "%.4f", hit.score())).append(",\"text\":");
            Json.string(out, hit.text()).append(",\"snippet\":");
            Json.string(out, hit.snippet()).append(",\"aligned\":");
            Json.byLanguage(out, hit.aligned());
            out.append('}');
        }
        out.append(']');
        if (results.suggestion().isPresent()) {
            Json.string(out.append(",\"suggestion\":"), results.suggestion().get());
        }
        return out.append("}\n").toString();
    }

    /**
     * {@return each hit: document, label, language and score, the text with its matches marked, then
     *     the other versions with the counterparts of its numbers and acronyms marked; or, when
     *     nothing matched, a suggestion}
     *
     * @param results the hits
     * @param terminal whether to mark matches in bold for a terminal; otherwise they are [bracketed]
     */
    public static String text(SearchResults results, boolean terminal) {
        return text(results, terminal, 0);
    }

    /**
     * {@return the hits as {@link #text(SearchResults, boolean)} gives them, wrapped to a width}
     *
     * @param results the hits
     * @param terminal whether to mark matches in bold for a terminal; otherwise they are [bracketed]
     * @param width the terminal's width in columns: longer clauses wrap, indented under their first
     *     line; 0 not to wrap
     */
    public static String text(SearchResults results, boolean terminal, int width) {
        if (results.hits().isEmpty()) {
            return "No clause matches " + results.query() + "."
                    + results.suggestion().map(s -> " Did you mean: " + s + "\n").orElse("\n");
        }
        return SearchText.render(results, terminal, width);
    }
}
