package org.clausealign.align;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausealign.lang.Language;

/**
 * What survives translation in a clause: numbers (full-width digits read through NFKC), months
 * (２０２３年１月, January 2023 and janvier 2023 all give month 1 and 2023), Latin acronyms
 * (MSP, G7) and quotation marks. Two versions of a clause share most of these; two different
 * clauses rarely do. {@link Scorer#overlap} compares them.
 */
final class Anchors {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[,.]\\d{3})*");
    private static final Pattern JAPANESE_MONTH = Pattern.compile("(\\d{1,2})\\s?月");
    private static final Pattern ACRONYM = Pattern.compile("\\b[A-Z][A-Z0-9]{1,7}\\b");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Map<String, Integer> MONTHS = months();
    private static final Normalizer2 DECOMPOSE = Normalizer2.getNFDInstance();
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Letters a word must have to count as a possible cognate, and the prefix compared. */
    private static final int COGNATE_PREFIX = 5;

    private Anchors() {}

    /**
     * @param normalized a clause's NFKC text
     * @param language its language
     * @return its anchors, as a list that may repeat ("2023" twice)
     */
    static List<String> of(String normalized, Language language) {
        List<String> anchors = new ArrayList<>();
        String text = normalized;
        if (language == Language.JA) {
            Matcher month = JAPANESE_MONTH.matcher(text);
            StringBuilder rest = new StringBuilder();
            while (month.find()) {
                anchors.add("month:" + Integer.parseInt(month.group(1)));
                month.appendReplacement(rest, " ");
            }
            month.appendTail(rest);
            text = rest.toString();
        } else {
            Matcher word = WORD.matcher(text);
            while (word.find()) {
                Integer number = MONTHS.get(word.group().toLowerCase(Locale.ROOT));
                if (number != null && Character.isLetter(word.group().charAt(0))) {
                    anchors.add("month:" + number);
                }
            }
        }
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            anchors.add(number.group().replace(",", "").replace(".", ""));
        }
        if (!mostlyCapitals(text)) {
            Matcher acronym = ACRONYM.matcher(text);
            while (acronym.find()) {
                if (acronym.group().chars().filter(Character::isUpperCase).count() >= 2 || acronym.group().matches(".*\\d.*")) {
                    anchors.add(acronym.group());
                }
            }
        }
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '「', '“', '«', '"' -> anchors.add("quote");
                case '(' -> anchors.add("paren");
                default -> { }
            }
        }
        return anchors;
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

    private static boolean mostlyCapitals(String text) {
        long upper = text.chars().filter(Character::isUpperCase).count();
        long letters = text.chars().filter(c -> Character.isLetter(c) && c < 0x3000).count();
        return letters > 20 && upper * 2 > letters;
    }

    /** English and French month names, from ICU's date symbols, to month numbers. */
    private static Map<String, Integer> months() {
        Map<String, Integer> months = new HashMap<>();
        for (ULocale locale : List.of(ULocale.ENGLISH, ULocale.FRENCH)) {
            DateFormatSymbols symbols = new DateFormatSymbols(locale);
            String[] names = symbols.getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE);
            for (int m = 0; m < 12; m++) {
                months.put(names[m].toLowerCase(Locale.ROOT), m + 1);
            }
        }
        return Map.copyOf(months);
    }
}
