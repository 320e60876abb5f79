package org.clausealign.check;

import java.util.List;
import org.clausealign.align.Alignment;

/**
 * The findings of all checks on one aligned document.
 *
 * @param alignment the document's clause groups
 * @param findings the findings, in document order
 */
public record Report(Alignment alignment, List<Finding> findings) {
    /** Copies the list so that the value stays immutable. */
    public Report {
        findings = List.copyOf(findings);
    }
}
