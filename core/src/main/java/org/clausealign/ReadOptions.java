package org.clausealign;

import java.nio.charset.Charset;
import java.util.List;
import org.clausealign.lang.Language;

/**
 * How to read input files.
 *
 * @param languages the languages of the input: with one file, the languages it may hold (one
 *     language means the whole file is in it); with one file per language, each file's language in
 *     order; empty to detect everything
 * @param encoding the encoding of every file, or null to detect each file's own
 */
public record ReadOptions(List<Language> languages, Charset encoding) {
    /** Detect languages and encodings. */
    public static final ReadOptions DEFAULTS = new ReadOptions(List.of(), null);

    /** Copies the list so that the value stays immutable. */
    public ReadOptions {
        languages = List.copyOf(languages);
    }

    /**
     * {@return these options with those languages}
     *
     * @param languages the input's languages, see {@link #languages()}
     */
    public ReadOptions withLanguages(List<Language> languages) {
        return new ReadOptions(languages, encoding);
    }

    /**
     * {@return these options with that encoding}
     *
     * @param encoding the encoding of every file, or null to detect it
     */
    public ReadOptions withEncoding(Charset encoding) {
        return new ReadOptions(languages, encoding);
    }
}
