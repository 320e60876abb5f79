package org.clausealign.revision;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.clausealign.lang.Language;

/**
 * A text cut into the units a redline compares: words, spaces and punctuation for English and
 * French (ICU's word boundaries), morphemes for Japanese (kuromoji). The units joined give the
 * text back, character for character.
 */
final class Tokens {
    /** Kuromoji keeps punctuation here, so that every character lands in a unit. */
    private static final Analyzer MORPHEMES = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL));
        }
    };

    private Tokens() {}

    /**
     * @param language the text's language
     * @param text the text
     * @return its units in order; joined, they are the text
     */
    static List<String> of(Language language, String text) {
        return language == Language.JA ? morphemes(text) : words(language, text);
    }

    /**
     * @param units units from {@link #of}
     * @return the units that carry meaning, lower-cased: what clause similarity counts
     */
    static List<String> content(List<String> units) {
        List<String> content = new ArrayList<>();
        for (String unit : units) {
            if (unit.codePoints().anyMatch(Character::isLetterOrDigit)) {
                content.add(unit.toLowerCase(Locale.ROOT));
            }
        }
        return content;
    }

    private static List<String> words(Language language, String text) {
        BreakIterator breaks = BreakIterator.getWordInstance(ULocale.forLocale(language.locale()));
        breaks.setText(text);
        List<String> units = new ArrayList<>();
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            units.add(text.substring(start, end));
        }
        return units;
    }

    private static List<String> morphemes(String text) {
        List<String> units = new ArrayList<>();
        int covered = 0;
        try (TokenStream stream = MORPHEMES.tokenStream("redline", text)) {
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                // Kuromoji skips white space; the gap becomes a unit of its own.
                if (offset.startOffset() > covered) {
                    units.add(text.substring(covered, offset.startOffset()));
                }
                if (offset.endOffset() > Math.max(covered, offset.startOffset())) {
                    units.add(text.substring(Math.max(covered, offset.startOffset()), offset.endOffset()));
                    covered = offset.endOffset();
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (covered < text.length()) {
            units.add(text.substring(covered));
        }
        return units;
    }
}
