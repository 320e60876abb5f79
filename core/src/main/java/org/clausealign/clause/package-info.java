/**
 * Clauses: splitting each language version into its numbered clauses (recitals, sections,
 * paragraphs, items) with stable ids and citation labels.
 */
package org.clausealign.clause;
