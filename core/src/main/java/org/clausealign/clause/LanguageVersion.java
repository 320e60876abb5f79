package org.clausealign.clause;

import java.util.List;
import java.util.Optional;
import org.clausealign.SourceText;
import org.clausealign.lang.Language;

/**
 * One language version of a legal text, split into clauses.
 *
 * @param language the version's language
 * @param source the text the clause offsets point into
 * @param clauses the clauses in document order
 */
public record LanguageVersion(Language language, SourceText source, List<Clause> clauses) {
    /** Copies the list so that the value stays immutable. */
    public LanguageVersion {
        clauses = List.copyOf(clauses);
    }

    /**
     * {@return the clause with that id, if the version has it}
     *
     * @param id a clause id such as {@code 2.c.vii}
     */
    public Optional<Clause> clause(String id) {
        return clauses.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * {@return the exact characters of the source the clause spans, line breaks included}
     *
     * @param clause one of this version's clauses
     */
    public String original(Clause clause) {
        return source.text().substring(clause.start(), clause.end());
    }
}
