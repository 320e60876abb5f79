package org.clausealign.align;

import java.util.List;
import java.util.Optional;
import org.clausealign.lang.Language;

/**
 * The clause groups of a parallel document, in document order.
 *
 * @param languages the versions' languages, in the document's order
 * @param groups the groups
 */
public record Alignment(List<Language> languages, List<ClauseGroup> groups) {
    /** Copies the lists so that the value stays immutable. */
    public Alignment {
        languages = List.copyOf(languages);
        groups = List.copyOf(groups);
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
