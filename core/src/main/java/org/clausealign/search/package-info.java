/**
 * Index and search: every clause of every indexed document in a Lucene index, analysed in its own
 * language, searched in any of the three, each hit with what the other versions say there.
 *
 * Thread-safety: ClauseIndex takes searches from many threads while others write; results are
 * immutable records.
 */
package org.clausealign.search;
