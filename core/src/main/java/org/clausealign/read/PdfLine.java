package org.clausealign.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;
import org.clausealign.text.Scripts;

/**
 * One printed line of a PDF page: its text and where it sits.
 *
 * @param text the line's characters, words separated by one space
 * @param x the left edge of its first character, in points
 * @param y its baseline from the top of the page, in points
 * @param size its font size, in points
 * @param end the right edge of its last character, in points
 * @param second the left edge of its second word (the text after a label such as {@code (a)}), or
 *     {@code x} if it has one word
 */
record PdfLine(String text, float x, float y, float size, float end, float second) {
    /** A gap between two glyphs wider than this share of the font size is a space between words. */
    private static final float SPACE = 0.2f;
    /** Glyphs whose baselines differ by less than this share of the font size are on one line. */
    private static final float SAME_LINE = 0.5f;

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
        List<TextPosition> line = new ArrayList<>();
        float baseline = Float.NaN;
        for (TextPosition glyph : byY) {
            if (!line.isEmpty() && glyph.getYDirAdj() - baseline > SAME_LINE * size(line.get(0))) {
                lines.add(line(line));
                line = new ArrayList<>();
            }
            if (line.isEmpty()) {
                baseline = glyph.getYDirAdj();
            }
            line.add(glyph);
        }
        if (!line.isEmpty()) {
            lines.add(line(line));
        }
        lines.removeIf(l -> l.text().isEmpty());
        return lines;
    }

    private static PdfLine line(List<TextPosition> glyphs) {
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
            if (previous != null && !unicode.isBlank() && text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                float gap = glyph.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
                boolean cjk = isCjk(unicode.codePointAt(0)) && isCjk(text.codePointBefore(text.length()));
                if (gap > SPACE * size(glyph) && !cjk) {
                    text.append(' ');
                }
            }
            if (!unicode.isBlank()) {
                if (seenText && Float.isNaN(second) && text.charAt(text.length() - 1) == ' ') {
                    second = glyph.getXDirAdj();
                }
                seenText = true;
            }
            text.append(unicode.isBlank() ? " " : unicode);
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
                Float.isNaN(second) ? first.getXDirAdj() : second);
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
