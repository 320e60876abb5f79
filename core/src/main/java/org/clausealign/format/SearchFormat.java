package org.clausealign.format;

import java.util.Locale;
import org.clausealign.lang.Language;
import org.clausealign.search.SearchHit;
import org.clausealign.search.SearchResults;

/**
 * Renders search results as JSON or as text for a terminal.
 *
 * <p>JSON: {@code {"query":"…","language":"en","hits":[{"doc":"…","clause":"2.c.v","label":"2(c)(v)",
 * "language":"en","score":…,"text":"…","snippet":"…","aligned":{"ja":"…","en":"…","fr":"…"}}]}};
 * {@code language} is null when the query was searched in English and French both.
 */
public final class SearchFormat {
    private static final String BOLD = "\u001b[1m";
    private static final String PLAIN = "\u001b[0m";

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
            Json.string(out, hit.label()).append(",\"language\":");
            Json.string(out, hit.language().code()).append(",\"score\":")
                    .append(String.format(Locale.ROOT, "%.4f", hit.score())).append(",\"text\":");
            Json.string(out, hit.text()).append(",\"snippet\":");
            Json.string(out, hit.snippet()).append(",\"aligned\":");
            Json.byLanguage(out, hit.aligned());
            out.append('}');
        }
        return out.append("]}\n").toString();
    }

    /**
     * {@return each hit: document, label, language and score, the highlighted text, then the other
     *     versions}
     *
     * @param results the hits
     * @param terminal whether to mark matches in bold for a terminal; otherwise they are [bracketed]
     */
    public static String text(SearchResults results, boolean terminal) {
        if (results.hits().isEmpty()) {
            return "No clause matches " + results.query() + ".\n";
        }
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (SearchHit hit : results.hits()) {
            out.append(++n).append(". ").append(hit.doc()).append("  ").append(hit.label())
                    .append("  [").append(hit.language().code()).append(String.format(Locale.ROOT, ", score %.2f]%n", hit.score()));
            out.append("   ").append(hit.language().code()).append("  ").append(plain(hit.snippet(), terminal)).append('\n');
            for (Language language : Language.values()) {
                String text = hit.aligned().get(language);
                if (text != null && language != hit.language()) {
                    out.append("   ").append(language.code()).append("  ").append(text).append('\n');
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The snippet with its b tags as bold or brackets, and its HTML escapes undone. */
    private static String plain(String snippet, boolean terminal) {
        return snippet.replace("<b>", terminal ? BOLD : "[").replace("</b>", terminal ? PLAIN : "]")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'")
                .replace("&#x2F;", "/").replace("&amp;", "&");
    }
}
