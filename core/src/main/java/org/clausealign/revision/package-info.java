/**
 * Revisions: comparing an old and a new version of a multilingual text clause by clause, with
 * the status of every clause in every language, a word-level redline, and the translations that
 * did not follow a change ({@link org.clausealign.revision.Change#stale()}).
 *
 * Thread-safety: the values are immutable; Revisions keeps no state.
 */
package org.clausealign.revision;
