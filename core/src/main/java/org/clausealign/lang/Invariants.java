package org.clausealign.lang;

import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausealign.text.TextMemo;

/**
 * What survives translation, read the same way in every version: the numbers and months a clause
 * states, and its acronyms.
 *
 * <p>Numbers and months: digits after NFKC (full-width ２０５０ is 2050), kanji numerals that
 * count something (二千三十年, 二通; read by kuromoji, see {@link LanguageRules#inDigits}),
 * English and French number words spelled by ICU's rules ("three", "trois"; "three (3)" counts
 * once), Japanese months (１月, 三月) and English and French month names (January, janvier) from
 * ICU's date symbols. Digits glued to a letter before them (G7) are names, not numbers. The unit
 * after a number is read from ICU's unit names in the three languages (600 GWh, 600 gigawatt
 * hours and 600 gigawattheures are one quantity).
 */
public final class Invariants {
    /** Both alignment passes and the content judgement read each clause's numbers. */
    private static final TextMemo<Language, Stated> WITHOUT_UNITS = new TextMemo<>();
    private static final Pattern JAPANESE_MONTH = Pattern.compile("(\\d{1,2})\\s?月");
    private static final int SPELLED_UP_TO = 100;
    /**
     * Each language's own number words (the English verb "seize" is not the French sixteen) with
     * the month names, built from ICU's data on first use: a Japanese text needs none of them.
     */
    private static final Map<Language, LanguageData<Vocabulary>> WORDS = Map.of(
            Language.EN, new LanguageData<>(() -> Vocabulary.of(spelledNumbers(ULocale.ENGLISH))),
            Language.FR, new LanguageData<>(() -> Vocabulary.of(spelledNumbers(ULocale.FRENCH))));
    private static final LanguageData<Map<String, Integer>> MONTHS = new LanguageData<>(Invariants::monthNames);
    /**
     * Percent's names, lower case, words run together: the one unit whose name holds a number
     * word. Built once a word reads as a number: most texts never need them.
     */
    private static final LanguageData<Set<String>> PERCENT = new LanguageData<>(Invariants::percentNames);

    /**
     * One language's number words with the month names of both languages (an English text may
     * name a French month), and the longest of them: longer words need no lookup.
     */
    private record Vocabulary(Map<String, Long> numbers, Map<String, Integer> months, int longest) {
        static Vocabulary of(Map<String, Long> numbers) {
            Map<String, Integer> months = MONTHS.get();
            return new Vocabulary(numbers, months, Math.max(
                    numbers.keySet().stream().mapToInt(String::length).max().orElse(0),
                    months.keySet().stream().mapToInt(String::length).max().orElse(0)));
        }
    }

    /**
     * Starts building, on a background thread, the number words and month names that reading a
     * text of this language needs (none for Japanese), so that a short-lived process builds them
     * while it does something else; otherwise the first text read builds them.
     *
     * @param language the language of texts about to be read
     */
    public static void prepare(Language language) {
        LanguageData<Vocabulary> words = WORDS.get(language);
        if (words != null) {
            words.start();
        }
    }

    /**
     * What a clause states: numbers and months, each as often as it occurs.
     *
     * @param numbers the numbers, as digits ("2050", "3")
     * @param months the months, 1 to 12
     * @param quantities the numbers followed by a unit (600 GWh, 20 %)
     */
    public record Stated(List<String> numbers, List<Integer> months, List<Quantity> quantities) {}

    /**
     * A number with the unit written after it.
     *
     * @param number the number, as digits
     * @param unit the unit's identifier (gigawatt-hour, percent) from ICU
     */
    public record Quantity(String number, String unit) {
        /**
         * {@return whether the two units cannot be translations of each other: other measures, or
         *     one measure at other scales (gigawatt-hours and megawatt-hours)}
         *
         * @param other another quantity
         */
        public boolean unitConflicts(Quantity other) {
            return Units.conflict(unit, other.unit);
        }

