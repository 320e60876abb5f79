package org.clausealign.read;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;
import org.clausealign.text.Scripts;

/**
 * One printed line of a PDF page: its text and where it sits.
 *
 * @param text the line's characters, words separated by one space, and an ideographic space (U+3000)
 *     where Japanese text has one
 * @param x the left edge of its first character, in points
 * @param y its baseline from the top of the page, in points
 * @param size its font size, in points
 * @param end the right edge of its last character, in points
 * @param second the left edge of its second word (the text after a label such as {@code (a)}), or
 *     {@code x} if it has one word
 * @param lead the width of its first unit that a line cannot be broken inside (a word, or a
 *     Japanese character with the punctuation that may not start a line), in points: whether it
 *     would have fitted at the end of the line above tells a wrapped line from a paragraph's start
 */
record PdfLine(String text, float x, float y, float size, float end, float second, float lead) {
    /** A gap between two glyphs wider than this share of the font size is a space between words. */
    private static final float SPACE = 0.2f;
    /** Glyphs whose baselines differ by less than this share of the font size are on one line. */
    private static final float SAME_LINE = 0.5f;
    /** A space or a gap between Japanese characters wider than this share of the font size is an ideographic space. */
    private static final float FULL_WIDTH = 0.75f;
    private static final char IDEOGRAPHIC_SPACE = '\u3000';

    /**
     * Groups the glyphs of a page into lines by their baselines, then each line's glyphs by their
     * position. PDFBox's own line grouping is not used: it measures glyph heights from font boxes,
     * which in CJK fonts are taller than the line spacing, so two Japanese lines merged into one.
     *
     * @param glyphs the page's glyphs in any order
     * @return its lines from top to bottom
     */
    static List<PdfLine> of(List<TextPosition> glyphs) {
        List<TextPosition> byY = new ArrayList<>(glyphs);
        byY.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
        List<PdfLine> lines = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getLineInstance(ULocale.JAPANESE);
        List<TextPosition> line = new ArrayList<>();
        float baseline = Float.NaN;
        for (TextPosition glyph : byY) {
            if (!line.isEmpty() && glyph.getYDirAdj() - baseline > SAME_LINE * size(line.get(0))) {
                lines.add(line(line, breaks));
                line = new ArrayList<>();
            }
            if (line.isEmpty()) {
                baseline = glyph.getYDirAdj();
            }
            line.add(glyph);
        }
        if (!line.isEmpty()) {
            lines.add(line(line, breaks));
        }
        lines.removeIf(l -> l.text().isEmpty());
        return lines;
    }

    private static PdfLine line(List<TextPosition> glyphs, BreakIterator breaks) {
        glyphs.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
        StringBuilder text = new StringBuilder();
        TextPosition previous = null;
        float second = Float.NaN;
        boolean seenText = false;
        for (TextPosition glyph : glyphs) {
            String unicode = glyph.getUnicode();
            if (unicode == null) {
                continue;
            }
            if (previous != null && !unicode.isBlank() && text.length() > 0 && !endsBlank(text)) {
                float gap = glyph.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
                boolean cjk = isCjk(unicode.codePointAt(0)) && isCjk(text.codePointBefore(text.length()));
                if (cjk && gap > FULL_WIDTH * size(glyph)) {
                    // An ideographic space the PDF wrote as a gap (２　この…).
                    text.append(IDEOGRAPHIC_SPACE);
                } else if (gap > SPACE * size(glyph) && !cjk) {
                    text.append(' ');
                }
            }
            if (!unicode.isBlank()) {
                if (seenText && Float.isNaN(second) && endsBlank(text)) {
                    second = glyph.getXDirAdj();
                }
                seenText = true;
            }
            text.append(unicode.isBlank() ? blank(unicode, glyph, text) : unicode);
            previous = glyph;
        }
        String joined = text.toString().replaceAll(" {2,}", " ").strip();
        TextPosition first = glyphs.get(0);
        float size = 0;
        float end = first.getXDirAdj();
        for (TextPosition glyph : glyphs) {
            size = Math.max(size, size(glyph));
            if (glyph.getUnicode() != null && !glyph.getUnicode().isBlank()) {
                end = Math.max(end, glyph.getXDirAdj() + glyph.getWidthDirAdj());
            }
        }
        return new PdfLine(joined, first.getXDirAdj(), first.getYDirAdj(), size, end,
                Float.isNaN(second) ? first.getXDirAdj() : second, lead(joined, glyphs, breaks));
    }

    /** @return the width from the line's start to the right edge of the glyph that ends its first unbreakable unit */
    private static float lead(String text, List<TextPosition> glyphs, BreakIterator breaks) {
        breaks.setText(text);
        int unit = breaks.following(0);
        int wanted = (int) text.substring(0, unit == BreakIterator.DONE ? text.length() : unit).chars()
                .filter(c -> c != ' ' && c != IDEOGRAPHIC_SPACE).count();
        int seen = 0;
        float start = glyphs.get(0).getXDirAdj();
        for (TextPosition glyph : glyphs) {
            String unicode = glyph.getUnicode();
            if (unicode == null || unicode.isBlank()) {
                continue;
            }
            seen += unicode.length();
            if (seen >= wanted) {
                return glyph.getXDirAdj() + glyph.getWidthDirAdj() - start;
            }
        }
        return 0;
    }

    /**
     * @return an ideographic space where Japanese text has one, written as U+3000 or as a space
     *     glyph of full width after a Japanese character, so that the clause splitter sees the
     *     number that starts a statute's paragraph (２　) as a plain text gives it; otherwise a space
     */
    private static char blank(String unicode, TextPosition glyph, CharSequence before) {
        boolean ideographic = unicode.indexOf(IDEOGRAPHIC_SPACE) >= 0
                || glyph.getWidthDirAdj() > FULL_WIDTH * size(glyph) && before.length() > 0
                        && isCjk(Character.codePointBefore(before, before.length()));
        return ideographic ? IDEOGRAPHIC_SPACE : ' ';
    }

    private static boolean endsBlank(CharSequence text) {
        char last = text.charAt(text.length() - 1);
        return last == ' ' || last == IDEOGRAPHIC_SPACE;
    }

    private static float size(TextPosition glyph) {
        float size = glyph.getFontSizeInPt();
        return size > 1 ? size : Math.max(glyph.getHeightDir(), 1);
    }

    private static boolean isCjk(int c) {
        return Scripts.isJapaneseLetter(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF;
    }
}
