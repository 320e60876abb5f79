package org.clausealign.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.clausealign.InputException;
import org.clausealign.lang.Language;

/**
 * The documents among the files and folders a user names: folders are read recursively for the
 * files {@link DocumentRecognizer} recognises, and files named as language versions of one
 * document ({@link VersionNames}) become one document.
 *
 * <pre>{@code
 * Corpus.Listing listing = Corpus.list(List.of(Path.of("treaties")), List.of(), Set.of());
 * for (DocumentFiles document : listing.documents()) { ... }
 * }</pre>
 */
public final class Corpus {
    private Corpus() {}

    /**
     * What a folder held that is not read.
     *
     * @param path the path, as found
     * @param reason why, as a sentence without the path ("a broken link")
     */
    public record Skipped(Path path, String reason) {}

    /**
     * The documents found, and what was passed over.
     *
     * @param documents the documents, in the order of the paths named, each folder's files sorted
     * @param skipped what a folder held that is not a file (broken links, pipes): worth reporting
     * @param unrecognised how many files under the folders were not documents (data, code,
     *     clausealign's outputs, binary files)
     */
    public record Listing(List<DocumentFiles> documents, List<Skipped> skipped, int unrecognised) {
        /** Copies the lists so that the value stays immutable. */
        public Listing {
            documents = List.copyOf(documents);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * Lists the documents among files and folders.
     *
     * <p>With files only, as many as languages ({@code a-ja.txt a-en.txt --lang ja,en}), the files
     * are one document, file by file in those languages. Otherwise files whose names state a language
     * and share the rest of their name are one document; every other file is its own, read with
     * the given languages. Files named explicitly are always read (a bad one is reported when
     * read); files in folders only when recognised. Hidden files and folders, and the folders
     * of {@code exclude}, are left out.
     *
     * @param paths files and folders
     * @param languages the languages given by the user, or empty
     * @param exclude folders never to read, such as the index being written
     * @return the documents, with ids that do not depend on how a path was spelled
     * @throws InputException if a path does not exist
     */
    public static Listing list(List<Path> paths, List<Language> languages, Set<Path> exclude) {
        Set<Path> excluded = new HashSet<>();
        for (Path path : exclude) {
            excluded.add(real(path).orElse(path.toAbsolutePath().normalize()));
        }
        List<Path> files = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        int unrecognised = 0;
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                unrecognised += walk(path, excluded, files, skipped);
            } else if (Files.exists(path)) {
                files.add(real(path).orElse(path.toAbsolutePath().normalize()));
            } else {
                throw new InputException(path.toString(), Files.exists(path, LinkOption.NOFOLLOW_LINKS)
                        ? "is a broken link" : "no such file or folder");
            }
        }
        // One language per file only for files named one by one: a folder's files come in no order the user chose.
        boolean named = paths.stream().noneMatch(Files::isDirectory);
        List<DocumentFiles> documents = named && files.size() > 1 && languages.size() == files.size()
                ? List.of(new DocumentFiles(commonId(files), files, languages))
                : group(files.stream().distinct().toList(), languages);
        return new Listing(documents, skipped, unrecognised);
    }

    /** @return how many regular files were not recognised as documents */
    private static int walk(Path folder, Set<Path> excluded, List<Path> files, List<Skipped> skipped) {
        List<Path> found;
        try (Stream<Path> walk = Files.walk(folder)) {
            found = walk.filter(p -> !hidden(folder.relativize(p))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the folder " + folder, e);
        }
        int unrecognised = 0;
        Set<Path> leftOut = new HashSet<>();
        for (Path p : found) {
            if (p.getParent() != null && leftOut.contains(p.getParent())) {
                if (Files.isDirectory(p)) {
                    leftOut.add(p);
                }
                continue;
            }
            if (Files.isDirectory(p)) {
                if (excluded.contains(real(p).orElse(p)) || isIndex(p)) {
                    leftOut.add(p);
                }
            } else if (Files.isRegularFile(p)) {
                if (DocumentRecognizer.isDocument(p)) {
                    files.add(real(p).orElse(p.toAbsolutePath().normalize()));
                } else {
                    unrecognised++;
                }
            } else {
                skipped.add(new Skipped(p, Files.isSymbolicLink(p) && !Files.exists(p) ? "a broken link"
                        : "not a regular file"));
            }
        }
        return unrecognised;
    }

    /** A Lucene index (clausealign's or another's) holds a segments file; it is never a document. */
    private static boolean isIndex(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.anyMatch(p -> p.getFileName().toString().startsWith("segments_"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the folder " + folder, e);
        }
    }

    /**
     * Files whose names differ only in their language code, whatever their format, are one
     * document, named by what the names share: {@code a.*.txt}, or {@code moc.*} for versions in
     * different formats.
     */
    private static List<DocumentFiles> group(List<Path> files, List<Language> languages) {
        Map<String, Map<Language, Path>> byStem = new LinkedHashMap<>();
        Map<String, Set<String>> commonNames = new HashMap<>();
        Map<Path, String> stemOf = new LinkedHashMap<>();
        for (Path file : files) {
            Optional<VersionNames.Version> version = VersionNames.of(file);
            if (version.isPresent()) {
                String stem = version.get().stem();
                Map<Language, Path> versions = byStem.computeIfAbsent(stem, k -> new EnumMap<>(Language.class));
                // Two files claiming one language of one name are two documents, not versions.
                if (versions.putIfAbsent(version.get().language(), file) == null) {
                    stemOf.put(file, stem);
                    commonNames.computeIfAbsent(stem, k -> new HashSet<>()).add(version.get().common());
                }
            }
        }
        List<DocumentFiles> documents = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (Path file : files) {
            String stem = stemOf.get(file);
            Map<Language, Path> versions = stem == null ? null : byStem.get(stem);
            if (versions != null && versions.size() > 1) {
                if (done.add(stem)) {
                    Set<String> names = commonNames.get(stem);
                    String id = names.size() == 1 ? names.iterator().next() : stem;
                    documents.add(new DocumentFiles(id, List.copyOf(versions.values()), List.copyOf(versions.keySet())));
                }
            } else {
                documents.add(new DocumentFiles(file.toString(), List.of(file), languages));
            }
        }
        return documents;
    }

    /** Files given one per language: their common name if their names follow a convention. */
    private static String commonId(List<Path> files) {
        Set<String> names = new HashSet<>();
        for (Path file : files) {
            names.add(VersionNames.of(file).map(VersionNames.Version::common).orElse(file.toString()));
        }
        return names.size() == 1 ? names.iterator().next()
                : String.join(" + ", files.stream().map(Path::toString).toList());
    }

    private static Optional<Path> real(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
