package org.clausealign.check;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    /** A number in brackets: "(4)", "(1.1)"; a cross-reference if {@link #citations} says so. */
    private static final Pattern BRACKETED = Pattern.compile("\\((\\d{1,3}(?:\\.\\d{1,3})?)\\)");
    /** What a cross-reference follows: a provision's name, or a section number, "5(1)". */
    private static final Pattern CITES = Pattern.compile(
            "(?iu)(?:\\b(?:sub)?(?:sections?|paragraphs?|clauses?)|\\b(?:sous-)?(?:alin[ée]as?|paragraphes?|articles?)|\\d)\\s*$");
    /** What joins a cross-reference to the one before: "(1) and (2)", "(1), (2) ou (3)", "(2) to (4)". */
    private static final Pattern JOINED = Pattern.compile("(?iu)\\)\\s*(?:,|and|or|et|ou|to|à)?\\s*$");
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
            boolean minor = onlySmall || (!months && citationOnlyLeftOut(group, stated));
            findings.add(Groups.finding(id(), minor ? Severity.INFO : Severity.WARNING, group, present, evidence,
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

    /**
     * @return whether the numbers differ only by cross-references that some versions cite and the
     *     others leave to a word ("Despite subsection (4)" where the French says "Toutefois"), with
     *     no version stating a number the others contradict
     */
    private static boolean citationOnlyLeftOut(ClauseGroup group, Map<Language, List<String>> stated) {
        Map<String, Integer> common = null;
        for (List<String> list : stated.values()) {
            Map<String, Integer> counts = counts(list);
            if (common == null) {
                common = counts;
            } else {
                Map<String, Integer> both = new HashMap<>();
                for (Map.Entry<String, Integer> e : counts.entrySet()) {
                    int n = Math.min(e.getValue(), common.getOrDefault(e.getKey(), 0));
                    if (n > 0) {
                        both.put(e.getKey(), n);
                    }
                }
                common = both;
            }
        }
        List<String> extra = null;
        for (Map.Entry<Language, List<String>> e : stated.entrySet()) {
            List<String> own = minus(e.getValue(), common);
            if (own.isEmpty()) {
                continue;
            }
            boolean cited = minus(own, counts(citations(normalized(group, e.getKey())))).isEmpty();
            if (!cited || (extra != null && !counts(extra).equals(counts(own)))) {
                return false;
            }
            extra = own;
        }
        return true;
    }

    /** @return the numbers the text cites as provisions: "subsection (4)", "5(1)", "(1) and (2)", not "six (6)" */
    private static List<String> citations(String text) {
        List<String> citations = new ArrayList<>();
        Matcher m = BRACKETED.matcher(text);
        int previousEnd = -1;
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 20), m.start());
            boolean joined = previousEnd >= 0 && m.start() - previousEnd <= 6
                    && JOINED.matcher(text.substring(previousEnd - 1, m.start())).find();
            if (joined || CITES.matcher(before).find()) {
                citations.add(m.group(1));
                previousEnd = m.end();
            }
        }
        return citations;
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
