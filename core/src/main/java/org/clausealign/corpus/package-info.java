/**
 * Corpora: which files under the folders a user names are documents, and which files are the
 * language versions of one document ({@code moc.ja.txt}, {@code moc.en.txt}; {@code ja/moc.txt},
 * {@code en/moc.txt}), and indexing such documents on every core ({@link CorpusIndexer}). Internal:
 * the module does not export it; the command line's {@code index} uses it.
 *
 * <p>Thread-safety: stateless; results are immutable records; {@link CorpusIndexer} runs its
 * own workers.
 */
package org.clausealign.corpus;
