package org.clausealign.check;

/**
 * Thresholds of the checks.
 *
 * @param minimum the lowest severity reported
 * @param lengthOutlier how many robust standard deviations a clause's length ratio may stray from
 *     the document's before the length check reports it
 */
public record CheckOptions(Severity minimum, double lengthOutlier) {
    /** Warnings and errors; length outliers beyond 4.5 deviations. */
    public static final CheckOptions DEFAULTS = new CheckOptions(Severity.WARNING, 4.5);

    /** @return these options with another lowest severity */
    public CheckOptions withMinimum(Severity minimum) {
        return new CheckOptions(minimum, lengthOutlier);
    }
}
