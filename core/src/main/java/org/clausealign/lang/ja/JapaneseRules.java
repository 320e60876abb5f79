package org.clausealign.lang.ja;

import org.clausealign.lang.LanguageRules;
import org.clausealign.text.Scripts;

/** Japanese: recognised by its script, one point per kana or kanji. */
public final class JapaneseRules implements LanguageRules {
    @Override
    public int evidence(String line) {
        return (int) line.codePoints().filter(Scripts::isJapaneseLetter).count();
    }
}
