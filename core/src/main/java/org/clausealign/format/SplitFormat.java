package org.clausealign.format;

import java.util.Locale;
import org.clausealign.clause.Clause;
import org.clausealign.clause.LanguageVersion;
import org.clausealign.clause.ParallelDocument;
import org.clausealign.text.Plural;
import org.clausealign.text.Scripts;

/**
 * Renders split documents: the clauses of each language version as JSON or as readable text.
 *
 * <p>JSON: {@code {"documents":[{"language":"ja","source":"…","clauses":[{"id":"2.c.vii",
 * "label":"2(c)(vii)","kind":"item","text":"…","start":…,"end":…}]}]}}.
 */
public final class SplitFormat {
    private SplitFormat() {}

    /**
     * {@return the JSON document, ending with a line break}
     *
     * @param document the split versions
     */
    public static String json(ParallelDocument document) {
        StringBuilder out = new StringBuilder("{\"documents\":[");
        boolean firstVersion = true;
        for (LanguageVersion version : document.versions()) {
            out.append(firstVersion ? "\n" : ",\n");
            firstVersion = false;
            out.append("{\"language\":");
            Json.string(out, version.language().code()).append(",\"source\":");
            Json.string(out, version.source().name()).append(",\"clauses\":[");
            boolean firstClause = true;
            for (Clause clause : version.clauses()) {
                out.append(firstClause ? "\n" : ",\n");
                firstClause = false;
                out.append("{\"id\":");
                Json.string(out, clause.id()).append(",\"label\":");
                Json.string(out, clause.label()).append(",\"kind\":");
                Json.string(out, clause.kind().name().toLowerCase(Locale.ROOT)).append(",\"text\":");
                Json.string(out, clause.text()).append(",\"start\":").append(clause.start())
                        .append(",\"end\":").append(clause.end());
                // Only structured inputs have them: plain text's JSON stays as it was.
                if (!clause.caption().isEmpty()) {
                    Json.string(out.append(",\"caption\":"), clause.caption());
                }
                if (!clause.origin().isEmpty()) {
                    Json.string(out.append(",\"origin\":"), clause.origin());
                }
                out.append('}');
            }
            out.append("]}");
        }
        return out.append("]}\n").toString();
    }

    /**
     * {@return each version's clauses, one per line: label, then text}
     *
     * @param document the split versions
     */
    public static String text(ParallelDocument document) {
        StringBuilder out = new StringBuilder();
        for (LanguageVersion version : document.versions()) {
            out.append("== ").append(version.language().code()).append("  ").append(version.source().name())
                    .append("  (").append(Plural.count(version.clauses().size(), "clause")).append(")\n");
            int width = version.clauses().stream().mapToInt(c -> c.label().length()).max().orElse(0);
            for (Clause clause : version.clauses()) {
                out.append("  ").append(clause.label()).append(" ".repeat(width - clause.label().length() + 2))
                        .append(clause.text()).append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * Cuts text to a display width, counting East Asian wide characters as two columns.
     *
     * @param text any text
     * @param columns the most columns to use
     * @return the text, or its start followed by "…"
     */
    public static String truncate(String text, int columns) {
        if (Scripts.width(text) <= columns) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = Scripts.width(new String(Character.toChars(cp)));
            if (width + next > columns - 1) {
                break;
            }
            out.appendCodePoint(cp);
            width += next;
            i += Character.charCount(cp);
        }
        return out.append('…').toString();
    }
}
