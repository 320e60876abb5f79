/**
 * Clauses: splitting each language version into its numbered clauses (recitals, sections,
 * paragraphs, items) with stable ids and citation labels. A layout with a reading of its own is
 * a strategy the splitter consults first: ConsolidatedStatute reads statutes laid out as Canada's
 * consolidated acts (sections, marginal notes as captions, definitions keyed by their English
 * term); the general reading serves treaties, licences and Japanese statutes.
 *
 * Thread-safety: the value types (Clause, LanguageVersion, ParallelDocument) are immutable records
 * and safe to share; ClauseSplitter keeps no state.
 */
package org.clausealign.clause;
