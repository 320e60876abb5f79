package org.clausealign;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.clausealign.align.Aligner;
import org.clausealign.align.Alignment;
import org.clausealign.clause.Clause;
import org.clausealign.clause.ClauseSplitter;
import org.clausealign.clause.LanguageVersion;
import org.clausealign.clause.ParallelDocument;
import org.clausealign.lang.Language;
import org.clausealign.lang.LanguageSeparator;
import org.clausealign.read.Origins;
import org.clausealign.read.Readers;
import org.clausealign.read.Reading;
import org.clausealign.revision.Comparison;
import org.clausealign.revision.Revisions;
import org.clausealign.text.Lines;
import org.clausealign.text.Plural;

/**
 * The entry point: reads the language versions of a legal text into clauses.
 *
 * <pre>{@code
 * ParallelDocument moc = ClauseAlign.read(Path.of("moc.txt"));   // ja, en and fr in one file
 * for (LanguageVersion version : moc.versions()) {
 *     for (Clause clause : version.clauses()) {
 *         System.out.println(version.language().code() + " " + clause.label() + " " + clause.text());
 *     }
 * }
 * ParallelDocument three = ClauseAlign.read(List.of(ja, en, fr),
 *         ReadOptions.DEFAULTS.withLanguages(List.of(Language.JA, Language.EN, Language.FR)));
 * }</pre>
 *
 * <p>All methods are thread-safe; the results are immutable.
 */
public final class ClauseAlign {
    private ClauseAlign() {}

    /**
     * Reads one file holding one or more language versions, detecting format, encoding and languages.
     *
     * @param path the file
     * @return its language versions, split into clauses
     * @throws InputException if the file is not usable (empty, binary, too large, no known language)
     * @see Readers the formats: text, PDF, Word (.docx), HTML, Justice Laws and e-Gov law XML
     */
    public static ParallelDocument read(Path path) {
        return read(List.of(path), ReadOptions.DEFAULTS);
    }

