package org.clausealign.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import org.clausealign.align.Alignment;
import org.clausealign.align.ClauseGroup;
import org.clausealign.clause.Clause;
import org.clausealign.clause.ClauseKind;
import org.clausealign.lang.Language;

/**
 * Clauses one version has and another lacks; clauses paired across versions whose numbering
 * differs; lists with a different number of items.
 */
final class StructureCheck implements Check {
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
                Severity severity = kind == ClauseKind.NOTE || kind == ClauseKind.TITLE || kind == ClauseKind.SIGNATURE
                        ? Severity.WARNING : Severity.ERROR;
                findings.add(Groups.finding(id(), severity, group, alignment.languages(), Groups.texts(group, present),
                        group.label() + " is in " + Groups.codes(present) + " but missing in " + Groups.codes(missing) + "."));
                continue;
            }
            Map<Language, String> labels = new LinkedHashMap<>();
            for (Language language : present) {
                List<Clause> clauses = group.clauses(language);
                if (clauses.size() == 1 && !clauses.get(0).marker().isEmpty()) {
                    labels.put(language, clauses.get(0).label());
                }
            }
            if (labels.size() > 1 && labels.values().stream().distinct().count() > 1) {
                StringBuilder says = new StringBuilder();
                labels.forEach((language, label) -> says.append(says.length() == 0 ? "" : ", ").append(label)
                        .append(" in ").append(language.code()));
                findings.add(Groups.finding(id(), Severity.WARNING, group, List.copyOf(labels.keySet()), labels,
                        "The same clause is numbered differently: " + says + "."));
            }
        }
        findings.addAll(itemCounts(alignment, parentsWithGaps));
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
            perLanguage.forEach((language, n) -> evidence.put(language, n + " items"));
            StringBuilder says = new StringBuilder();
            perLanguage.forEach((language, n) -> says.append(says.length() == 0 ? "" : ", ").append(n).append(" in ")
                    .append(language.code()));
            findings.add(Groups.finding(id(), Severity.WARNING, group, List.copyOf(perLanguage.keySet()), evidence,
                    group.label() + " has a different number of items: " + says + "."));
        });
        return findings;
    }

    private static String parent(String id) {
        int dot = id.lastIndexOf('.');
        return dot < 0 ? "" : id.substring(0, dot);
    }
}
