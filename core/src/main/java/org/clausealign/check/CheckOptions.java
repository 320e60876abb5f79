package org.clausealign.check;

import java.util.Set;

/**
 * What to check and how strictly.
 *
 * <pre>{@code
 * CheckOptions options = CheckOptions.DEFAULTS.withMinimum(Severity.INFO).withLengthOutlier(3.5)
 *         .withGlossary(Glossary.read(Path.of("glossary.tsv")));
 * }</pre>
 *
 * @param minimum the lowest severity reported
 * @param lengthOutlier how many robust standard deviations a clause's length ratio may stray from
 *     the document's before the length check reports it
 * @param termOccurrences in how many clauses a term must occur before the terminology check,
 *     without a glossary, compares its renderings
 * @param checks the ids of the checks to run; empty for all
 * @param glossary agreed renderings for the terminology check, or null for none
 */
public record CheckOptions(Severity minimum, double lengthOutlier, int termOccurrences, Set<String> checks,
        Glossary glossary) {
    /** All checks; warnings and errors; length outliers beyond 4.5 deviations; terms in 3 clauses; no glossary. */
    public static final CheckOptions DEFAULTS = new CheckOptions(Severity.WARNING, 4.5, 3, Set.of(), null);

    /**
     * Copies the set so that the value stays immutable.
     *
     * @throws IllegalArgumentException if a threshold is out of range
     */
    public CheckOptions {
        checks = Set.copyOf(checks);
        if (!(lengthOutlier > 0)) {
            throw new IllegalArgumentException("the length outlier threshold must be above 0, not " + lengthOutlier);
        }
        if (termOccurrences < 2) {
            throw new IllegalArgumentException("a term must occur in at least 2 clauses to have a usual rendering, not "
                    + termOccurrences);
        }
    }

    /**

     * {@return these options with another lowest severity}

     *

     * @param minimum the lowest severity reported

     */
    public CheckOptions withMinimum(Severity minimum) {
        return new CheckOptions(minimum, lengthOutlier, termOccurrences, checks, glossary);
    }

    /**

     * {@return these options with another length outlier threshold, in robust standard deviations}

     *

     * @param lengthOutlier robust standard deviations, above 0

     */
    public CheckOptions withLengthOutlier(double lengthOutlier) {
        return new CheckOptions(minimum, lengthOutlier, termOccurrences, checks, glossary);
    }

    /**

     * {@return these options comparing the renderings of terms that occur in at least this many clauses}

     *

     * @param termOccurrences clauses, at least 2

     */
    public CheckOptions withTermOccurrences(int termOccurrences) {
        return new CheckOptions(minimum, lengthOutlier, termOccurrences, checks, glossary);
    }

    /**

     * {@return these options running only the given checks (empty: all)}

     *

     * @param checks the ids of the checks

     */
    public CheckOptions withChecks(Set<String> checks) {
        return new CheckOptions(minimum, lengthOutlier, termOccurrences, checks, glossary);
    }

    /**

     * {@return these options with a glossary for the terminology check}

     *

     * @param glossary agreed renderings, or null for none

     */
    public CheckOptions withGlossary(Glossary glossary) {
        return new CheckOptions(minimum, lengthOutlier, termOccurrences, checks, glossary);
    }
}
