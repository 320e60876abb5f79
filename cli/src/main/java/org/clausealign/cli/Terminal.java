package org.clausealign.cli;

/**
 * Keeps control characters from the input away from the terminal: an escape sequence in a
 * document (clear the screen, set the window title, move the cursor) would otherwise act when its
 * clause is printed.
 */
final class Terminal {
    private static final char REPLACEMENT = '\uFFFD';
    /** The sequences clausealign itself writes (bold and plain, for search highlights) only change the weight of text. */
    private static final String BOLD = "\u001b[1m";
    private static final String PLAIN = "\u001b[0m";

    private Terminal() {}

    /**
     * @param text text about to be printed
     * @return the text with every C0 and C1 control character (and DEL) replaced by U+FFFD, except
     *     tab, line feed, a carriage return before a line feed (CSV's line ends), and the bold and
     *     plain sequences
     */
    static String safe(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = !Character.isISOControl(c) || c == '\t' || c == '\n'
                    || c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (c == '\u001b' && (text.startsWith(BOLD, i) || text.startsWith(PLAIN, i))) {
                allowed = true;
            }
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(allowed ? c : REPLACEMENT);
            }
        }
        return out == null ? text : out.toString();
    }
}
