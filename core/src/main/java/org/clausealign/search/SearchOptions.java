package org.clausealign.search;

import org.clausealign.lang.Language;

/**
 * How to search.
 *
 * @param language the query's language, or null to detect it (script first, then function words)
 * @param limit how many hits to return, at least 1
 * @param collapse whether hits in one clause group (the same clause in several languages) count
 *     once, as the best of them
 */
public record SearchOptions(Language language, int limit, boolean collapse) {
    /** Detect the language, ten hits, one per group. */
    public static final SearchOptions DEFAULTS = new SearchOptions(null, 10, true);

    /** Checks the limit. */
    public SearchOptions {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
    }

    /**

     * {@return these options with another limit}

     *

     * @param limit how many hits, at least 1

     */
    public SearchOptions withLimit(int limit) {
        return new SearchOptions(language, limit, collapse);
    }

    /**

     * {@return these options with a given language, or null to detect it}

     *

     * @param language the query's language

     */
    public SearchOptions withLanguage(Language language) {
        return new SearchOptions(language, limit, collapse);
    }
}
