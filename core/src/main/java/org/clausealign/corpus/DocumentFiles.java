package org.clausealign.corpus;

import java.nio.file.Path;
import java.util.List;
import org.clausealign.lang.Language;

/**
 * The files of one document: one file holding one or more language versions, or one file per
 * language.
 *
 * @param id the document's id, the same however its files were named: a single file's real path,
 *     or for one file per language their common name, the language replaced by {@code *}
 *     ({@code /data/moc.*.txt}, {@code /data/*}{@code /moc.txt})
 * @param files the files, in the order their languages are given
 * @param languages as {@link org.clausealign.ReadOptions#languages()} takes them: with one file per
 *     language, each file's language in order; with one file, the languages it may hold; empty to
 *     detect them
 */
public record DocumentFiles(String id, List<Path> files, List<Language> languages) {
    /** Copies the lists so that the value stays immutable. */
    public DocumentFiles {
        files = List.copyOf(files);
        languages = List.copyOf(languages);
    }
}
