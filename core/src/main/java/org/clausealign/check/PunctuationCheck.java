package org.clausealign.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.clausealign.align.Alignment;
import org.clausealign.align.ClauseGroup;
import org.clausealign.clause.Clause;
import org.clausealign.lang.Language;

/**
 * Items of a list whose end punctuation breaks the pattern of their siblings (";" where the others
 * end with ";" and this one with "."), and clauses whose quotes or brackets do not pair up
 * (「」 “” « » ( ) （）).
 *
 * <p>What is normal in a list is not reported: an item ending with the list's conjunction
 * ("; and", ", or", "; et", "、及び") joins the list rather than ends it, and a French label or
 * citation (`a)`, `j.1)`, `alinéa e)`, `(4)a)`) closes a bracket it never opened.
 */
final class PunctuationCheck implements Check {
    private static final String[][] PAIRS = {{"(", ")"}, {"（", "）"}, {"「", "」"}, {"“", "”"}, {"«", "»"}, {"『", "』"}};
    /** The end of an item that goes on to the next: a conjunction, after a comma or semicolon or not. */
    private static final Pattern CONJUNCTION = Pattern.compile(
            "(?:(?:^|[\\s;,])(?:and|or|and/or|et|ou|et/ou),?|(?:および|及び|並びに|ならびに|又は|または|若しくは|もしくは|かつ)、?)$",
            Pattern.CASE_INSENSITIVE);
    /** A French label or citation before a closing bracket: a), j.1), iv), (4)a). */
    private static final Pattern LABEL = Pattern.compile("(?:[a-z]{1,2}|[ivxl]{1,6}|\\d{1,3})(?:\\.\\d{1,3})?");
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
            // An item ending with the list's conjunction is a joint of the list, and an item leading a
            // list of its own that no version ends as a sentence stops where its list begins ("Where an
            // article", "may,", "peut :"), and an editorial notice ("[Repealed, 2001, c. 4, s. 2]") is
            // no ending of the text's own: none of them is compared.
            List<Clause> compared = items.subList(0, items.size() - 1).stream()
                    .filter(item -> !joinsNext(item.text()) && !item.text().strip().endsWith("]")
                            && !(lists.containsKey(item.id()) && !endsSentenceAnywhere(groupOf.get(item))))
                    .toList();
            Map<String, Integer> endings = new HashMap<>();
            for (Clause item : compared) {
                endings.merge(ending(item.text()), 1, Integer::sum);
            }
            if (endings.isEmpty()) {
                return;
            }
            String usual = endings.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            if (endings.get(usual) < 2) {
                return;
            }
            for (Clause item : compared) {
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

    /** @return whether the item ends with a conjunction that joins it to the next ("; and", "、及び") */
    private static boolean joinsNext(String text) {
        return CONJUNCTION.matcher(text.strip()).find();
    }

    /** The item's end punctuation, as written. */
    private static String ending(String text) {
        // Closing brackets and quotes are looked through: "(…as designated）" ends like its content.
        String t = text.strip().replaceAll("[”’\"»)）」』\\s]+$", "");
        if (t.isEmpty()) {
            return "";
        }
        char last = t.charAt(t.length() - 1);
        return Character.isLetterOrDigit(last) ? "" : String.valueOf(last);
    }

    /** @return whether some version ends the group's first clause, the list's lead, with a full stop */
    private static boolean endsSentenceAnywhere(ClauseGroup group) {
        return group.clauses().values().stream().map(list -> ending(list.get(0).text()))
                .anyMatch(e -> e.equals(".") || e.equals("。") || e.equals("．"));
    }

    /** @return whether every version's clause in the group ends the same way */
    private static boolean sharedByAll(ClauseGroup group, String ending) {
        return group.clauses().size() > 1 && group.clauses().values().stream()
                .allMatch(list -> ending(list.get(list.size() - 1).text()).equals(ending));
    }

    private static String describe(String ending) {
        return ending.isEmpty() ? "no punctuation" : "\"" + ending + "\"";
    }

    private static Optional<String> unbalanced(Clause clause) {
        String text = clause.text();
        for (String[] pair : PAIRS) {
            boolean balanced = pair[0].equals("(") || pair[0].equals("（") ? bracketsBalance(text, pair[0].charAt(0),
                    pair[1].charAt(0)) : count(text, pair[0]) == count(text, pair[1]);
            if (!balanced) {
                return Optional.of(pair[0] + pair[1]);
            }
        }
        if (count(text, STRAIGHT_QUOTE) % 2 != 0) {
            return Optional.of(STRAIGHT_QUOTE + STRAIGHT_QUOTE);
        }
        return Optional.empty();
    }

    /**
     * @return whether every bracket opened is closed, in order, where a closing bracket after a
     *     label with none open ("alinéa e)", "(4)a)") is the label's, not a bracket's
     */
    static boolean bracketsBalance(String text, char open, char close) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == open) {
                depth++;
            } else if (c == close && depth > 0) {
                depth--;
            } else if (c == close && !closesLabel(text, i)) {
                return false;
            }
        }
        return depth == 0;
    }

    /** @return whether the text before a closing bracket at {@code at} is a label standing alone */
    private static boolean closesLabel(String text, int at) {
        int start = at;
        while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        boolean alone = start == 0 || Character.isWhitespace(text.charAt(start - 1)) || text.charAt(start - 1) == ')'
                || text.charAt(start - 1) == '(' || text.charAt(start - 1) == ',';
        return start < at && alone && LABEL.matcher(text.substring(start, at)).matches();
    }

    private static int count(String text, String s) {
        int n = 0;
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
            n++;
        }
        return n;
    }
}
