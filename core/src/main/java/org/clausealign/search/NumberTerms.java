package org.clausealign.search;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.clausealign.lang.Invariants;
import org.clausealign.lang.Language;

/**
 * Numbers, quantities and months as the checks read them ({@link Invariants}), as terms of the
 * {@code number} field: {@code 2050}, {@code 600gigawatt-hour}, {@code month.1}. ６００ＧＷｈ, 600
 * GWh, 600 gigawatt hours and 600 gigawattheures all give {@code 600} and
 * {@code 600gigawatt-hour}; 二千五十年 and ２０５０年 give {@code 2050}.
 */
final class NumberTerms {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private NumberTerms() {}

    /**
     * The number terms of a clause that writes digits. A clause that writes its numbers only in
     * words or kanji (three years, 三年) is left to its words: reading them costs a kuromoji pass
     * per Japanese clause, a tenth of all indexing time; queries are still read in full, so
     * 二千五十年 finds ２０５０年 and 2050.
     *
     * @param normalized a clause's NFKC text
     * @param language its language
     * @return its number terms, each once, separated by spaces (the field splits on white space)
     */
    static String of(String normalized, Language language) {
        return hasDigit(normalized) ? String.join(" ", terms(normalized, language)) : "";
    }

    private static boolean hasDigit(String normalized) {
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * @param text a query's words, as typed
     * @param language the query's language, or null for English and French
     * @return the number terms the words state, each once
     */
    static List<String> ofQuery(String text, Language language) {
        return terms(NFKC.normalize(text), language == null ? Language.EN : language);
    }

    private static List<String> terms(String normalized, Language language) {
        Invariants.Stated stated = Invariants.of(normalized, language);
        Set<String> terms = new LinkedHashSet<>(stated.numbers());
        for (Invariants.Quantity quantity : stated.quantities()) {
            terms.add(quantity.number() + quantity.unit());
        }
        for (int month : stated.months()) {
            terms.add("month." + month);
        }
        return new ArrayList<>(terms);
    }
}
