package org.clausealign.search;

import org.clausealign.check.Glossary;
import org.clausealign.lang.Language;

/**
 * How to search.
 *
 * @param language the query's language, or null to detect it (script first, then function words)
 * @param limit how many hits to return, 1 to {@value #MAX_LIMIT}
 * @param collapse whether hits in one clause group (the same clause in several languages) count
 *     once, as the best of them
 * @param glossary agreed renderings whose counterparts a hit's other versions mark, or null
 */
public record SearchOptions(Language language, int limit, boolean collapse, Glossary glossary) {
    /** Detect the language, ten hits, one per group, no glossary. */
    public static final SearchOptions DEFAULTS = new SearchOptions(null, 10, true);

    /** The most hits one search returns: each carries its group's other versions, read from the index. */
    public static final int MAX_LIMIT = 1_000;

    /** Checks the limit. */
    public SearchOptions {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
    }

    /**
     * Options without a glossary.
     *
     * @param language the query's language, or null to detect it
     * @param limit how many hits to return, 1 to {@value #MAX_LIMIT}
     * @param collapse whether hits in one clause group count once
     */
    public SearchOptions(Language language, int limit, boolean collapse) {
        this(language, limit, collapse, null);
    }

    /**
     * {@return these options with another limit}
     *
     * @param limit how many hits, at least 1
     */
    public SearchOptions withLimit(int limit) {
        return new SearchOptions(language, limit, collapse, glossary);
    }

    /**
     * {@return these options with a given language, or null to detect it}
     *
     * @param language the query's language
     */
    public SearchOptions withLanguage(Language language) {
        return new SearchOptions(language, limit, collapse, glossary);
    }

    /**
     * {@return these options with a glossary, or null for none}
     *
     * @param glossary agreed renderings
     */
    public SearchOptions withGlossary(Glossary glossary) {
        return new SearchOptions(language, limit, collapse, glossary);
    }
}
