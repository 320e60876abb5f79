package org.clausealign.revision;

import java.util.Locale;

/** What happened to a clause between two revisions. */
public enum ChangeStatus {
    /** Same text, same number. */
    UNCHANGED,
    /** Same text, new number in the same place among its neighbours: 1(c) became 1(d). */
    RENUMBERED,
    /** Found elsewhere: out of order with the clauses around it. Its text may have changed too. */
    MOVED,
    /** Its text changed (its number may have too). */
    MODIFIED,
    /** Only in the new revision. */
    ADDED,
    /** Only in the old revision. */
    DELETED;

    /** {@return the name written in the output: {@code unchanged}, {@code renumbered}…} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