    /**
     * Reads one file holding several versions, or one file per version, in any mix of the formats
     * {@link Readers} recognises.
     *
     * @param paths the files
     * @param options encodings and languages, see {@link ReadOptions}
     * @return the language versions of all files, split into clauses
     * @throws InputException if a file is not usable, or two files hold the same language
     */
    public static ParallelDocument read(List<Path> paths, ReadOptions options) {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("no file to read");
        }
        List<Language> languages = options.languages();
        boolean onePerFile = paths.size() > 1 && languages.size() == paths.size();
        if (paths.size() > 1 && !languages.isEmpty() && !onePerFile) {
            throw new InputException(paths.get(0).toString(), "--lang names " + Plural.count(languages.size(), "language")
                    + " for " + paths.size() + " files; give one language per file, in order");
        }
        // Files are read and split on every core; each file's versions keep their order, and of
        // several bad files the first named is the one reported, as when reading one by one.
        List<FileRead> read = IntStream.range(0, paths.size()).parallel()
                .mapToObj(i -> FileRead.of(() -> split(Readers.read(paths.get(i), options),
                        onePerFile ? List.of(languages.get(i)) : languages)))
                .toList();
        List<LanguageVersion> all = new ArrayList<>();
        for (FileRead file : read) {
            if (file.failure() != null) {
                throw file.failure();
            }
            all.addAll(file.versions());
        }
        Map<Language, LanguageVersion> versions = new EnumMap<>(Language.class);
        List<LanguageVersion> ordered = new ArrayList<>();
        for (LanguageVersion version : all) {
            LanguageVersion earlier = versions.put(version.language(), version);
            if (earlier != null) {
                throw new InputException(version.source().name(), "holds " + version.language().code()
                        + " text, and so does " + earlier.source().name() + "; give each language once");
            }
            ordered.add(version);
        }
        return new ParallelDocument(ordered);
    }

    /**
     * Reads bytes already in memory, e.g. an upload, detecting the format and the encoding unless given.
     *
     * @param bytes the raw bytes of one input
     * @param name the name used in messages, e.g. the file name
     * @param options encoding and languages, see {@link ReadOptions}
     * @return its language versions, split into clauses
     * @throws InputException if the bytes are not usable text
     */
    public static ParallelDocument read(byte[] bytes, String name, ReadOptions options) {
        return new ParallelDocument(split(Readers.read(bytes, name, options), options.languages()));
    }

    /**
     * Splits text already in memory.
     *
     * @param text the text
     * @param name the name used in messages, e.g. a file name
     * @param languages the languages the text may hold; empty to detect them
     * @return its language versions, split into clauses
     * @throws InputException if the text holds no known language
     */
    public static ParallelDocument parse(String text, String name, List<Language> languages) {
        if (text.isBlank()) {
            throw new InputException(name, "is empty");
        }
        return new ParallelDocument(split(new SourceText(name, text, StandardCharsets.UTF_8), Origins.NONE, languages));
    }

    /**
     * Aligns the versions of a document clause by clause.
     *
     * <pre>{@code
     * Alignment alignment = ClauseAlign.align(ClauseAlign.read(Path.of("moc.txt")));
     * ClauseGroup item = alignment.group("2.c.vii").orElseThrow();
     * item.text(Language.FR);   // "promouvoir la recherche et le développement…"
     * }</pre>
     *
     * @param document the versions, e.g. from {@link #read(Path)}
     * @return the clause groups, in document order
     */
    public static Alignment align(ParallelDocument document) {
        return Aligner.align(document);
    }

    /**
     * Compares two revisions of a text clause by clause, in every language version both have.
     *
     * <pre>{@code
     * Comparison comparison = ClauseAlign.compare(ClauseAlign.read(Path.of("v1.txt")), ClauseAlign.read(Path.of("v2.txt")));
     * comparison.staleIn(Language.FR);   // the French clauses that did not follow a change
     * }</pre>
     *
     * @param old the old revision, e.g. from {@link #read(Path)}
     * @param revised the new revision
     * @return every clause with its status (unchanged, renumbered, moved, modified, added,
     *     deleted) in each version, a word-level redline, and the stale versions
     * @throws InputException if the revisions have no language in common
     */
    public static Comparison compare(ParallelDocument old, ParallelDocument revised) {
        return Revisions.compare(old, revised);
    }

    /** One file's versions, or why it could not be read. */
    private record FileRead(List<LanguageVersion> versions, RuntimeException failure) {
        static FileRead of(java.util.function.Supplier<List<LanguageVersion>> reading) {
            try {
                return new FileRead(reading.get(), null);
            } catch (RuntimeException e) {
                return new FileRead(List.of(), e);
            }
        }
    }

    private static List<LanguageVersion> split(Reading reading, List<Language> languages) {
        return switch (reading) {
            case Reading.Text text -> split(text.source(), text.origins(), languages);
            case Reading.Clauses clauses -> {
                List<LanguageVersion> versions = clauses.versions();
                if (languages.size() == 1 && versions.size() == 1 && versions.get(0).language() != languages.get(0)) {
                    throw new InputException(versions.get(0).source().name(), "is marked as "
                            + versions.get(0).language().code() + " text, not " + languages.get(0).code());
                }
                yield versions;
            }
        };
    }

    private static List<LanguageVersion> split(SourceText source, Origins origins, List<Language> languages) {
        List<LanguageVersion> versions = LanguageSeparator.separate(source, Lines.of(source.text()), languages)
                .parallelStream()
                .map(lines -> withOrigins(ClauseSplitter.split(source, lines), origins))
                .filter(version -> !version.clauses().isEmpty())
                .toList();
        if (versions.isEmpty()) {
            throw new InputException(source.name(), "holds no text to split (only rules or blank lines)");
        }
        return versions;
    }

    /** Names where each clause starts in a structured input: its page, paragraph or element. */
    private static LanguageVersion withOrigins(LanguageVersion version, Origins origins) {
        if (origins == Origins.NONE) {
            return version;
        }
        return new LanguageVersion(version.language(), version.source(), version.clauses().stream()
                .map(c -> new Clause(c.id(), c.label(), c.kind(), c.marker(), c.text(), c.normalized(), c.start(),
                        c.end(), c.caption(), origins.at(c.start())))
                .toList());
    }
}
