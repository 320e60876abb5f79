package org.clausealign.clause;

/**
 * One reading of the numbering at the start of a line.
 *
 * @param style the numbering style
 * @param value the number it stands for: 3 for "(c)", "(iii)", "３．" or "第三条"
 * @param component what it adds to a clause id: "c", "iii", "3"
 * @param printed the marker as printed, trimmed: "(c)", "３．", "Article 3"
 * @param textOffset where the clause's own text starts in the line's content
 * @param firstInside the style of a list whose first value the clause holds without a marker
 *     line of its own, or null: "Article 2 (1) The term…" holds paragraph (1), which "(2)" then
 *     continues; a Japanese article 第二条 holds its unnumbered first paragraph, which "２" continues
 */
record Marker(Style style, int value, String component, String printed, int textOffset, Style firstInside) {
    Marker(Style style, int value, String component, String printed, int textOffset) {
        this(style, value, component, printed, textOffset, null);
    }
}
