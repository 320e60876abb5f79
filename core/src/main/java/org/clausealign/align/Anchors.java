package org.clausealign.align;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clausealign.lang.Invariants;
import org.clausealign.lang.Language;
import org.clausealign.text.TextMemo;

/**
 * What survives translation in a clause: numbers (full-width digits read through NFKC), months
 * (２０２３年１月, January 2023 and janvier 2023 all give month 1 and 2023), Latin acronyms
 * (MSP, G7) and quotation marks. Two versions of a clause share most of these; two different
 * clauses rarely do. {@link Scorer#overlap} compares them.
 */
final class Anchors {
    private static final Normalizer2 DECOMPOSE = Normalizer2.getNFDInstance();
    /** Letters a word must have to count as a possible cognate, and the prefix compared. */
    private static final int COGNATE_PREFIX = 5;

    /** Both alignment passes and the content judgement read each clause's anchors. */
    private static final TextMemo<Language, List<String>> READ = new TextMemo<>();

    private Anchors() {}

    /**
     * @param normalized a clause's NFKC text
     * @param language its language
     * @return its anchors, as a list that may repeat ("2023" twice)
     */
    static List<String> of(String normalized, Language language) {
        return READ.get(normalized, language, text -> read(text, language));
    }

    private static List<String> read(String normalized, Language language) {
        Invariants.Stated stated = Invariants.withoutUnits(Figures.stated(normalized), language);
        List<String> anchors = new ArrayList<>(stated.numbers());
        stated.months().forEach(m -> anchors.add("month:" + m));
        anchors.addAll(Invariants.acronyms(normalized));
        String text = normalized;
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '「', '“', '«', '"' -> anchors.add("quote");
                case '(' -> anchors.add("paren");
                default -> { }
            }
        }
        return List.copyOf(anchors);
    }

    /**
     * Words that English and French often share in form: the first five letters, accents
     * removed, of every longer Latin word ("technology" and "technologie" both give "techn",
     * "économie" and "economy" "econo").
     *
     * @param normalized a clause's NFKC text
     * @return the prefixes, repeated as often as the words occur
     */
    static List<String> cognates(String normalized) {
        List<String> keys = new ArrayList<>();
        String text = DECOMPOSE.normalize(normalized);
        // Words are runs of letters once the accents (combining marks) are taken out: a mark
        // never ends a word.
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                word.appendCodePoint(c);
            } else if (!isMark(c)) {
                addCognate(word, keys);
            }
        }
        addCognate(word, keys);
        return keys;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Adds the word's prefix if it is a long enough Latin word, and empties the word. */
    private static void addCognate(StringBuilder word, List<String> keys) {
        if (word.length() >= COGNATE_PREFIX + 1 && word.charAt(0) < 0x250) {
            keys.add(word.substring(0, COGNATE_PREFIX).toLowerCase(Locale.ROOT));
        }
        word.setLength(0);
    }
}
