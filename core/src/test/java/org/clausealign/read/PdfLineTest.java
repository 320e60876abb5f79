package org.clausealign.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

/**
 * An ideographic space comes out of a PDF line as U+3000, however the PDF wrote it, so that a
 * Japanese statute's paragraph number (２　) reads as in a plain text; an ordinary space stays one.
 * Glyphs here are 10 pt, a full-width character 10 pt wide.
 */
class PdfLineTest {
    private static final float SIZE = 10;

    /** A glyph on one baseline, starting at {@code x}, {@code width} wide. */
    private static TextPosition glyph(String unicode, float x, float width) {
        return new TextPosition(0, 595, 842, new Matrix(1, 0, 0, 1, x, 700), x + width, 700, SIZE, width,
                SIZE / 4, unicode, new int[] {unicode.codePointAt(0)}, null, SIZE, (int) SIZE);
    }

    /** @return the line of full-width glyphs, each starting where the one before ended plus its gap */
    private static String line(Object... textsAndGaps) {
        List<TextPosition> glyphs = new ArrayList<>();
        float x = 72;
        for (Object part : textsAndGaps) {
            if (part instanceof Float gap) {
                x += gap;
                continue;
            }
            for (int c : ((String) part).codePoints().toArray()) {
                glyphs.add(glyph(Character.toString(c), x, SIZE));
                x += SIZE;
            }
        }
        return PdfLine.of(glyphs).get(0).text();
    }

    @Test
    void aGapOfAFullWidthCharacterBetweenJapaneseCharactersIsAnIdeographicSpace() {
        assertEquals("２\u3000この法律", line("２", SIZE, "この法律"));
    }

    @Test
    void aSpaceGlyphOfFullWidthOrAnIdeographicSpaceGlyphAfterAJapaneseCharacterIsAnIdeographicSpace() {
        assertEquals("一\u3000リチウム", line("一 リチウム"));
        assertEquals("附\u3000則", line("附\u3000則"));
    }

    @Test
    void aNarrowGapBetweenJapaneseCharactersIsNoSpaceAndANarrowSpaceGlyphStaysASpace() {
        assertEquals("この法律", line("この", 2f, "法律"));
        List<TextPosition> glyphs = new ArrayList<>(List.of(glyph("２", 72, SIZE), glyph(" ", 82, 2.5f),
                glyph("こ", 84.5f, SIZE)));
        assertEquals("２ こ", PdfLine.of(glyphs).get(0).text());
    }
}
