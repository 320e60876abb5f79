package org.clausealign.check;

import java.util.List;
import org.clausealign.align.Alignment;

/** One kind of discrepancy between the versions of an aligned document. */
public interface Check {
    /** {@return the check's id, as findings and options name it: "structure", "number"…} */
    String id();

    /**
     * {@return what the check finds, in document order}
     *
     * @param alignment the document's clause groups
     * @param options the thresholds
     */
    List<Finding> check(Alignment alignment, CheckOptions options);
}
