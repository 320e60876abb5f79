package org.clausealign.clause;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clausealign.lang.Language;
import org.clausealign.lang.VersionLine;
import org.clausealign.text.Scripts;

/**
 * What one version's layout tells about where its paragraphs end, learned from the version itself.
 *
 * <p>Text extracted from a PDF loses paragraph breaks: every line may be followed by an empty
 * line, and paragraphs are hard-wrapped. The cues that survive are read here: the usual width of
 * a full line (a shorter line may end a paragraph), white space at the end of Japanese lines (the
 * PDF layer puts it where a paragraph ends and not where a word wraps), sentence-final
 * punctuation, a capital letter that starts the next line, and the words a document capitalises
 * mid-sentence (names, which do not start a paragraph after a comma).
 */
final class Layout {
    /** Lines whose 90th-percentile width exceeds this are whole paragraphs, not wrapped lines. */
    private static final int UNWRAPPED_WIDTH = 160;
    private static final double SHORT = 0.75;
    private static final double FULL = 0.85;

    private final boolean japanese;
    private final int fullWidth;
    private final boolean unwrapped;
    private final boolean doubleSpaced;
    private final boolean trailingSpaceEndsParagraph;
    private final boolean indentMeaningful;
    private final Set<String> namesCapitalisedMidSentence;

    Layout(Language language, List<VersionLine> lines) {
        this.japanese = language == Language.JA;
        int[] widths = lines.stream().filter(l -> !l.separator())
                .mapToInt(l -> Scripts.width(l.line().content())).sorted().toArray();
        this.fullWidth = Math.max(1, percentile(widths, 0.8));
        this.unwrapped = percentile(widths, 0.9) >= UNWRAPPED_WIDTH;
        long spaced = lines.stream().skip(1).filter(l -> l.blankLinesBefore() > 0).count();
        // Blank lines after most lines are left by PDF extraction only where lines are wrapped:
        // if nearly every line ends a sentence, the lines are paragraphs and the blanks are real.
        long finished = lines.stream().filter(l -> Punctuation.endsSentenceOrList(l.line().content())).count();
        this.doubleSpaced = lines.size() > 4 && spaced >= 0.35 * (lines.size() - 1) && finished < 0.8 * lines.size();
        long trailing = lines.stream().filter(l -> l.line().trailingSpace() > 0).count();
        this.trailingSpaceEndsParagraph = japanese && trailing >= 3 && lines.size() - trailing >= 3
                && trailing < 0.9 * lines.size();
        this.indentMeaningful = unwrapped && lines.stream().filter(l -> l.line().indent() >= 2).count() >= 3;
        this.namesCapitalisedMidSentence = japanese ? Set.of() : midSentenceCapitals(lines);
    }

    /** @return whether indentation shows nesting, so an unnumbered paragraph belongs to the item it aligns with */
    boolean indentMeaningful() {
        return indentMeaningful;
    }

    /** @return whether the line is clearly shorter than a full line of this version */
    boolean isShort(VersionLine line) {
        return Scripts.width(line.line().content()) < SHORT * fullWidth;
    }

    /**
     * @param previous a line
     * @param next the line after it in the same version
     * @param inTitle whether both are read as the opening title, whose short centred lines
     *     continue one another
     * @return whether a paragraph ends between them
     */
    boolean paragraphEnds(VersionLine previous, VersionLine next, boolean inTitle) {
        if (next.afterOtherLanguage() || unwrapped || (!doubleSpaced && next.blankLinesBefore() > 0)) {
            return true;
        }
        if (inTitle && isShort(previous) && isShort(next)) {
            return false;
        }
        String p = previous.line().content();
        String n = next.line().content();
        if (japanese && trailingSpaceEndsParagraph) {
            return previous.line().trailingSpace() > 0;
        }
        int last = Punctuation.lastMeaningful(p);
        int first = n.codePointAt(0);
        if (japanese || Scripts.isJapanese(last)) {
            // Japanese wraps at the full width, mid-word: a line that stops short ends its paragraph.
            return "。！？!?".indexOf(last) >= 0 || Scripts.width(p) < FULL * fullWidth;
        }
        if (isAllCaps(p) && !isAllCaps(n)) {
            return true;
        }
        boolean nextStarts = Character.isUpperCase(first) || Character.isDigit(first)
                || "“\"«‘'([（「".indexOf(first) >= 0 || Scripts.isJapanese(first);
        if (!nextStarts) {
            return false;
        }
        if (";:；：".indexOf(last) >= 0) {
            return true;
        }
        if (".!?".indexOf(last) >= 0) {
            return Scripts.width(p) < FULL * fullWidth || previous.line().trailingSpace() >= 2;
        }
        if (last == ',') {
            return !namesCapitalisedMidSentence.contains(firstWord(n));
        }
        return false;
    }

    /**
     * @param previous a line
     * @param next the line after it, where {@link #paragraphEnds} found a paragraph end
     * @return whether that end rests only on the line before ending a sentence short of the full
     *     width, not on a blank line, another language or a short line, so that a PDF's text may
     *     also show it mid-paragraph
     */
    boolean weakEnd(VersionLine previous, VersionLine next) {
        return !unwrapped && !japanese && !next.afterOtherLanguage() && (doubleSpaced || next.blankLinesBefore() == 0)
                && !isShort(previous);
    }

    private static boolean isAllCaps(String s) {
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return upper >= 2;
    }

    private static String firstWord(String s) {
        int end = 0;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return s.substring(0, end);
    }

    /** Words written with a capital right after a lower-case word: names, not sentence starts. */
    private static Set<String> midSentenceCapitals(List<VersionLine> lines) {
        Set<String> names = new HashSet<>();
        boolean afterLowerWord = false;
        for (VersionLine line : lines) {
            String content = line.line().raw();
            int i = 0;
            while (i < content.length()) {
                while (i < content.length() && Character.isWhitespace(content.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < content.length() && !Character.isWhitespace(content.charAt(i))) {
                    i++;
                }
                if (i == start) {
                    break;
                }
                char first = content.charAt(start);
                if (afterLowerWord && Character.isUpperCase(first)) {
                    names.add(firstWord(content.substring(start, i)));
                }
                afterLowerWord = Character.isLowerCase(first) && Character.isLetter(content.charAt(i - 1));
            }
        }
        return names;
    }

    private static int percentile(int[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }

}
