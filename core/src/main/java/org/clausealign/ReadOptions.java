package org.clausealign;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.clausealign.lang.Language;

/**
 * How to read input files.
 *
 * @param languages the languages of the input: with one file, the languages it may hold (one
 *     language means the whole file is in it); with one file per language, each file's language in
 *     order; empty to detect everything
 * @param encoding the encoding of every file, or null to detect each file's own (text files only:
 *     PDF, Word, HTML and XML say their own)
 * @param progress receives one line now and then while a long file is read ("page 200 of 2,000"),
 *     for a command line to show on stderr
 */
public record ReadOptions(List<Language> languages, Charset encoding, Consumer<String> progress) {
    /** Detect languages and encodings. */
    public static final ReadOptions DEFAULTS = new ReadOptions(List.of(), null);

    /** Copies the list so that the value stays immutable. */
    public ReadOptions {
        languages = List.copyOf(languages);
        Objects.requireNonNull(progress, "progress");
    }

    /**
     * Options that report no progress.
     *
     * @param languages the input's languages, see {@link #languages()}
     * @param encoding the encoding of every file, or null to detect it
     */
    public ReadOptions(List<Language> languages, Charset encoding) {
        this(languages, encoding, line -> { });
    }

    /**
     * {@return these options with those languages}
     *
     * @param languages the input's languages, see {@link #languages()}
     */
    public ReadOptions withLanguages(List<Language> languages) {
        return new ReadOptions(languages, encoding, progress);
    }

    /**
     * {@return these options with that receiver of progress lines}
     *
     * @param progress receives progress lines while long files are read
     */
    public ReadOptions withProgress(Consumer<String> progress) {
        return new ReadOptions(languages, encoding, progress);
    }

    /**
     * {@return these options with that encoding}
     *
     * @param encoding the encoding of every file, or null to detect it
     */
    public ReadOptions withEncoding(Charset encoding) {
        return new ReadOptions(languages, encoding, progress);
    }
}
