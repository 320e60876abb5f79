package org.clausealign.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.clausealign.align.Alignment;
import org.clausealign.align.ClauseGroup;
import org.clausealign.clause.Clause;
import org.clausealign.clause.ClauseKind;
import org.clausealign.lang.Language;
import org.clausealign.text.Plural;

/**
 * Clauses one version has and another lacks; clauses paired across versions whose numbering
 * differs; lists with a different number of items; lists whose labels run out of order, repeat or
 * skip in some versions only ({@link LabelOrder}).
 */
final class StructureCheck implements Check {
    /** The notice a consolidation leaves of a repealed provision, alone or after its term: "film-maker[Repealed, …]". */
    private static final Pattern REPEALED = Pattern.compile(
            "^[^\\[]{0,80}\\[(?:Repealed|Abrog[ée]e?s?)(?=[,\\s\\]])[^\\]]*\\]\\s*$");

    @Override
    public String id() {
        return "structure";
    }

    @Override
    public List<Finding> check(Alignment alignment, CheckOptions options) {
        List<Finding> findings = new ArrayList<>();
        Set<String> parentsWithGaps = new HashSet<>();
        for (ClauseGroup group : alignment.groups()) {
            List<Language> present = Groups.present(alignment, group);
            List<Language> missing = alignment.languages().stream().filter(l -> !present.contains(l)).toList();
            if (!missing.isEmpty()) {
                parentsWithGaps.add(parent(group.id().replaceFirst("^[a-z]{2}:", "")));
                // A missing editorial note, title or signature block matters less than a missing clause.
                ClauseKind kind = group.clauses(present.get(0)).get(0).kind();
                // A repealed provision says nothing left to compare: its counterpart may be listed
                // under another term (a repealed definition names no counterpart) or left out.
                Severity severity = isRepealed(group) ? Severity.INFO
                        : kind == ClauseKind.NOTE || kind == ClauseKind.TITLE || kind == ClauseKind.SIGNATURE
                        ? Severity.WARNING : Severity.ERROR;
                findings.add(Groups.finding(id(), severity, group, alignment.languages(), Groups.texts(group, present),
                        group.label() + " is in " + Groups.codes(present) + " but missing in " + Groups.codes(missing) + "."));
                continue;
            }
            // Ids, not labels, say whether the numbering agrees: each version writes its labels its own
            // way ("(a)" and "a)", "10 and 11" and "10 et 11", a definition under its own term).
            Map<Language, String> labels = new LinkedHashMap<>();
            Map<Language, String> ids = new LinkedHashMap<>();
            for (Language language : present) {
                List<Clause> clauses = group.clauses(language);
                // A definition is named by its term, not numbered: definitions paired by their
                // evidence keep the ids of their own terms (2.def.minister, 2.def.ministre).
                if (clauses.size() == 1 && !clauses.get(0).marker().isEmpty() && !clauses.get(0).id().contains(".def.")) {
                    labels.put(language, clauses.get(0).label());
                    ids.put(language, clauses.get(0).id());
                }
            }
            if (ids.size() > 1 && ids.values().stream().distinct().count() > 1) {
                StringBuilder says = new StringBuilder();
                labels.forEach((language, label) -> says.append(says.length() == 0 ? "" : ", ").append(label)
                        .append(" in ").append(language.code()));
                findings.add(Groups.finding(id(), Severity.WARNING, group, List.copyOf(labels.keySet()), labels,
                        "The same clause is numbered differently: " + says + "."));
            }
        }
        findings.addAll(itemCounts(alignment, parentsWithGaps));
        findings.addAll(LabelOrder.findings(id(), alignment));
        return findings;
    }

    /** Lists whose versions have different numbers of items, where no missing item explains it. */
    private List<Finding> itemCounts(Alignment alignment, Set<String> parentsWithGaps) {
        List<Finding> findings = new ArrayList<>();
        Map<String, ClauseGroup> byId = new HashMap<>();
        alignment.groups().forEach(g -> byId.put(g.id(), g));
        Map<String, Map<Language, Integer>> counts = new LinkedHashMap<>();
        for (ClauseGroup group : alignment.groups()) {
            for (Language language : alignment.languages()) {
                for (Clause clause : group.clauses(language)) {
                    if (!clause.marker().isEmpty() && clause.id().contains(".")) {
                        counts.computeIfAbsent(parent(clause.id()), p -> new LinkedHashMap<>()).merge(language, 1, Integer::sum);
                    }
                }
            }
        }
        counts.forEach((parent, perLanguage) -> {
            ClauseGroup group = byId.get(parent);
            if (group == null || parentsWithGaps.contains(parent) || perLanguage.values().stream().distinct().count() < 2) {
                return;
            }
            Map<Language, String> evidence = new LinkedHashMap<>();
            perLanguage.forEach((language, n) -> evidence.put(language, Plural.count(n, "item")));
            StringBuilder says = new StringBuilder();
            perLanguage.forEach((language, n) -> says.append(says.length() == 0 ? "" : ", ").append(n).append(" in ")
                    .append(language.code()));
            findings.add(Groups.finding(id(), Severity.WARNING, group, List.copyOf(perLanguage.keySet()), evidence,
                    group.label() + " has a different number of items: " + says + "."));
        });
        return findings;
    }

    /** @return whether every clause of the group is a repealed provision: "6 [Repealed, 1992, c. 1, s. 2]" */
    private static boolean isRepealed(ClauseGroup group) {
        return group.clauses().values().stream().flatMap(List::stream).allMatch(c -> REPEALED.matcher(c.text()).find());
    }

    private static String parent(String id) {
        int dot = id.lastIndexOf('.');
        return dot < 0 ? "" : id.substring(0, dot);
    }
}
