package org.clausealign.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausealign.align.Alignment;
import org.clausealign.align.ClauseGroup;
import org.clausealign.clause.Clause;
import org.clausealign.lang.Language;

/**
 * The order of a list's labels in each version: items out of order ("(vii)" before "(vi)") or
 * skipped (a label repeated is read into the item before it, and leaves a gap), where another
 * version numbers the same list otherwise. Every labelled item
 * is a clause of its own, and the alignment pairs items by their labels whatever their order; this
 * says where a version's numbering runs differently, in the words a translator would use.
 */
final class LabelOrder {
    /** An id's last component: a number, a letter or a roman numeral, perhaps inserted ("3-1", "e-1"), perhaps repeated ("~2"). */
    private static final Pattern COMPONENT = Pattern.compile("^([0-9]+|[a-zA-Z]+)(?:-([0-9]+))?$");
    private static final Pattern ROMAN = Pattern.compile("^(?i)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$");

    /** One labelled item of a list, in a version's order. */
    private record Item(String component, String marker, int[] rank, ClauseGroup group) {}

    /** What one version's numbering does in one list, told the same way for every version. */
    private record Anomaly(String key, String says) {}

    private LabelOrder() {}

    /**
     * @param check the id the findings carry
     * @param alignment the aligned document
     * @return a warning for each list whose labels run out of order or skip in some of its
     *     versions and not in the others
     */
    static List<Finding> findings(String check, Alignment alignment) {
        Map<String, ClauseGroup> byId = new HashMap<>();
        alignment.groups().forEach(g -> byId.put(g.id(), g));
        Map<String, Map<Language, List<Item>>> lists = lists(alignment);
        List<Finding> findings = new ArrayList<>();
        lists.forEach((parent, byLanguage) -> {
            if (byLanguage.size() < 2) {
                return;
            }
            Map<String, Anomaly> told = new LinkedHashMap<>();
            Map<String, List<Language>> where = new LinkedHashMap<>();
            byLanguage.forEach((language, items) -> {
                for (Anomaly anomaly : anomalies(items)) {
                    told.putIfAbsent(anomaly.key(), anomaly);
                    where.computeIfAbsent(anomaly.key(), k -> new ArrayList<>()).add(language);
                }
            });
            where.forEach((key, languages) -> {
                if (languages.size() == byLanguage.size()) {
                    return;
                }
                ClauseGroup group = byId.getOrDefault(parent, byLanguage.get(languages.get(0)).get(0).group());
                Map<Language, String> evidence = new EnumMap<>(Language.class);
                byLanguage.forEach((language, items) -> evidence.put(language,
                        String.join(" ", items.stream().map(Item::marker).toList())));
                String says = told.get(key).says() + " in " + Groups.codes(languages).replaceFirst(", ([a-z]+)$", " and $1");
                findings.add(Groups.finding(check, Severity.WARNING, group, List.copyOf(byLanguage.keySet()), evidence,
                        (byId.containsKey(parent) ? group.label() + ": " + says
                                : Character.toUpperCase(says.charAt(0)) + says.substring(1)) + "."));
            });
        });
        return findings;
    }

    /** Each list's labelled items per version, in the version's order, keyed by the list's id. */
    private static Map<String, Map<Language, List<Item>>> lists(Alignment alignment) {
        Map<String, Map<Language, List<Item>>> lists = new LinkedHashMap<>();
        for (Language language : alignment.languages()) {
            List<Map.Entry<Clause, ClauseGroup>> clauses = new ArrayList<>();
            for (ClauseGroup group : alignment.groups()) {
                group.clauses(language).forEach(c -> clauses.add(Map.entry(c, group)));
            }
            clauses.sort(Comparator.comparingInt(e -> e.getKey().start()));
            Map<String, List<Clause>> byParent = new LinkedHashMap<>();
            Map<Clause, ClauseGroup> groupOf = new HashMap<>();
            for (Map.Entry<Clause, ClauseGroup> e : clauses) {
                Clause clause = e.getKey();
                String id = clause.id().replaceFirst("~[0-9]+$", "");
                if (clause.marker().isEmpty() || id.contains(".def.") || id.contains(".p.") || id.contains(":")) {
                    continue;
                }
                int dot = id.lastIndexOf('.');
                byParent.computeIfAbsent(dot < 0 ? "" : id.substring(0, dot), p -> new ArrayList<>()).add(clause);
                groupOf.put(clause, e.getValue());
            }
            byParent.forEach((parent, siblings) -> {
                List<Item> items = items(siblings, groupOf);
                if (items != null && items.size() > 1) {
                    lists.computeIfAbsent(parent, p -> new LinkedHashMap<>()).put(language, items);
                }
            });
        }
        return lists;
    }

