package org.clausealign.format;

import java.util.Map;
import org.clausealign.lang.Language;

/** The little JSON clausealign writes: string escaping by RFC 8259. */
final class Json {
    private Json() {}

    /** Appends an object from language codes to texts, in the languages' order: {"ja":"…","en":"…"}. */
    static StringBuilder byLanguage(StringBuilder out, Map<Language, String> texts) {
        out.append('{');
        boolean first = true;
        for (Language language : Language.values()) {
            String text = texts.get(language);
            if (text != null) {
                string(out.append(first ? "" : ","), language.code()).append(':');
                string(out, text);
                first = false;
            }
        }
        return out.append('}');
    }

    /** Appends a JSON string literal, quotes included. */
    static StringBuilder string(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }
}
