package org.clausealign.align;

import java.util.List;
import org.clausealign.lang.Language;

/**
 * A version's clause whose content reads as another nearby group's rather than its own: texts
 * swapped or moved under labels that were kept.
 *
 * @param group the group it is in
 * @param language its version
 * @param counterpart the nearby group whose other versions it agrees with
 * @param against the versions compared, in the document's order
 * @param own its agreement with its own group's other versions, 0 to 1
 * @param there its agreement with the counterpart's, 0 to 1
 */
public record Displacement(ClauseGroup group, Language language, ClauseGroup counterpart, List<Language> against,
        double own, double there) {
    /** Copies the list so that the value stays immutable. */
    public Displacement {
        against = List.copyOf(against);
    }
}
