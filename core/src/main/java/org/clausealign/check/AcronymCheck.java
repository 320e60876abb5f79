package org.clausealign.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausealign.align.Alignment;
import org.clausealign.align.ClauseGroup;
import org.clausealign.lang.Invariants;
import org.clausealign.lang.Language;

/**
 * Latin acronyms and alphanumeric names (MSP, G7, JCEPD) that one version of a clause has and
 * another lacks. Counterparts are learned from the document itself: where two versions of a clause
 * each give acronyms in parentheses, the n-th of one stands for the n-th of the other (MSP ↔ PSM).
 * An acronym one version uses throughout and another never (the English "MOC" where French writes
 * "Protocole") is that version's style, not an omission, and is not reported.
 */
final class AcronymCheck implements Check {
    /** An acronym used in this many clauses of one version and never in another is that version's style. */
    private static final int HOUSE_STYLE = 3;
    private static final Pattern IN_PARENTHESES = Pattern.compile("\\(\\s*([A-Z][A-Z0-9]{1,7})\\s*\\)");

    @Override
    public String id() {
        return "acronym";
    }

    @Override
    public List<Finding> check(Alignment alignment, CheckOptions options) {
        Map<String, String> root = new HashMap<>();
        Map<Language, Map<String, Integer>> used = new HashMap<>();
        Map<ClauseGroup, Map<Language, List<String>>> acronyms = new LinkedHashMap<>();
        for (ClauseGroup group : alignment.groups()) {
            Map<Language, List<String>> perLanguage = new LinkedHashMap<>();
            Map<Language, List<String>> parenthesised = new LinkedHashMap<>();
            for (Language language : Groups.present(alignment, group)) {
                String text = String.join(" ", group.clauses(language).stream().map(c -> c.normalized()).toList());
                perLanguage.put(language, Invariants.acronyms(text));
                parenthesised.put(language, inParentheses(text));
                Map<String, Integer> counts = used.computeIfAbsent(language, l -> new HashMap<>());
                new HashSet<>(perLanguage.get(language)).forEach(a -> counts.merge(a, 1, Integer::sum));
            }
            acronyms.put(group, perLanguage);
            List<List<String>> lists = new ArrayList<>(parenthesised.values());
            for (int i = 1; i < lists.size(); i++) {
                if (lists.get(i).size() == lists.get(0).size()) {
                    for (int k = 0; k < lists.get(0).size(); k++) {
                        union(root, lists.get(0).get(k), lists.get(i).get(k));
                    }
                }
            }
        }
        // A second lesson: where, apart from acronyms already paired, each of two versions of a
        // clause has exactly one acronym left, those two stand for each other (WIPO = OMPI).
        acronyms.forEach((group, perLanguage) -> {
            List<Map.Entry<Language, List<String>>> entries = new ArrayList<>(perLanguage.entrySet());
            for (int i = 0; i < entries.size(); i++) {
                for (int k = i + 1; k < entries.size(); k++) {
                    List<String> left = unmatched(root, entries.get(i).getValue(), entries.get(k).getValue());
                    List<String> right = unmatched(root, entries.get(k).getValue(), entries.get(i).getValue());
                    if (left.size() == 1 && right.size() == 1) {
                        union(root, left.get(0), right.get(0));
                    }
                }
            }
        });
        List<Finding> findings = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        acronyms.forEach((group, perLanguage) -> {
            for (Map.Entry<Language, List<String>> from : perLanguage.entrySet()) {
                for (Map.Entry<Language, List<String>> to : perLanguage.entrySet()) {
                    if (from.getKey() == to.getKey()) {
                        continue;
                    }
                    Set<String> counterparts = new HashSet<>();
                    to.getValue().forEach(a -> counterparts.add(find(root, a)));
                    for (String acronym : from.getValue()) {
                        boolean styleOfVersion = used.get(from.getKey()).getOrDefault(acronym, 0) >= HOUSE_STYLE
                                && used.get(to.getKey()).keySet().stream().noneMatch(a -> find(root, a).equals(find(root, acronym)));
                        if (!counterparts.contains(find(root, acronym)) && !styleOfVersion
                                && reported.add(group.id() + " " + acronym + " " + from.getKey() + " " + to.getKey())) {
                            Map<Language, String> evidence = new LinkedHashMap<>();
                            evidence.put(from.getKey(), String.join(", ", from.getValue()));
                            evidence.put(to.getKey(), to.getValue().isEmpty() ? "none" : String.join(", ", to.getValue()));
                            findings.add(Groups.finding(id(), Severity.WARNING, group, List.of(from.getKey(), to.getKey()),
                                    evidence, acronym + " in the " + from.getKey().code() + " version of " + group.label()
                                            + " has no counterpart in the " + to.getKey().code() + " version."));
                        }
                    }
                }
            }
        });
        return findings;
    }

    /** The acronyms of one list with no counterpart, as learned so far, in the other. */
    private static List<String> unmatched(Map<String, String> root, List<String> mine, List<String> theirs) {
        Set<String> counterparts = new HashSet<>();
        theirs.forEach(a -> counterparts.add(find(root, a)));
        return mine.stream().distinct().filter(a -> !counterparts.contains(find(root, a))).toList();
    }

    private static List<String> inParentheses(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = IN_PARENTHESES.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String find(Map<String, String> root, String a) {
        String r = a;
        while (root.containsKey(r) && !root.get(r).equals(r)) {
            r = root.get(r);
        }
        return r;
    }

    private static void union(Map<String, String> root, String a, String b) {
        String ra = find(root, a);
        String rb = find(root, b);
        if (!ra.equals(rb)) {
            root.put(rb, ra);
        }
        root.putIfAbsent(ra, ra);
    }
}
