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
import org.clausealign.align.Figures;
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
                Invariants.Stated s = Invariants.of(Figures.stated(normalized(group, language)), language);
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
                    says(group.label(), stated)));
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

    /**
     * The difference as a translator says it: "Recital 9: en says 500 where ja and fr say 600."
     * The versions that agree (the most of them; the first version's side on a tie) are set
     * against the others, and only what differs is named.
     */
    static String says(String label, Map<Language, List<String>> stated) {
        Map<Map<String, Integer>, List<Language>> sides = new LinkedHashMap<>();
        stated.forEach((language, list) -> sides.computeIfAbsent(counts(list), k -> new ArrayList<>()).add(language));
        Map<String, Integer> usual = sides.entrySet().stream().max((x, y) -> Integer.compare(x.getValue().size(),
                y.getValue().size())).orElseThrow().getKey();
        List<Language> agreeing = sides.get(usual);
        StringBuilder out = new StringBuilder(label).append(": ");
        boolean firstSide = true;
        for (Map.Entry<Map<String, Integer>, List<Language>> side : sides.entrySet()) {
            if (side.getKey().equals(usual)) {
                continue;
            }
            out.append(firstSide ? "" : "; ").append(Groups.codes(side.getValue())).append(side.getValue().size() == 1 ? " says "
                    : " say ").append(listed(minus(stated.get(side.getValue().get(0)), usual))).append(" where ")
                    .append(Groups.codes(agreeing).replaceFirst(", ([a-z]+)$", " and $1")).append(agreeing.size() == 1
                            ? " says " : " say ").append(listed(minus(stated.get(agreeing.get(0)), side.getKey())));
            firstSide = false;
        }
        return out.append('.').toString();
    }

    /** The items of a list that a multiset lacks, each as often as it exceeds its count there. */
    private static List<String> minus(List<String> list, Map<String, Integer> other) {
        Map<String, Integer> left = new HashMap<>(other);
        List<String> rest = new ArrayList<>();
        for (String item : list) {
            if (left.getOrDefault(item, 0) > 0) {
                left.merge(item, -1, Integer::sum);
            } else {
                rest.add(item);
            }
        }
        return rest;
    }

    private static String listed(List<String> items) {
        return items.isEmpty() ? "nothing" : String.join(", ", items);
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
