package org.clausealign.check;

import java.util.Set;

/**
 * What to check and how strictly.
 *
 * @param minimum the lowest severity reported
 * @param lengthOutlier how many robust standard deviations a clause's length ratio may stray from
 *     the document's before the length check reports it
 * @param checks the ids of the checks to run; empty for all
 * @param glossary agreed renderings for the terminology check, or null for none
 */
public record CheckOptions(Severity minimum, double lengthOutlier, Set<String> checks, Glossary glossary) {
    /** All checks; warnings and errors; length outliers beyond 4.5 deviations; no glossary. */
    public static final CheckOptions DEFAULTS = new CheckOptions(Severity.WARNING, 4.5, Set.of(), null);

    /** Copies the set so that the value stays immutable. */
    public CheckOptions {
        checks = Set.copyOf(checks);
    }

    /** @return these options with another lowest severity */
    public CheckOptions withMinimum(Severity minimum) {
        return new CheckOptions(minimum, lengthOutlier, checks, glossary);
    }

    /** @return these options running only the given checks (empty: all) */
    public CheckOptions withChecks(Set<String> checks) {
        return new CheckOptions(minimum, lengthOutlier, checks, glossary);
    }

    /** @return these options with a glossary for the terminology check */
    public CheckOptions withGlossary(Glossary glossary) {
        return new CheckOptions(minimum, lengthOutlier, checks, glossary);
    }
}
