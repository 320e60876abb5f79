/**
 * Index and search: every clause of every indexed document in a Lucene index, analysed in its own
 * language, searched in any of the three, each hit with what the other versions say there.
 */
package org.clausealign.search;
