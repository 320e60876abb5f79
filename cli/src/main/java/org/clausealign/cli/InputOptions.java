package org.clausealign.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import org.clausealign.ReadOptions;
import org.clausealign.lang.Language;
import picocli.CommandLine.Option;

/** The options every command that reads legal texts shares. */
final class InputOptions {
    @Option(names = "--lang", split = ",", paramLabel = "LANG",
            description = {"Languages of the input, comma-separated (ja, en, fr).",
                "One file per language: one code per file, in order (--lang ja,en,fr).",
                "One file: the languages it holds; default: detected."})
    List<String> languages = new ArrayList<>();

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = {"Encoding of the input files, e.g. UTF-8, Shift_JIS, EUC-JP.",
                "Default: detected (byte order mark, UTF-8, then ICU's detector)."})
    String encoding;

    @Option(names = "--debug", description = "Print stack traces with error messages.")
    boolean debug;

    ReadOptions readOptions() {
        List<Language> parsed = new ArrayList<>();
        for (String code : languages) {
            parsed.add(Language.of(code));
        }
        Charset charset = null;
        if (encoding != null) {
            try {
                charset = Charset.forName(encoding);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new IllegalArgumentException("unknown encoding '" + encoding + "'", e);
            }
        }
        return new ReadOptions(parsed, charset);
    }
}
