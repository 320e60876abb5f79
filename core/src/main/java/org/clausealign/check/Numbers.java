package org.clausealign.check;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.RuleBasedNumberFormat;
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
 * The numbers and months a clause states, read the same way in every version: digits after NFKC
 * (full-width ２０５０ is 2050), English and French number words spelled by ICU's rules ("three",
 * "trois"; "three (3)" counts once), Japanese months (１月) and English and French month names
 * (January, janvier) from ICU's date symbols. Digits glued to a letter before them (G7) are names,
 * not numbers.
 */
final class Numbers {
    private static final Pattern DIGITS = Pattern.compile("(?<![A-Za-z\\d])\\d+(?:[,.]\\d{3})*(?:\\.\\d+)?");
    private static final Pattern JAPANESE_MONTH = Pattern.compile("(\\d{1,2})\\s?月");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int SPELLED_UP_TO = 100;
    private static final Map<String, Long> WORDS = spelledNumbers();
    private static final Map<String, Integer> MONTHS = monthNames();

    /** What a clause states: numbers and months, each as often as it occurs. */
    record Stated(List<String> numbers, List<Integer> months) {}

    private Numbers() {}

    static Stated of(String normalized, Language language) {
        List<String> numbers = new ArrayList<>();
        List<Integer> months = new ArrayList<>();
        String text = normalized;
        if (language == Language.JA) {
            Matcher month = JAPANESE_MONTH.matcher(text);
            StringBuilder rest = new StringBuilder();
            while (month.find()) {
                months.add(Integer.parseInt(month.group(1)));
                month.appendReplacement(rest, " ");
            }
            text = month.appendTail(rest).toString();
        } else {
            Matcher word = WORD.matcher(text);
            while (word.find()) {
                String w = word.group().toLowerCase(Locale.ROOT);
                Integer month = MONTHS.get(w);
                // English capitalises its months, so "may" the verb is not May the month.
                if (month != null && (language != Language.EN || Character.isUpperCase(word.group().charAt(0)))) {
                    months.add(month);
                    continue;
                }
                Long value = WORDS.get(w);
                // "three (3)": the digits repeat the word, so the number is stated once.
                if (value != null && !text.startsWith("(" + value + ")", skipSpaces(text, word.end()))) {
                    numbers.add(Long.toString(value));
                }
            }
        }
        Matcher digits = DIGITS.matcher(text);
        while (digits.find()) {
            numbers.add(digits.group().replace(",", ""));
        }
        return new Stated(numbers, months);
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** "one" … "one hundred", "un" … "cent", as ICU spells them (words only, not "a"). */
    private static Map<String, Long> spelledNumbers() {
        Map<String, Long> words = new HashMap<>();
        for (ULocale locale : List.of(ULocale.ENGLISH, ULocale.FRENCH)) {
            RuleBasedNumberFormat spellout = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
            for (long n = 2; n <= SPELLED_UP_TO; n++) {
                words.put(spellout.format(n).toLowerCase(Locale.ROOT), n);
            }
        }
        return Map.copyOf(words);
    }

    private static Map<String, Integer> monthNames() {
        Map<String, Integer> months = new HashMap<>();
        for (ULocale locale : List.of(ULocale.ENGLISH, ULocale.FRENCH)) {
            String[] names = new DateFormatSymbols(locale).getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE);
            for (int m = 0; m < 12; m++) {
                months.put(names[m].toLowerCase(Locale.ROOT), m + 1);
            }
        }
        return Map.copyOf(months);
    }
}
