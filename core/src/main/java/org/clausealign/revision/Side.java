package org.clausealign.revision;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clausealign.align.Aligner;
import org.clausealign.align.Alignment;
import org.clausealign.align.ClauseGroup;
import org.clausealign.clause.Clause;
import org.clausealign.clause.LanguageVersion;
import org.clausealign.clause.ParallelDocument;
import org.clausealign.lang.Language;

/** One revision: its versions' alignment, and which group each clause is in. */
final class Side {
    final Alignment alignment;
    private final Map<Language, Map<Integer, Integer>> groupOfClause = new HashMap<>();

    /**
     * @param document the revision
     * @param languages the versions compared, which alone are aligned
     */
    Side(ParallelDocument document, List<Language> languages) {
        List<LanguageVersion> compared = languages.stream().map(l -> document.version(l).orElseThrow()).toList();
        alignment = Aligner.align(new ParallelDocument(compared));
        for (int g = 0; g < alignment.groups().size(); g++) {
            for (Map.Entry<Language, List<Clause>> entry : alignment.groups().get(g).clauses().entrySet()) {
                for (Clause clause : entry.getValue()) {
                    // A clause's start is unique within its version.
                    groupOfClause.computeIfAbsent(entry.getKey(), l -> new HashMap<>()).put(clause.start(), g);
                }
            }
        }
    }

    /** @return the index of the group that holds the clause of that version */
    int group(Language language, Clause clause) {
        Integer group = groupOfClause.getOrDefault(language, Map.of()).get(clause.start());
        if (group == null) {
            throw new IllegalStateException("the alignment left out " + language.code() + " clause " + clause.id());
        }
        return group;
    }

    /** @return the group's id and label */
    ClauseRef ref(int group) {
        ClauseGroup found = alignment.groups().get(group);
        return new ClauseRef(found.id(), found.label());
    }
}
