package org.clausealign.format;

/**
 * Cells of the TSV and CSV clausealign writes, safe to open in a spreadsheet: a cell that starts
 * like a formula ({@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a
 * leading apostrophe, so that {@code =cmd|' /C calc'!A0} in a document is shown, never run
 * (OWASP's rule against CSV injection).
 */
final class SpreadsheetCells {
    private SpreadsheetCells() {}

    /** @return the text, with an apostrophe before it if a spreadsheet would read it as a formula */
    static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    /** @return a TSV cell: neutralised, with tabs and line breaks (which would break the row) as spaces */
    static String tsv(String text) {
        return neutralised(text).replaceAll("[\\t\\r\\n]+", " ");
    }

    /** @return a CSV cell (RFC 4180): neutralised, quoted, its quotes doubled */
    static String csv(String text) {
        return "\"" + neutralised(text).replace("\"", "\"\"") + "\"";
    }
}
