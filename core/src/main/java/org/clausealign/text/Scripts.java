package org.clausealign.text;

import java.lang.Character.UnicodeScript;

/** Character classes that decide how lines join and which language a line is in. */
public final class Scripts {
    private Scripts() {}

    /**
     * {@return whether it is Japanese script: kanji, hiragana, katakana, or the full-width and
     *     ideographic punctuation that only East Asian text uses}
     *
     * @param cp a code point
     */
    public static boolean isJapanese(int cp) {
        if (cp < 0x2E80) {
            return false;
        }
        if (isCommonJapaneseLetter(cp)) {
            return true;
        }
        UnicodeScript script = UnicodeScript.of(cp);
        return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF) || cp == 0x30FC;
    }

    /**
     * {@return whether it is kanji, hiragana or katakana (not punctuation)}
     *
     * @param cp a code point
     */
    public static boolean isJapaneseLetter(int cp) {
        if (cp < 0x2E80) {
            return false;
        }
        if (isCommonJapaneseLetter(cp)) {
            return true;
        }
        UnicodeScript script = UnicodeScript.of(cp);
        return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA;
    }

    /** Hiragana, katakana and the common kanji block: most Japanese text, without a script lookup. */
    private static boolean isCommonJapaneseLetter(int cp) {
        return cp >= 0x3041 && cp <= 0x3096 || cp >= 0x30A1 && cp <= 0x30FA || cp >= 0x4E00 && cp <= 0x9FFF;
    }

    /**
     * Display width as a terminal or a PDF line counts it: East Asian wide characters take two
     * columns, everything else one.
     *
     * @param s any text
     * @return its width in columns
     */
    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += isJapanese(cp) && !(cp >= 0xFF61 && cp <= 0xFFDC) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }
}
