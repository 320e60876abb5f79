package org.clausealign.check;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clausealign.align.Alignment;
import org.clausealign.align.ClauseGroup;
import org.clausealign.lang.Invariants;
import org.clausealign.lang.Language;

/**
 * Numbers and months that differ between the versions of a clause, compared as multisets after
 * normalisation ({@link Invariants}). A difference only in small counts (one, two) is often a
 * rendering ("in duplicate" for 2 通, "annually" for 毎年１回): it is reported as information.
 */
final class NumberCheck implements Check {
    private static final long SMALL = 2;
    private final boolean months;

    /** @param months whether this instance compares months (the date check) or numbers */
    NumberCheck(boolean months) {
        this.months = months;
    }

    @Override
    public String id() {
        return months ? "date" : "number";
    }

    @Override
    public List<Finding> check(Alignment alignment, CheckOptions options) {
        List<Finding> findings = new ArrayList<>();
        for (ClauseGroup group : alignment.groups()) {
            List<Language> present = Groups.present(alignment, group);
            if (present.size() < 2) {
                continue;
            }
            Map<Language, Invariants.Stated> read = new LinkedHashMap<>();
            Map<Language, List<String>> stated = new LinkedHashMap<>();
            for (Language language : present) {
                Invariants.Stated s = Invariants.of(normalized(group, language), language);
                read.put(language, s);
                stated.put(language, months ? s.months().stream().map(Month::name).toList() : s.numbers());
            }
            if (!months) {
                units(group, read).ifPresent(findings::add);
            }
            Map<String, Integer> first = counts(stated.get(present.get(0)));
            boolean differ = stated.values().stream().anyMatch(list -> !counts(list).equals(first));
            if (!differ) {
                continue;
            }
            boolean onlySmall = !months && stated.values().stream().flatMap(List::stream).filter(n -> stated.values()
                    .stream().anyMatch(list -> !list.contains(n))).allMatch(n -> isSmall(n));
            Map<Language, String> evidence = new LinkedHashMap<>();
            stated.forEach((language, list) -> evidence.put(language, list.isEmpty() ? "none" : String.join(", ", list)));
            findings.add(Groups.finding(id(), onlySmall ? Severity.INFO : Severity.WARNING, group, present, evidence,
                    (months ? "Months" : "Numbers") + " differ between the versions of " + group.label() + " ("
                            + summary(evidence) + ")."));
        }
        return findings;
    }

    /**
     * A finding if one version states a number in a unit that another version's same number
     * cannot translate (600 GWh against 600 MWh); a number stated without a unit says nothing.
     */
    private Optional<Finding> units(ClauseGroup group, Map<Language, Invariants.Stated> read) {
        Map<Language, List<Invariants.Quantity>> quantities = new LinkedHashMap<>();
        read.forEach((language, stated) -> quantities.put(language, stated.quantities()));
        boolean conflict = false;
        for (Language a : read.keySet()) {
            for (Language b : read.keySet()) {
                for (Invariants.Quantity q : quantities.get(a)) {
                    List<Invariants.Quantity> same = quantities.get(b).stream().filter(o -> o.number().equals(q.number())).toList();
                    conflict |= a != b && !same.isEmpty() && same.stream().allMatch(q::unitConflicts);
                }
            }
        }
        if (!conflict) {
            return Optional.empty();
        }
        Map<Language, String> evidence = new LinkedHashMap<>();
        quantities.forEach((language, list) -> evidence.put(language, list.isEmpty() ? "none"
                : String.join(", ", list.stream().map(Invariants.Quantity::written).toList())));
        return Optional.of(Groups.finding(id(), Severity.WARNING, group, List.copyOf(read.keySet()), evidence,
                "Units differ between the versions of " + group.label() + " (" + summary(evidence) + ")."));
    }

    /** "ja: 600 GWh; en: 600 MWh" */
    private static String summary(Map<Language, String> evidence) {
        StringBuilder says = new StringBuilder();
        evidence.forEach((language, list) -> says.append(says.length() == 0 ? "" : "; ").append(language.code())
                .append(": ").append(list));
        return says.toString();
    }

    private static String normalized(ClauseGroup group, Language language) {
        return String.join(" ", group.clauses(language).stream().map(c -> c.normalized()).toList());
    }

    private static boolean isSmall(String number) {
        try {
            return Double.parseDouble(number) <= SMALL;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Map<String, Integer> counts(List<String> list) {
        Map<String, Integer> counts = new HashMap<>();
        list.forEach(n -> counts.merge(n, 1, Integer::sum));
        return counts;
    }

    /** Month names for messages, from ICU, in English as the report's language. */
    private static final class Month {
        private static final String[] NAMES = new DateFormatSymbols(ULocale.ENGLISH).getMonths();

        static String name(int number) {
            return number >= 1 && number <= 12 ? NAMES[number - 1] : "month " + number;
        }
    }
}
