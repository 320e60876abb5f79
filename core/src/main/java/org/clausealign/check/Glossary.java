package org.clausealign.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.clausealign.InputException;
import org.clausealign.lang.Language;
import org.clausealign.text.TextDecoder;

/**
 * Agreed renderings of terms, one row per term with its rendering in two languages or more.
 *
 * <p>Read from the files glossaries come in: a table (TSV, CSV with commas or semicolons, RFC 4180
 * quoting) whose header names the languages ({@code ja	en	fr}), in any encoding the documents
 * may use (UTF-8 or UTF-16 with or without byte order mark, Shift_JIS as Excel writes it on
 * Japanese Windows, EUC-JP, Latin-1); or a TBX termbase (ISO 30042) as CAT tools export it.
 *
 * @param terms each row's term per language
 */
public record Glossary(List<Map<Language, String>> terms) {
    /** Copies the rows so that the value stays immutable. */
    public Glossary {
        terms = terms.stream().map(Map::copyOf).toList();
    }

    /**
     * {@return the glossary}
     *
     * @param file a TSV, CSV or TBX file
     * @throws InputException if the file cannot be read, is empty or holds only a header, its
     *     header names no language, a row has more cells than the header or fewer than two terms,
     *     or a TBX file is not well-formed or has no entry with two of ja, en and fr
     */
    public static Glossary read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.size(file) > TextDecoder.MAX_BYTES) {
                throw new InputException(name, "is larger than the " + TextDecoder.MAX_BYTES / 1048576
                        + " MB limit for a glossary");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(name, "no such glossary file", e);
        } catch (IOException e) {
            throw new InputException(name, "cannot be read as a glossary (" + e.getMessage() + ")", e);
        }
        String text = TextDecoder.decode(bytes, name, null).text();
        // TBX is XML, and XML declares its own encoding: the parser reads the bytes.
        return new Glossary(text.stripLeading().startsWith("<") ? TbxGlossary.read(name, bytes)
                : DelimitedGlossary.read(name, text));
    }

    /**
     * @param tag a language code or locale as glossaries write it: {@code ja}, {@code en-US}, {@code fr_CA}
     * @return its language
     * @throws IllegalArgumentException if clausealign does not read the language
     */
    static Language language(String tag) {
        return Language.of(tag.strip().split("[-_]", 2)[0]);
    }
}
