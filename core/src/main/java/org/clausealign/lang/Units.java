package org.clausealign.lang;

import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.NumberFormatter.UnitWidth;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The unit after a number, in any of the three languages: GWh, gigawatt hours, gigawattheures
 * and ギガワット時 are all {@code gigawatt-hour}; %, percent, pour cent and パーセント are all
 * {@code percent}. The names come from ICU (CLDR's unit names in English, French and Japanese,
 * singular and plural, long and short), with the mega, giga and tera siblings of each kilo unit.
 */
final class Units {
    /** Unit types that quantities in agreements are stated in. */
    private static final Set<String> TYPES = Set.of("energy", "power", "mass", "length", "area", "volume", "concentr",
            "temperature", "speed", "electric");
    /** CLDR units whose names are ordinary counting nouns: "3 points" and "2 items" of a list. */
    private static final Set<String> COUNTING_NOUNS = Set.of("point", "item", "portion", "part");
    private static final List<String> PREFIXES = List.of("mega", "giga", "tera");
    private static final List<ULocale> LOCALES = List.of(ULocale.ENGLISH, ULocale.FRENCH, ULocale.JAPANESE);
    /** Words a unit's name may run to: "gigawatt hours", "pour cent". */
    private static final int MAX_WORDS = 3;

    /** Long names, lower case, separators removed ("gigawatthours"), to unit identifiers. */
    private static final Map<String, String> NAMES = new HashMap<>();
    /** Symbols as written, case and all ("GWh", "MW"), to unit identifiers. */
    private static final Map<String, String> SYMBOLS = new HashMap<>();
    /** Each unit identifier's English symbol, as reports write it: GWh, t, km. */
    private static final Map<String, String> WRITTEN = new HashMap<>();
    /** Each unit identifier's type: energy, mass… */
    private static final Map<String, String> TYPE_OF = new HashMap<>();
    /** SI prefixes, so that gigawatt-hour and megawatt-hour are seen as one unit at two scales. */
    private static final List<String> SCALES = List.of("milli", "centi", "kilo", "mega", "giga", "tera");

    /** Letters a unit's word can have, and one for a plural ending: no need to read further. */
    private static final int LONGEST_NAME;

    /** Each language's name of kilo, mega, giga and tera. */
    private static final Map<ULocale, Map<String, String>> PREFIX_NAMES = prefixNames();

    static {
        for (MeasureUnit unit : MeasureUnit.getAvailable()) {
            if (TYPES.contains(unit.getType()) && !COUNTING_NOUNS.contains(unit.getIdentifier())) {
                add(unit.getIdentifier(), unit, unit.getType());
                if (unit.getIdentifier().startsWith("kilo")) {
                    String kiloSymbol = format(unit, ULocale.ENGLISH, UnitWidth.SHORT, 1);
                    for (String prefix : PREFIXES) {
                        String id = prefix + unit.getIdentifier().substring("kilo".length());
                        add(id, MeasureUnit.forIdentifier(id), unit.getType());
                        addPrefixed(unit, prefix, id);
                        String prefixSymbol = format(MeasureUnit.forIdentifier(prefix + "watt"), ULocale.ENGLISH,
                                UnitWidth.SHORT, 1).substring(0, 1);
                        if (kiloSymbol.startsWith("k")) {
                            // CLDR spells kWh but composes GW⋅hr: the kilo unit's symbol shows the usual form.
                            String usual = prefixSymbol + kiloSymbol.substring(1);
                            SYMBOLS.putIfAbsent(usual, id);
                            WRITTEN.put(id, usual);
                        }
                    }
                }
            }
        }
        SYMBOLS.put("%", "percent");
        WRITTEN.put("percent", "%");
        TYPE_OF.put("percent", "concentr");
        LONGEST_NAME = NAMES.keySet().stream().mapToInt(String::length).max().orElse(0) + 1;
    }

    private Units() {}

    /**
     * Whether two units certainly differ in what they measure or in scale (gigawatt-hour and
     * megawatt-hour, percent and tonne), rather than being two customs for one measure (ton and
     * tonne, mile and kilometre).
     *
     * @param a a unit identifier
     * @param b another
     * @return true if a quantity stated in one cannot be the other's translation
     */
    static boolean conflict(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        return !TYPE_OF.get(a).equals(TYPE_OF.get(b)) || base(a).equals(base(b));
    }

    /**
     * @param id a unit identifier
     * @return its English symbol, as a report writes it: "GWh" for gigawatt-hour, "%" for percent
     */
    static String symbol(String id) {
        String written = WRITTEN.get(id);
        return written == null || written.isEmpty() ? id : written;
    }

    private static String base(String id) {
        for (String scale : SCALES) {
            if (id.startsWith(scale)) {
                return id.substring(scale.length());
            }
        }
        return id;
    }

