package org.clausealign.revision;

import java.util.List;
import org.clausealign.lang.Language;

/**
 * Two revisions of a multilingual text compared clause by clause.
 *
 * @param oldSources the names of the files the old revision was read from
 * @param newSources the names of the files the new revision was read from
 * @param languages the versions compared: those both revisions have, in the old one's order
 * @param changes every clause of either revision, unchanged ones included, in document order
 *     (a deleted clause where it stood)
 */
public record Comparison(List<String> oldSources, List<String> newSources, List<Language> languages,
        List<Change> changes) {
    /** Copies the lists so that the value stays immutable. */
    public Comparison {
        oldSources = List.copyOf(oldSources);
        newSources = List.copyOf(newSources);
        languages = List.copyOf(languages);
        changes = List.copyOf(changes);
    }

    /** {@return whether any clause is other than unchanged} */
    public boolean changed() {
        return changes.stream().anyMatch(change -> change.status() != ChangeStatus.UNCHANGED);
    }

    /**
     * {@return how many clauses have it}
     *
     * @param status a status
     */
    public int count(ChangeStatus status) {
        return (int) changes.stream().filter(change -> change.status() == status).count();
    }

    /**
     * {@return the clauses whose version in that language is stale: the translator's to-do list}
     *
     * @param language a version's language
     */
    public List<Change> staleIn(Language language) {
        return changes.stream().filter(change -> change.stale().contains(language)).toList();
    }
}
