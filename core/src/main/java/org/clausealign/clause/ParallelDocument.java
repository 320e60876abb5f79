package org.clausealign.clause;

import java.util.List;
import java.util.Optional;
import org.clausealign.lang.Language;

/**
 * The language versions of one legal text, read from one file or from one file per language.
 *
 * @param versions the versions in the order they were found
 */
public record ParallelDocument(List<LanguageVersion> versions) {
    /** Copies the list so that the value stays immutable. */
    public ParallelDocument {
        versions = List.copyOf(versions);
    }

    /**
     * {@return that language's version, if the document has one}
     *
     * @param language a language
     */
    public Optional<LanguageVersion> version(Language language) {
        return versions.stream().filter(v -> v.language() == language).findFirst();
    }

    /** {@return the languages of the versions, in order} */
    public List<Language> languages() {
        return versions.stream().map(LanguageVersion::language).toList();
    }
}
