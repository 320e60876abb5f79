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
    private static final Set<String> COUNTING_NOUNS = Set.of("point", "item", "portion");
    private static final List<String> PREFIXES = List.of("mega", "giga", "tera");
    private static final List<ULocale> LOCALES = List.of(ULocale.ENGLISH, ULocale.FRENCH, ULocale.JAPANESE);
    /** Words a unit's name may run to: "gigawatt hours", "pour cent". */
    private static final int MAX_WORDS = 3;

    /** Long names, lower case, separators removed ("gigawatthours"), to unit identifiers. */
    private static final Map<String, String> NAMES = new HashMap<>();
    /** Symbols as written, case and all ("GWh", "MW"), to unit identifiers. */
    private static final Map<String, String> SYMBOLS = new HashMap<>();
    /** Each unit identifier's type: energy, mass… */
    private static final Map<String, String> TYPE_OF = new HashMap<>();
    /** SI prefixes, so that gigawatt-hour and megawatt-hour are seen as one unit at two scales. */
    private static final List<String> SCALES = List.of("milli", "centi", "kilo", "mega", "giga", "tera");

    static {
        for (MeasureUnit unit : MeasureUnit.getAvailable()) {
            if (TYPES.contains(unit.getType()) && !COUNTING_NOUNS.contains(unit.getIdentifier())) {
                add(unit.getIdentifier(), unit, unit.getType());
                if (unit.getIdentifier().startsWith("kilo")) {
                    for (String prefix : PREFIXES) {
                        String id = prefix + unit.getIdentifier().substring("kilo".length());
                        add(id, MeasureUnit.forIdentifier(id), unit.getType());
                        String kiloSymbol = format(unit, ULocale.ENGLISH, UnitWidth.SHORT, 1);
                        String prefixSymbol = format(MeasureUnit.forIdentifier(prefix + "watt"), ULocale.ENGLISH,
                                UnitWidth.SHORT, 1).substring(0, 1);
                        if (kiloSymbol.startsWith("k")) {
                            // CLDR spells kWh but composes GW⋅hr: the kilo unit's symbol shows the usual form.
                            SYMBOLS.putIfAbsent(prefixSymbol + kiloSymbol.substring(1), id);
                        }
                    }
                }
            }
        }
        SYMBOLS.put("%", "percent");
        TYPE_OF.put("percent", "concentr");
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
        int wordEnd = wordEnd(text, i);
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
            String run = text.substring(i, wordEnd);
            for (int end = run.length(); end > 0 && unit == null; end--) {
                unit = NAMES.get(run.substring(0, end));
            }
            return unit;
        }
        StringBuilder joined = new StringBuilder();
        int end = i;
        for (int words = 0; words < MAX_WORDS && end < text.length(); words++) {
            int next = wordEnd(text, end);
            if (next == end) {
                break;
            }
            joined.append(text, end, next);
            String name = joined.toString().toLowerCase(Locale.ROOT);
            String found = NAMES.getOrDefault(name, NAMES.get(singular(name)));
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

    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isKana(char c) {
        return c >= 0x3040 && c <= 0x30FF;
    }

    /** "gigawattheures" is "gigawattheure" with a plural ending CLDR puts elsewhere ("gigawatts-heures"). */
    private static String singular(String name) {
        return name.endsWith("s") || name.endsWith("x") ? name.substring(0, name.length() - 1) : name;
    }

    /** The type is given: ICU knows none for units it composes (gigawatt-hour). */
    private static void add(String id, MeasureUnit unit, String type) {
        TYPE_OF.put(id, type);
        for (ULocale locale : LOCALES) {
            for (int count : new int[] {1, 2}) {
                NAMES.putIfAbsent(key(format(unit, locale, UnitWidth.FULL_NAME, count)), id);
                String symbol = format(unit, locale, UnitWidth.SHORT, count);
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
