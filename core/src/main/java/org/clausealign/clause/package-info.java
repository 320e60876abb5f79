/**
 * Clauses: splitting each language version into its numbered clauses (recitals, sections,
 * paragraphs, items) with stable ids and citation labels.
 *
 * Thread-safety: the value types (Clause, LanguageVersion, ParallelDocument) are immutable records
 * and safe to share; ClauseSplitter keeps no state.
 */
package org.clausealign.clause;
