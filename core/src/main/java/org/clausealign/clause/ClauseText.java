package org.clausealign.clause;

import com.ibm.icu.text.Normalizer2;
import org.clausealign.text.Scripts;

/** Joins wrapped lines back into running text and makes the normalised form. */
final class ClauseText {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private ClauseText() {}

    /**
     * Appends a line to text already joined. Japanese lines join with nothing between them
     * ("持続" + "可能"), as do lines broken after a hyphen ("Japan-" + "Canada"); other lines join
     * with one space.
     *
     * @param joined the text so far, white space already collapsed
     * @param line the next line's content
     */
    static void append(StringBuilder joined, String line) {
        String next = collapse(line);
        if (next.isEmpty()) {
            return;
        }
        if (joined.length() > 0) {
            int last = joined.codePointBefore(joined.length());
            int first = next.codePointAt(0);
            boolean hyphen = (last == '-' || last == '\u2010') && joined.length() > 1
                    && Character.isLetter(joined.charAt(joined.length() - 2));
            if (!hyphen && !Scripts.isJapanese(last) && !Scripts.isJapanese(first)) {
                joined.append(' ');
            }
        }
        joined.append(next);
    }

    /** @return the text with every run of white space made one space, ideographic spaces kept */
    static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B || c == 0xA0) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * @return the NFKC form of already joined text, white space collapsed again (NFKC makes
     *     ideographic and no-break spaces plain spaces)
     */
    static String normalize(String text) {
        return collapse(NFKC.normalize(text));
    }
}