        /** {@return the quantity as a report writes it, in English symbols: "600 GWh", "50%"} */
        public String written() {
            String symbol = Units.symbol(unit);
            return symbol.equals("%") ? number + symbol : number + " " + symbol;
        }
    }

    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{IsLatin}\\d])[A-Z][A-Z0-9]{1,7}(?![\\p{IsLatin}\\d])");
    /** Two capitalised words in a row are emphasis (HAVE REACHED), not acronyms. */
    private static final Pattern CAPITALS_RUN = Pattern.compile("[A-ZÀ-Ý]{2,}(?:[ ,'’\\-]+[A-ZÀ-Ý]{2,})+");
    /** Acronyms are short; a longer word in capitals (SIGNED) is emphasis. */
    private static final int MAX_ACRONYM = 5;

    private Invariants() {}

    /**
     * {@return the numbers and months it states}
     *
     * @param normalized a clause's NFKC text
     * @param language its language
     */
    public static Stated of(String normalized, Language language) {
        return read(normalized, language, true);
    }

    /**
     * What alignment needs: numbers and months, no units. Units are left out because alignment
     * compares numbers alone, and reading units first builds ICU's unit names, most of a second
     * at start-up.
     *
     * @param normalized a clause's NFKC text
     * @param language its language
     * @return the numbers and months it states; no quantities
     */
    public static Stated withoutUnits(String normalized, Language language) {
        return WITHOUT_UNITS.get(normalized, language, text -> {
            Stated stated = read(text, language, false);
            return new Stated(List.copyOf(stated.numbers()), List.copyOf(stated.months()), List.of());
        });
    }

    private static Stated read(String normalized, Language language, boolean units) {
        List<String> numbers = new ArrayList<>();
        List<Integer> months = new ArrayList<>();
        String text = language.rules().inDigits(normalized);
        if (language == Language.JA) {
            Matcher month = JAPANESE_MONTH.matcher(text);
            StringBuilder rest = new StringBuilder();
            while (month.find()) {
                months.add(Integer.parseInt(month.group(1)));
                month.appendReplacement(rest, " ");
            }
            text = month.appendTail(rest).toString();
        } else {
            readWords(text, language, numbers, months);
        }
        List<Quantity> quantities = new ArrayList<>();
        readDigits(text, numbers, units ? quantities : null);
        return new Stated(numbers, months, quantities);
    }

    /** Month names and spelled numbers; a hand-written scan, as alignment reads every clause. */
    private static void readWords(String text, Language language, List<String> numbers, List<Integer> months) {
        int n = text.length();
        String previous = "";
        Vocabulary vocabulary = WORDS.get(language).get();
        Map<String, Long> words = vocabulary.numbers();
        for (int i = 0; i < n; ) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            // A compound number joins its words with hyphens (quatre-vingt-dix, ninety-one): read whole.
            int compound = i;
            while (compound + 1 < n && text.charAt(compound) == '-' && Character.isLetter(text.charAt(compound + 1))) {
                compound++;
                while (compound < n && Character.isLetter(text.charAt(compound))) {
                    compound++;
                }
            }
            Long whole = compound > i && compound - start <= vocabulary.longest()
                    ? words.get(text.substring(start, compound).toLowerCase(Locale.ROOT)) : null;
            if (whole != null) {
                i = compound;
                previous = "";
                if (!text.startsWith("(" + whole + ")", skipSpaces(text, i))) {
                    numbers.add(Long.toString(whole));
                }
                continue;
            }
            if (i - start > vocabulary.longest()) {
                previous = "";
                continue;
            }
            String w = text.substring(start, i).toLowerCase(Locale.ROOT);
            String before = previous;
            previous = w;
            Integer month = vocabulary.months().get(w);
            // English capitalises its months, so "may" the verb is not May the month.
            boolean named = month != null && (language != Language.EN || Character.isUpperCase(text.charAt(start)));
            Long value = words.get(w);
            // "pour cent" and "per cent" name a unit: their "cent" is not a hundred.
            if (!named && value == null || PERCENT.get().contains(before + w)) {
                continue;
            }
            if (named) {
                months.add(month);
                continue;
            }
            // "three (3)": the digits repeat the word, so the number is stated once.
            if (!text.startsWith("(" + value + ")", skipSpaces(text, i))) {
                numbers.add(Long.toString(value));
            }
        }
    }

    /**
     * Runs of ASCII digits not glued to a Latin letter or digit before them, with thousands
     * separators (1,000 and 1.000) and a decimal part: what {@code \d+(?:[,.]\d{3})*(?:\.\d+)?}
     * matches, scanned by hand because a regular expression with a look-behind tries every place.
     */
    /** @param quantities where numbers with their units go, or null not to read units */
    private static void readDigits(String text, List<String> numbers, List<Quantity> quantities) {
        int n = text.length();
        for (int i = 0; i < n; ) {
            if (!isDigit(text, i)) {
                i++;
                continue;
            }
            int start = i;
            while (isDigit(text, i)) {
                i++;
            }
            if (start > 0 && isLatinLetterOrDigit(text.charAt(start - 1))) {
                continue;
            }
            while (i + 3 < text.length() && (text.charAt(i) == ',' || text.charAt(i) == '.') && isDigit(text, i + 1)
                    && isDigit(text, i + 2) && isDigit(text, i + 3)) {
                i += 4;
            }
            if (text.startsWith(".", i) && isDigit(text, i + 1)) {
                i++;
                while (isDigit(text, i)) {
                    i++;
                }
            }
            String number = text.substring(start, i).replace(",", "");
            numbers.add(number);
            String unit = quantities == null ? null : Units.after(text, i);
            if (unit != null) {
                quantities.add(new Quantity(number, unit));
            }
        }
    }

    private static boolean isDigit(String text, int i) {
        return i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }

    private static boolean isLatinLetterOrDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /**
     * Latin acronyms and alphanumeric names (MSP, G7, JCEPD), whatever script stands around them;
     * none in a text mostly in capitals (a title), nor runs of capitalised words (HAVE REACHED).
     *
     * @param normalized a clause's NFKC text
     * @return its acronyms, as often as they occur
     */
    public static List<String> acronyms(String normalized) {
        List<String> found = new ArrayList<>();
        if (!mayHoldAcronym(normalized)) {
            return found;
        }
        long upper = normalized.chars().filter(Character::isUpperCase).count();
        long letters = normalized.chars().filter(c -> Character.isLetter(c) && c < 0x3000).count();
        if (letters > 20 && upper * 2 > letters) {
            return found;
        }
        Matcher m = ACRONYM.matcher(CAPITALS_RUN.matcher(normalized).replaceAll(" "));
        while (m.find()) {
            String acronym = m.group();
            if (acronym.length() <= MAX_ACRONYM && (acronym.chars().filter(Character::isUpperCase).count() >= 2
                    || acronym.chars().anyMatch(Character::isDigit))) {
                found.add(acronym);
            }
        }
        return found;
    }

    /** Whether a capital is followed by a capital or a digit anywhere: most clauses hold no acronym. */
    private static boolean mayHoldAcronym(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            char next = text.charAt(i + 1);
            if (c >= 'A' && c <= 'Z' && (next >= 'A' && next <= 'Z' || next >= '0' && next <= '9')) {
                return true;
            }
        }
        return false;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** "one" … "one hundred", "un" … "cent", as ICU spells them (words only, not "a"). */
    private static Map<String, Long> spelledNumbers(ULocale locale) {
        Map<String, Long> words = new HashMap<>();
        RuleBasedNumberFormat spellout = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        for (long n = 2; n <= SPELLED_UP_TO; n++) {
            words.put(spellout.format(n).toLowerCase(Locale.ROOT), n);
        }
        return Map.copyOf(words);
    }

    private static Set<String> percentNames() {
        Set<String> names = new HashSet<>();
        for (ULocale locale : List.of(ULocale.ENGLISH, ULocale.FRENCH)) {
            for (int count : new int[] {1, 2}) {
                String name = NumberFormatter.withLocale(locale).unit(MeasureUnit.PERCENT)
                        .unitWidth(NumberFormatter.UnitWidth.FULL_NAME).format(count).toString();
                names.add(name.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(names);
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