    /**
     * @param text a clause's NFKC text
     * @param from where a number ends
     * @return the identifier of the unit written right after it, or null if none
     */
    static String after(String text, int from) {
        int i = from;
        boolean glued = true;
        if (i < text.length() && text.charAt(i) == ' ') {
            i++;
            glued = false;
        }
        if (i >= text.length()) {
            return null;
        }
        if (text.charAt(i) == '%') {
            return "percent";
        }
        int wordEnd = wordEnd(text, i, i + LONGEST_NAME);
        if (wordEnd == i) {
            return null;
        }
        String symbol = text.substring(i, wordEnd);
        String unit = null;
        // Short lower-case symbols are words too (in, t, km): they count only glued to the number.
        if (SYMBOLS.containsKey(symbol) && (glued || symbol.length() > 2 || !symbol.equals(symbol.toLowerCase(Locale.ROOT)))) {
            unit = SYMBOLS.get(symbol);
        }
        if (Character.isIdeographic(text.charAt(i)) || isKana(text.charAt(i))) {
            // One kanji (度, 才, 間) is a counter or a word as often as a unit: names of two or more.
            if (wordEnd - i < 2) {
                return null;
            }
            for (int end = wordEnd; end >= i + 2 && unit == null; end--) {
                unit = NAMES.get(text.substring(i, end));
            }
            return unit;
        }
        StringBuilder joined = new StringBuilder();
        // Each word in the singular: "kilowatts-heures" is "kilowatt-heure".
        StringBuilder singular = new StringBuilder();
        int end = i;
        for (int words = 0; words < MAX_WORDS && end < text.length(); words++) {
            int next = wordEnd(text, end, end + LONGEST_NAME);
            if (next == end) {
                break;
            }
            String word = text.substring(end, next).toLowerCase(Locale.ROOT);
            joined.append(word);
            singular.append(singular(word));
            String found = NAMES.getOrDefault(joined.toString(), NAMES.get(singular.toString()));
            if (found != null) {
                unit = found;
            }
            if (next + 1 >= text.length() || " -".indexOf(text.charAt(next)) < 0) {
                break;
            }
            end = next + 1;
        }
        return unit;
    }

    /** The end of the letters from {@code from}, looking no further than {@code limit}. */
    private static int wordEnd(String text, int from, int limit) {
        int i = from;
        int end = Math.min(text.length(), limit);
        while (i < end && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isKana(char c) {
        return c >= 0x3040 && c <= 0x30FF;
    }

    /** A word without its plural ending: "heures" is "heure". */
    private static String singular(String name) {
        return name.endsWith("s") || name.endsWith("x") ? name.substring(0, name.length() - 1) : name;
    }

    /**
     * The names of a kilo unit with another prefix in its place, in each language: CLDR names
     * キロワット時 and kilowattheure, but composes ギガワット⋅時間 and gigawatts-heures, where
     * texts write ギガワット時 and gigawattheures.
     */
    private static void addPrefixed(MeasureUnit kiloUnit, String prefix, String id) {
        for (ULocale locale : LOCALES) {
            String kiloPrefix = PREFIX_NAMES.get(locale).get("kilo");
            String otherPrefix = PREFIX_NAMES.get(locale).get(prefix);
            if (kiloPrefix == null || otherPrefix == null) {
                continue;
            }
            for (int count : new int[] {1, 2}) {
                String name = format(kiloUnit, locale, UnitWidth.FULL_NAME, count);
                if (name.startsWith(kiloPrefix)) {
                    NAMES.putIfAbsent(key(otherPrefix + name.substring(kiloPrefix.length())), id);
                }
            }
        }
    }

    /** Each language's name of each prefix, read off the watt and its multiples: キロワット less ワット is キロ. */
    private static Map<ULocale, Map<String, String>> prefixNames() {
        Map<ULocale, Map<String, String>> names = new HashMap<>();
        for (ULocale locale : LOCALES) {
            String base = format(MeasureUnit.forIdentifier("watt"), locale, UnitWidth.FULL_NAME, 1);
            Map<String, String> prefixes = new HashMap<>();
            for (String prefix : java.util.stream.Stream.concat(java.util.stream.Stream.of("kilo"), PREFIXES.stream()).toList()) {
                String name = format(MeasureUnit.forIdentifier(prefix + "watt"), locale, UnitWidth.FULL_NAME, 1);
                if (name.endsWith(base) && name.length() > base.length()) {
                    prefixes.put(prefix, name.substring(0, name.length() - base.length()));
                }
            }
            names.put(locale, prefixes);
        }
        return names;
    }

    /** The type is given: ICU knows none for units it composes (gigawatt-hour). */
    private static void add(String id, MeasureUnit unit, String type) {
        TYPE_OF.put(id, type);
        for (ULocale locale : LOCALES) {
            for (int count : new int[] {1, 2}) {
                NAMES.putIfAbsent(key(format(unit, locale, UnitWidth.FULL_NAME, count)), id);
                String symbol = format(unit, locale, UnitWidth.SHORT, count);
                if (locale == ULocale.ENGLISH && count == 1) {
                    WRITTEN.put(id, symbol);
                }
                if (!symbol.isEmpty() && !symbol.chars().allMatch(Character::isDigit)) {
                    SYMBOLS.putIfAbsent(symbol.replace(" ", ""), id);
                }
            }
        }
    }

    /** The unit's name as ICU writes it after a number, without the number. */
    private static String format(MeasureUnit unit, ULocale locale, UnitWidth width, int count) {
        String formatted = NumberFormatter.withLocale(locale).unit(unit).unitWidth(width).format(count).toString();
        return formatted.replace(Integer.toString(count), "").replace('\u00A0', ' ').replace('\u202F', ' ').strip();
    }

    /** Lower case, separators removed: "gigawatt-hours", "gigawatt hours" and "ギガワット⋅時間" as one key each. */
    private static String key(String name) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c)) {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }
}