    /** The siblings ranked by their labels, or null where a label is neither a number, a letter nor a roman numeral. */
    private static List<Item> items(List<Clause> siblings, Map<Clause, ClauseGroup> groupOf) {
        List<Matcher> parsed = new ArrayList<>();
        boolean roman = false;
        for (Clause clause : siblings) {
            String id = clause.id().replaceFirst("~[0-9]+$", "");
            Matcher m = COMPONENT.matcher(id.substring(id.lastIndexOf('.') + 1));
            if (!m.matches()) {
                return null;
            }
            parsed.add(m);
            // A lone letter may be a roman numeral or a letter; a longer roman numeral settles it.
            roman |= m.group(1).length() > 1 && ROMAN.matcher(m.group(1)).matches();
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < siblings.size(); i++) {
            Matcher m = parsed.get(i);
            String main = m.group(1);
            int value;
            if (Character.isDigit(main.charAt(0))) {
                value = Integer.parseInt(main);
            } else if (roman && ROMAN.matcher(main).matches()) {
                value = romanValue(main);
            } else if (main.length() == 1) {
                value = Character.toLowerCase(main.charAt(0)) - 'a' + 1;
            } else {
                return null;
            }
            int inserted = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            String component = m.group(0);
            items.add(new Item(component, siblings.get(i).marker(), new int[] {value, inserted}, groupOf.get(siblings.get(i))));
        }
        return items;
    }

    private static int romanValue(String numeral) {
        String digits = "ivxlcdm";
        int[] values = {1, 5, 10, 50, 100, 500, 1000};
        int total = 0;
        String lower = numeral.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            int v = values[digits.indexOf(lower.charAt(i))];
            boolean smaller = i + 1 < lower.length() && v < values[digits.indexOf(lower.charAt(i + 1))];
            total += smaller ? -v : v;
        }
        return total;
    }

    private static int compare(int[] x, int[] y) {
        return x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]);
    }

    /** A list's items out of order (each one placed before a lower one), or skipped. */
    private static List<Anomaly> anomalies(List<Item> items) {
        List<Anomaly> found = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (i > 0 && compare(item.rank(), items.get(i - 1).rank()) < 0) {
                Item before = items.get(i - 1);
                found.add(new Anomaly("order " + before.component() + " " + item.component(),
                        "items " + before.marker() + " and " + item.marker() + " are out of order"));
            }
        }
        // Skipped: a whole number missing between the lowest and the highest, whatever the order.
        TreeSet<Integer> values = new TreeSet<>();
        Map<Integer, Item> byValue = new HashMap<>();
        for (Item item : items) {
            if (item.rank()[1] == 0) {
                values.add(item.rank()[0]);
                byValue.putIfAbsent(item.rank()[0], item);
            }
        }
        Integer previous = null;
        for (int value : values) {
            if (previous != null && value > previous + 1) {
                Item from = byValue.get(previous);
                Item to = byValue.get(value);
                found.add(new Anomaly("skip " + from.component() + " " + to.component(),
                        "the items skip from " + from.marker() + " to " + to.marker()));
            }
            previous = value;
        }
        return found;
    }
}
