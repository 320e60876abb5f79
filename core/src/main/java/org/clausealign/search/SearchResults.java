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
 */
public record SearchResults(String query, Optional<Language> language, List<SearchHit> hits) {
    /** Copies the list so that the value stays immutable. */
    public SearchResults {
        hits = List.copyOf(hits);
    }
}
