package org.clausealign.lang;

import java.util.Locale;
import org.clausealign.lang.en.EnglishRules;
import org.clausealign.lang.fr.FrenchRules;
import org.clausealign.lang.ja.JapaneseRules;

/** The languages clausealign reads, each with its {@link LanguageRules}. */
public enum Language {
    /** Japanese. */
    JA("ja", Locale.JAPANESE, new JapaneseRules()),
    /** English. */
    EN("en", Locale.ENGLISH, new EnglishRules()),
    /** French. */
    FR("fr", Locale.FRENCH, new FrenchRules());

    private final String code;
    private final Locale locale;
    private final LanguageRules rules;

    Language(String code, Locale locale, LanguageRules rules) {
        this.code = code;
        this.locale = locale;
        this.rules = rules;
    }

    /** {@return the ISO 639-1 code: {@code ja}, {@code en} or {@code fr}} */
    public String code() {
        return code;
    }

    /** {@return the locale for language-sensitive operations such as case folding} */
    public Locale locale() {
        return locale;
    }

    /** {@return this language's rules} */
    public LanguageRules rules() {
        return rules;
    }

    /**
     * {@return the language with that code}
     *
     * @param code an ISO 639-1 code, in any case
     * @throws IllegalArgumentException if clausealign does not support the language
     */
    public static Language of(String code) {
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.code.equals(wanted)) {
                return language;
            }
        }
        throw new IllegalArgumentException("unknown language '" + code + "' (clausealign reads ja, en and fr)");
    }
}
