package org.clausealign.align;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Normalizer2 DECOMPOSE = Normalizer2.getNFDInstance();
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
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
        Matcher word = WORD.matcher(MARKS.matcher(DECOMPOSE.normalize(normalized)).replaceAll(""));
        while (word.find()) {
            String w = word.group();
            if (w.length() >= COGNATE_PREFIX + 1 && w.charAt(0) < 0x250) {
                keys.add(w.substring(0, COGNATE_PREFIX).toLowerCase(Locale.ROOT));
            }
        }
        return keys;
    }
}
