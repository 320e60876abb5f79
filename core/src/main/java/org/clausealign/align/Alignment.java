package org.clausealign.align;

import java.util.List;
import java.util.Optional;
import org.clausealign.lang.Language;

/**
 * The clause groups of a parallel document, in document order.
 *
 * @param languages the versions' languages, in the document's order
 * @param groups the groups
 * @param displaced the clauses whose content reads as another group's, in group order
 */
public record Alignment(List<Language> languages, List<ClauseGroup> groups, List<Displacement> displaced) {
    /** Copies the lists so that the value stays immutable. */
    public Alignment {
        languages = List.copyOf(languages);
        groups = List.copyOf(groups);
        displaced = List.copyOf(displaced);
    }

    /**
     * An alignment whose content was not compared: no clause is known to be displaced.
     *
     * @param languages the versions' languages, in the document's order
     * @param groups the groups
     */
    public Alignment(List<Language> languages, List<ClauseGroup> groups) {
        this(languages, groups, List.of());
    }

    /**
     * {@return the group with that id, if any}
     *
     * @param id a group id such as "2.c.vii"
     */
    public Optional<ClauseGroup> group(String id) {
        return groups.stream().filter(g -> g.id().equals(id)).findFirst();
    }
}
