package org.clausealign.align;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a clause's text whose numbers state something: enumerators that count the items of
 * a list inside a paragraph ((1) … (4), which another version may write (i) … (iv) or a) … d)) and
 * idioms built on a number word ("à cent pour cent", "one hundred per cent": wholly) are taken out
 * before numbers are compared, by the alignment and by the number check alike.
 */
public final class Figures {
    /** An enumerator in a paragraph: "(1)" after a space or the start, not "5(1)", a citation. */
    private static final Pattern ENUMERATOR = Pattern.compile("(?<![\\p{L}\\p{N}])\\((\\d{1,2})\\)");
    /** "Cent pour cent", "(one) hundred per cent", spelled out: an idiom for "wholly", not a figure. */
    private static final Pattern WHOLLY = Pattern.compile(
            "(?iu)\\b(?:à\\s+)?cent\\s+pour\\s*cent\\b|\\b(?:one\\s+)?hundred\\s+per\\s*cent\\b");

    private Figures() {}

    /**
     * {@return the text without enumerators (when it counts (1), (2) … in order) and number idioms}
     *
     * @param normalized a clause's NFKC text
     */
    public static String stated(String normalized) {
        // Every idiom holds "cent": most clauses are spared the regular expression, and keep
        // their own string, as the expression leaves a text it does not match.
        String text = holdsCent(normalized) ? WHOLLY.matcher(normalized).replaceAll(" ") : normalized;
        if (!text.contains("(1)")) {
            return text;
        }
        Matcher m = ENUMERATOR.matcher(text);
        List<int[]> spans = new ArrayList<>();
        int expected = 1;
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == expected) {
                spans.add(new int[] {m.start(), m.end()});
                expected++;
            }
        }
        // One "(1)" alone may be a figure in brackets ("one (1)"); a run of two at least counts items.
        if (spans.size() < 2) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        for (int k = spans.size() - 1; k >= 0; k--) {
            out.replace(spans.get(k)[0], spans.get(k)[1], " ");
        }
        return out.toString();
    }

    /** Whether "cent" stands in the text in any case, as {@link #WHOLLY} would read it. */
    private static boolean holdsCent(String text) {
        for (int i = 0; i + 4 <= text.length(); i++) {
            char c = text.charAt(i);
            if ((c == 'c' || c == 'C') && text.regionMatches(true, i + 1, "ent", 0, 3)) {
                return true;
            }
        }
        return false;
    }
}
