package org.clausealign.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clausealign.align.Alignment;
import org.clausealign.align.ClauseGroup;
import org.clausealign.clause.Clause;
import org.clausealign.lang.Language;

/**
 * Items of a list whose end punctuation breaks the pattern of their siblings (";" where the others
 * end with ";" and this one with "."), and clauses whose quotes or brackets do not pair up
 * (「」 “” « » ( ) （）).
 */
final class PunctuationCheck implements Check {
    private static final String[][] PAIRS = {{"(", ")"}, {"（", "）"}, {"「", "」"}, {"“", "”"}, {"«", "»"}, {"『", "』"}};
    /** Straight double quotes open and close with the same character: they come in even numbers. */
    private static final String STRAIGHT_QUOTE = "\"";
    private static final int MIN_ITEMS = 3;

    @Override
    public String id() {
        return "punctuation";
    }

    @Override
    public List<Finding> check(Alignment alignment, CheckOptions options) {
        List<Finding> findings = new ArrayList<>();
        Map<Clause, ClauseGroup> groupOf = new HashMap<>();
        Map<String, Map<Language, List<Clause>>> lists = new LinkedHashMap<>();
        for (ClauseGroup group : alignment.groups()) {
            for (Language language : alignment.languages()) {
                for (Clause clause : group.clauses(language)) {
                    groupOf.put(clause, group);
                    unbalanced(clause).ifPresent(pair -> findings.add(Groups.finding(id(), Severity.WARNING, group,
                            List.of(language), Map.of(language, clause.text()), "The " + language.code() + " version of "
                                    + group.label() + " opens " + pair + " without closing it, or closes without opening.")));
                    if (clause.marker().isEmpty() || !clause.id().contains(".")) {
                        continue;
                    }
                    String parent = clause.id().substring(0, clause.id().lastIndexOf('.'));
                    lists.computeIfAbsent(parent, p -> new LinkedHashMap<>())
                            .computeIfAbsent(language, l -> new ArrayList<>()).add(clause);
                }
            }
        }
        lists.forEach((parent, perLanguage) -> perLanguage.forEach((language, items) -> {
            if (items.size() < MIN_ITEMS) {
                return;
            }
            Map<String, Integer> endings = new HashMap<>();
            for (Clause item : items.subList(0, items.size() - 1)) {
                endings.merge(ending(item.text()), 1, Integer::sum);
            }
            String usual = endings.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            if (endings.get(usual) < 2) {
                return;
            }
            for (Clause item : items.subList(0, items.size() - 1)) {
                String ending = ending(item.text());
                ClauseGroup group = groupOf.get(item);
                // A list lead (":") or an ending every version shares is the text's structure, not a slip.
                if (!ending.equals(usual) && !ending.equals(":") && !ending.equals("：") && !sharedByAll(group, ending)) {
                    findings.add(Groups.finding(id(), Severity.WARNING, group, List.of(language),
                            Map.of(language, item.text()), "In the " + language.code() + " version, " + item.label()
                                    + " ends with " + describe(ending) + " where the other items of its list end with "
                                    + describe(usual) + "."));
                }
            }
        }));
        return findings;
    }

    /** The item's end punctuation; "; and", "; et" and the like count as ";". */
    private static String ending(String text) {
        // Closing brackets and quotes are looked through: "(…as designated）" ends like its content.
        String t = text.strip().replaceAll("[;,]\\s*(and|or|et|ou)$", ";").replaceAll("[”’\"»)）」』\\s]+$", "");
        if (t.isEmpty()) {
            return "";
        }
        char last = t.charAt(t.length() - 1);
        return Character.isLetterOrDigit(last) ? "" : String.valueOf(last);
    }

    /** @return whether every version's clause in the group ends the same way */
    private static boolean sharedByAll(ClauseGroup group, String ending) {
        return group.clauses().size() > 1 && group.clauses().values().stream()
                .allMatch(list -> ending(list.get(list.size() - 1).text()).equals(ending));
    }

    private static String describe(String ending) {
        return ending.isEmpty() ? "no punctuation" : "\"" + ending + "\"";
    }

    private static java.util.Optional<String> unbalanced(Clause clause) {
        String text = clause.text();
        for (String[] pair : PAIRS) {
            if (count(text, pair[0]) != count(text, pair[1])) {
                return java.util.Optional.of(pair[0] + pair[1]);
            }
        }
        if (count(text, STRAIGHT_QUOTE) % 2 != 0) {
            return java.util.Optional.of(STRAIGHT_QUOTE + STRAIGHT_QUOTE);
        }
        return java.util.Optional.empty();
    }

    private static int count(String text, String s) {
        int n = 0;
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
            n++;
        }
        return n;
    }
}
