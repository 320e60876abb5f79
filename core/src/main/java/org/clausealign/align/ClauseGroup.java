package org.clausealign.align;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.clausealign.clause.Clause;
import org.clausealign.lang.Language;

/**
 * The clauses of each version that say the same thing: usually one per version, none where a
 * version lacks the clause, two where one version splits what another says in one clause.
 *
 * @param id the clause id where the versions agree, otherwise the id in the first version that
 *     has the group (prefixed with its language, "en:recital.9", when that is not the first
 *     version of the document)
 * @param label the citation label, e.g. "2(c)(vii)"
 * @param confidence how sure the pairing is, from 0 to 1
 * @param reason why the confidence is below 1, or "" when nothing lowers it
 * @param clauses each version's clauses in the group; a version without any is absent
 */
public record ClauseGroup(String id, String label, double confidence, String reason,
        Map<Language, List<Clause>> clauses) {
    /** Copies the map so that the value stays immutable, and checks the confidence. */
    public ClauseGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(reason, "reason");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence " + confidence + " is outside [0,1]");
        }
        Map<Language, List<Clause>> copy = new EnumMap<>(Language.class);
        clauses.forEach((language, list) -> {
            if (!list.isEmpty()) {
                copy.put(language, List.copyOf(list));
            }
        });
        clauses = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * {@return that version's clauses in this group; empty if the version lacks them}
     *
     * @param language a language
     */
    public List<Clause> clauses(Language language) {
        return clauses.getOrDefault(language, List.of());
    }

    /**
     * {@return the version's clause texts in this group, joined as the language writes them (with
     *     a space, or nothing for Japanese); "" if it lacks them}
     *
     * @param language a language
     */
    public String text(Language language) {
        return String.join(language == Language.JA ? "" : " ", clauses(language).stream().map(Clause::text).toList());
    }
}
