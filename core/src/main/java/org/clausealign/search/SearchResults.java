package org.clausealign.search;

import java.util.List;
import java.util.Optional;
import org.clausealign.lang.Language;

/**
 * The hits of one query.
 *
 * @param query the query as given
 * @param language the language the query was searched in, given or detected; empty when a
 *     Latin-script query could be English or French and was searched in both
 * @param hits the best hits, best first
 * @param suggestion when nothing matched: the query with its unknown words replaced by the nearest
 *     words the index holds ("Indigneous" → "Indigenous"), if there are such words
 */
public record SearchResults(String query, Optional<Language> language, List<SearchHit> hits,
        Optional<String> suggestion) {
    /** Copies the list so that the value stays immutable. */
    public SearchResults {
        hits = List.copyOf(hits);
    }

    /**
     * Results with no suggestion.
     *
     * @param query the query as given
     * @param language the language searched in, empty for English and French
     * @param hits the best hits, best first
     */
    public SearchResults(String query, Optional<Language> language, List<SearchHit> hits) {
        this(query, language, hits, Optional.empty());
    }
}
