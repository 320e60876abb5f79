package org.clausealign.format;

import java.util.List;
import java.util.Locale;
import org.clausealign.align.Alignment;
import org.clausealign.align.ClauseGroup;
import org.clausealign.clause.Clause;
import org.clausealign.lang.Language;

/**
 * Renders an {@link Alignment} as readable text, JSON or TSV.
 *
 * <p>JSON: {@code {"languages":["ja","en","fr"],"groups":[{"id":"2.c.vii","label":"2(c)(vii)",
 * "confidence":0.98,"reason":"","clauses":{"ja":{"id":"2.c.vii","text":"…"},"en":{…},"fr":null}}]}};
 * a version with two clauses in a group (a 1–2 pairing) has a list of them. A clause has
 * {@code "caption"} (a statute's marginal note) and {@code "origin"} (where it is in a PDF, Word,
 * HTML or XML file: {@code "page 3"}, {@code "paragraph 12"}, an element id) where it has them:
 * {@code {"id":"6.2","caption":"Computing remission credits","origin":"lims:id 397064","text":"…"}}.
 */
public final class AlignmentFormat {
    private AlignmentFormat() {}

    /**
     * {@return a side-by-side listing: each group's label and confidence, then each version's text}
     *
     * @param alignment the groups
     */
    public static String text(Alignment alignment) {
        StringBuilder out = new StringBuilder();
        for (ClauseGroup group : alignment.groups()) {
            out.append(group.label()).append("  [").append(confidence(group.confidence())).append(']');
            if (!group.reason().isEmpty()) {
                out.append("  ").append(group.reason());
            }
            out.append('\n');
            for (Language language : alignment.languages()) {
                String text = group.text(language);
                out.append("  ").append(language.code()).append("  ").append(text.isEmpty() ? "—" : text).append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * {@return the JSON document, ending with a line break}
     *
     * @param alignment the groups
     */
    public static String json(Alignment alignment) {
        StringBuilder out = new StringBuilder("{\"languages\":[");
        List<Language> languages = alignment.languages();
        for (int i = 0; i < languages.size(); i++) {
            Json.string(out.append(i == 0 ? "" : ","), languages.get(i).code());
        }
        out.append("],\"groups\":[");
        boolean firstGroup = true;
        for (ClauseGroup group : alignment.groups()) {
            out.append(firstGroup ? "\n" : ",\n");
            firstGroup = false;
            out.append("{\"id\":");
            Json.string(out, group.id()).append(",\"label\":");
            Json.string(out, group.label()).append(",\"confidence\":").append(confidence(group.confidence()))
                    .append(",\"reason\":");
            Json.string(out, group.reason()).append(",\"clauses\":{");
            for (int i = 0; i < languages.size(); i++) {
                Json.string(out.append(i == 0 ? "" : ","), languages.get(i).code()).append(':');
                List<Clause> clauses = group.clauses(languages.get(i));
                if (clauses.isEmpty()) {
                    out.append("null");
                } else if (clauses.size() == 1) {
                    clause(out, clauses.get(0));
                } else {
                    out.append('[');
                    for (int k = 0; k < clauses.size(); k++) {
                        clause(out.append(k == 0 ? "" : ","), clauses.get(k));
                    }
                    out.append(']');
                }
            }
            out.append("}}");
        }
        return out.append("]}\n").toString();
    }

    /**
     * {@return one row per group: id, label, confidence, then a column per language; cells that a
     *     spreadsheet would run as formulas start with an apostrophe}
     *
     * @param alignment the groups
     */
    public static String tsv(Alignment alignment) {
        StringBuilder out = new StringBuilder("id\tlabel\tconfidence");
        for (Language language : alignment.languages()) {
            out.append('\t').append(language.code());
        }
        out.append('\n');
        for (ClauseGroup group : alignment.groups()) {
            out.append(cell(group.id())).append('\t').append(cell(group.label())).append('\t')
                    .append(confidence(group.confidence()));
            for (Language language : alignment.languages()) {
                out.append('\t').append(cell(group.text(language)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static void clause(StringBuilder out, Clause clause) {
        out.append("{\"id\":");
        Json.string(out, clause.id());
        whereFrom(out, clause.caption(), clause.origin());
        Json.string(out.append(",\"text\":"), clause.text()).append('}');
    }

    /** Appends a clause's {@code "caption"} and {@code "origin"} members, each only where it is set. */
    static void whereFrom(StringBuilder out, String caption, String origin) {
        if (!caption.isEmpty()) {
            Json.string(out.append(",\"caption\":"), caption);
        }
        if (!origin.isEmpty()) {
            Json.string(out.append(",\"origin\":"), origin);
        }
    }

    private static String cell(String text) {
        return SpreadsheetCells.tsv(text);
    }

    static String confidence(double confidence) {
        return String.format(Locale.ROOT, "%.2f", confidence);
    }
}
