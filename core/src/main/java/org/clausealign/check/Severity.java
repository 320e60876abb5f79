package org.clausealign.check;

/** How much a finding matters to a translator. */
public enum Severity {
    /** Informational: often a legitimate translation choice, worth a glance. */
    INFO,
    /** Probably a discrepancy: worth checking. */
    WARNING,
    /** Almost certainly a discrepancy: a clause missing, a number changed. */
    ERROR
}
