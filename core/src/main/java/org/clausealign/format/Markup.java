package org.clausealign.format;

/** Escaping for the XML and HTML clausealign writes. */
final class Markup {
    private Markup() {}

    /**
     * @param text any text from the input
     * @return the text without the characters XML 1.0 forbids (C0 controls other than tab and
     *     line ends, U+FFFE, U+FFFF, unpaired surrogates), each replaced by U+FFFD
     */
    static String xmlSafe(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed;
            if (Character.isHighSurrogate(c)) {
                allowed = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (allowed) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                allowed = false;
            } else {
                allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            }
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(allowed ? c : '\uFFFD');
            }
        }
        return out == null ? text : out.toString();
    }

    /** @return how many characters of the text XML 1.0 forbids, which {@link #xmlSafe} replaces */
    static int forbidden(String text) {
        String safe = xmlSafe(text);
        int n = 0;
        for (int i = 0; i < safe.length(); i++) {
            if (safe.charAt(i) == '\uFFFD' && (i >= text.length() || text.charAt(i) != '\uFFFD')) {
                n++;
            }
        }
        return n;
    }

    /** @return the text escaped for HTML element content and quoted attribute values */
    static String html(String text) {
        String safe = xmlSafe(text);
        StringBuilder out = new StringBuilder(safe.length() + 16);
        for (int i = 0; i < safe.length(); i++) {
            char c = safe.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
