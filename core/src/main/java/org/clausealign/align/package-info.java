/**
 * Alignment: pairing the clauses of the language versions of one text into groups, by
 * numbering first and by content (lengths, numbers, dates, acronyms) where numbering is absent
 * or disagrees; and pairing the sentences inside a group.
 *
 * Thread-safety: Alignment and ClauseGroup are immutable; Aligner and SentencePairs keep no state.
 */
package org.clausealign.align;
