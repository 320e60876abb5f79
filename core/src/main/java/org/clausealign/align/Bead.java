package org.clausealign.align;

import java.util.List;
import org.clausealign.clause.Clause;

/**
 * A pairing between two versions: clauses of the first with clauses of the second (1–1, 1–0,
 * 0–1, 2–1 or 1–2).
 *
 * @param a clauses of the first version
 * @param b clauses of the second version
 * @param order where the bead sits in the first version: the index of its first clause there, or
 *     just before the next one for a clause only the second version has
 * @param byNumbering whether the clauses were paired because their numbering agrees
 * @param lengthDeviation how far the length ratio is from the document's, in standard deviations
 * @param agreement what their anchors share, 0 to 1, or -1 with no anchors
 */
record Bead(List<Clause> a, List<Clause> b, double order, boolean byNumbering, double lengthDeviation,
        double agreement) {}
