package org.clausealign.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.clausealign.InputException;

/**
 * Guards the folder an index is written into: a missing or empty folder, or one that already
 * holds an index. Anything else is a folder of the user's own files, which index files must never
 * be mixed into ({@code --index ~/Documents}).
 */
final class IndexFolder {
    /** Lucene's lock file, left alone in a folder by a first run that was stopped before its first commit. */
    private static final String LOCK = "write.lock";

    private IndexFolder() {}

    /**
     * @param folder the folder {@code --index} names
     * @throws InputException if it is a file, or a folder holding files other than an index
     */
    static void requireWritable(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw new InputException(folder.toString(), "is a file, not an index folder; give --index a folder");
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.filter(p -> !p.getFileName().toString().equals(LOCK)).limit(1).toList();
        } catch (IOException e) {
            throw new InputException(folder.toString(), "cannot be read as an index folder (" + e.getMessage() + ")", e);
        }
        if (entries.isEmpty() || holdsAnIndex(folder)) {
            return;
        }
        throw new InputException(folder.toString(), "holds files that are not an index (" + entries.get(0).getFileName()
                + "); give --index a new or empty folder, or one that already holds a clausealign index");
    }

    private static boolean holdsAnIndex(Path folder) {
        try (Directory directory = FSDirectory.open(folder)) {
            return DirectoryReader.indexExists(directory);
        } catch (IOException e) {
            throw new InputException(folder.toString(), "cannot be read as an index folder (" + e.getMessage() + ")", e);
        }
    }
}
