package org.clausealign.corpus;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausealign.lang.Language;

/**
 * The naming conventions translators use for one file per language: {@code NAME.ja.ext},
 * {@code NAME_ja.ext}, {@code NAME-ja.ext} (the code last before the extension, any case), and
 * {@code ja/NAME.ext} (a folder per language).
 */
final class VersionNames {
    /** A name ending in a separator and a language code, before an optional extension. */
    private static final Pattern SUFFIX = Pattern.compile("(.+?)([._-])([A-Za-z]{2})(\\.[^.]+)?");

    private VersionNames() {}

    /**
     * A file's language as its name states it, and the name it shares with its other versions.
     *
     * @param common the common name: the real path with the language code replaced by {@code *}
     * @param stem the common name without the extension, which versions in different formats
     *     ({@code moc.ja.pdf}, {@code moc.en.docx}) share
     * @param language the language the name states
     */
    record Version(String common, String stem, Language language) {}

    /**
     * @param file a file's real path
     * @return its language and common name, if its name or its folder's name is a language code
     */
    static Optional<Version> of(Path file) {
        String name = file.getFileName().toString();
        Matcher m = SUFFIX.matcher(name);
        if (m.matches()) {
            Optional<Language> language = language(m.group(3));
            if (language.isPresent()) {
                String stem = sibling(file, m.group(1) + m.group(2) + "*");
                return Optional.of(new Version(stem + (m.group(4) == null ? "" : m.group(4)), stem, language.get()));
            }
        }
        Path folder = file.getParent();
        if (folder != null && folder.getFileName() != null) {
            Optional<Language> language = language(folder.getFileName().toString());
            if (language.isPresent()) {
                String common = sibling(folder, "*") + folder.getFileSystem().getSeparator() + name;
                int dot = name.lastIndexOf('.');
                return Optional.of(new Version(common, dot > 0 ? common.substring(0, common.length() - name.length() + dot)
                        : common, language.get()));
            }
        }
        return Optional.empty();
    }

    private static String sibling(Path path, String name) {
        Path parent = path.getParent();
        return parent == null ? name : parent.resolve(name).toString();
    }

    private static Optional<Language> language(String code) {
        if (code.length() != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(Language.of(code.toLowerCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            // Not a language clausealign reads (de, es…): the name is an ordinary name.
            return Optional.empty();
        }
    }
}
