/**
 * Corpora: which files under the folders a user names are documents, and which files are the
 * language versions of one document ({@code moc.ja.txt}, {@code moc.en.txt}; {@code ja/moc.txt},
 * {@code en/moc.txt}).
 *
 * <p>Thread-safety: stateless; results are immutable records.
 */
package org.clausealign.corpus;
