package org.clausealign.read;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

/**
 * Writes a list item's number in the styles Word and browsers use: decimal, letters, Roman
 * numerals, full-width and circled digits, Japanese numerals.
 */
final class ListNumbers {
    /** ICU's rule-based numbering systems hold the Roman numerals ("%roman-lower"). */
    private static final ThreadLocal<RuleBasedNumberFormat> SYSTEMS = ThreadLocal.withInitial(
            () -> new RuleBasedNumberFormat(ULocale.ROOT, RuleBasedNumberFormat.NUMBERING_SYSTEM));
    private static final ThreadLocal<RuleBasedNumberFormat> JAPANESE = ThreadLocal.withInitial(
            () -> new RuleBasedNumberFormat(ULocale.JAPANESE, RuleBasedNumberFormat.SPELLOUT));

    /** How letters go on after z. */
    enum Letters {
        /** Word: aa, bb, cc… (the letter repeated). */
        REPEATED,
        /** CSS and HTML: aa, ab, ac… (counting in base 26). */
        ALPHABETIC
    }

    private ListNumbers() {}

    /**
     * @param n the number, 1 or more for letters and Roman numerals
     * @param style a Word {@code w:numFmt} value ({@code decimal}, {@code lowerLetter},
     *     {@code upperRoman}, {@code decimalFullWidth}…); unknown styles are written as decimal
     * @param letters how letters go on after z
     * @return the number as the style writes it
     */
    static String format(int n, String style, Letters letters) {
        return switch (style) {
            case "lowerLetter" -> letters(n, 'a', letters);
            case "upperLetter" -> letters(n, 'A', letters);
            case "lowerRoman" -> n > 0 && n < 4000 ? SYSTEMS.get().format(n, "%roman-lower") : Integer.toString(n);
            case "upperRoman" -> n > 0 && n < 4000 ? SYSTEMS.get().format(n, "%roman-upper") : Integer.toString(n);
            case "decimalZero" -> n < 10 ? "0" + n : Integer.toString(n);
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(Integer.toString(n));
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
                    n >= 1 && n <= 20 ? new String(Character.toChars(0x2460 + n - 1)) : Integer.toString(n);
            case "decimalEnclosedParen" ->
                    n >= 1 && n <= 20 ? new String(Character.toChars(0x2474 + n - 1)) : "(" + n + ")";
            case "japaneseCounting", "ideographTraditional", "chineseCounting" ->
                    JAPANESE.get().format(n, "%spellout-numbering");
            case "ideographDigital", "japaneseDigitalTenThousand" -> ideographDigits(n);
            default -> Integer.toString(n);
        };
    }

    private static String letters(int n, char a, Letters letters) {
        if (n < 1) {
            return Integer.toString(n);
        }
        if (letters == Letters.REPEATED) {
            return String.valueOf((char) (a + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
        }
        StringBuilder out = new StringBuilder();
        for (int rest = n; rest > 0; rest = (rest - 1) / 26) {
            out.insert(0, (char) (a + (rest - 1) % 26));
        }
        return out.toString();
    }

    private static String fullWidth(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : (char) c));
        return out.toString();
    }

    private static String ideographDigits(int n) {
        String digits = "〇一二三四五六七八九";
        StringBuilder out = new StringBuilder();
        Integer.toString(n).chars().forEach(c -> out.append(c >= '0' && c <= '9' ? digits.charAt(c - '0') : (char) c));
        return out.toString();
    }
}
