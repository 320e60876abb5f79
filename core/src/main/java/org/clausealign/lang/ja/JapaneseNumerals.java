package org.clausealign.lang.ja;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.ParsePosition;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ja.JapaneseNumberFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.clausealign.text.TextMemo;

/**
 * Kanji numerals that count something, rewritten in digits: 二千三十年 is 2030年, 二通 is 2通,
 * 三月 is 3月. Kuromoji finds the words and its {@link JapaneseNumberFilter} reads their value; a
 * numeral counts only when a counter follows it (年, 通, 回, パーセント…), so that 二国間
 * ("bilateral") and 一体 ("integrated") stay words.
 */
final class JapaneseNumerals {
    private static final String COUNTER = "名詞-接尾-助数詞";
    private static final Analyzer NUMBERS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL);
            return new TokenStreamComponents(tokenizer, new JapaneseNumberFilter(tokenizer));
        }
    };
    /** ICU's Japanese spelled-out numbers, for the numeral in a month word such as 十二月. */
    private static final ThreadLocal<RuleBasedNumberFormat> SPELLOUT = ThreadLocal.withInitial(() ->
            new RuleBasedNumberFormat(ULocale.JAPANESE, RuleBasedNumberFormat.SPELLOUT));

    /** Alignment and the index's number terms read the same clauses' numerals. */
    private static final TextMemo<Boolean, String> IN_DIGITS = new TextMemo<>();

    private JapaneseNumerals() {}

    /**
     * @param text Japanese text, NFKC
     * @return the text with counting kanji numerals in digits
     */
    static String inDigits(String text) {
        return IN_DIGITS.get(text, Boolean.TRUE, JapaneseNumerals::read);
    }

    private static String read(String text) {
        if (!hasKanjiNumeral(text, 0, text.length())) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        try (TokenStream stream = NUMBERS.tokenStream("numbers", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PartOfSpeechAttribute pos = stream.addAttribute(PartOfSpeechAttribute.class);
            stream.reset();
            // A numeral is known to count only when the next token turns out to be a counter.
            String pendingDigits = null;
            int pendingStart = 0;
            int pendingEnd = 0;
            while (stream.incrementToken()) {
                String partOfSpeech = pos.getPartOfSpeech();
                int start = offset.startOffset();
                int end = offset.endOffset();
                if (pendingDigits != null && start == pendingEnd && partOfSpeech != null && partOfSpeech.startsWith(COUNTER)
                        && !reduplicated(text, pendingStart, end)) {
                    int integerStart = integerPartStart(text, pendingStart);
                    if (integerStart < pendingStart) {
                        // 三・五トン: kuromoji reads the part after the point alone.
                        Number integer = SPELLOUT.get().parse(text.substring(integerStart, pendingStart - 1), new ParsePosition(0));
                        if (integer != null && integerStart >= copied) {
                            out.append(text, copied, integerStart).append(integer.longValue()).append('.').append(pendingDigits);
                            copied = pendingEnd;
                        }
                    } else if (pendingStart >= copied) {
                        out.append(text, copied, pendingStart).append(pendingDigits);
                        copied = pendingEnd;
                    }
                }
                pendingDigits = null;
                String digits = term.toString();
                if (isDigits(digits) && hasKanjiNumeral(text, start, end)) {
                    pendingDigits = digits;
                    pendingStart = start;
                    pendingEnd = end;
                } else if (end - start >= 2 && text.charAt(end - 1) == '月' && hasKanjiNumeral(text, start, end - 1)) {
                    Number month = SPELLOUT.get().parse(text.substring(start, end - 1), new ParsePosition(0));
                    if (month != null) {
                        out.append(text, copied, start).append(month.longValue());
                        copied = end - 1;
                    }
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** 一人一人 ("one by one") repeats a numeral and its counter: an idiom, not a count. */
    private static boolean reduplicated(String text, int start, int end) {
        String counted = text.substring(start, end);
        return text.startsWith(counted, end) || start >= counted.length() && text.startsWith(counted, start - counted.length());
    }

    /**
     * Where the integer part of a decimal in kanji starts (三 in 三・五), or {@code start} if the
     * numeral does not follow a "・" that follows a numeral.
     */
    private static int integerPartStart(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != '・' || !hasKanjiNumeral(text, start - 2, start - 1)) {
            return start;
        }
        int i = start - 2;
        while (i > 0 && hasKanjiNumeral(text, i - 1, i)) {
            i--;
        }
        return i;
    }

    private static boolean isDigits(String term) {
        return !term.isEmpty() && term.chars().allMatch(c -> c >= '0' && c <= '9' || c == '.');
    }

    /** Whether a Han character with a numeric value (一, 十, 〇, 万) stands in the span. */
    private static boolean hasKanjiNumeral(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 0x3000 && UCharacter.getNumericValue(c) >= 0 && (c == '〇' || UScript.getScript(c) == UScript.HAN)) {
                return true;
            }
        }
        return false;
    }
}
