package org.clausealign.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import org.clausealign.ReadOptions;
import org.clausealign.lang.Language;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

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

    /**
     * @param commandLine the command, for usage errors
     * @return the options as the library takes them, with progress on long files going to stderr
     * @throws ParameterException for an unknown language or encoding, or a language given twice
     */
    ReadOptions readOptions(CommandLine commandLine) {
        List<Language> parsed = new ArrayList<>();
        for (String code : languages) {
            try {
                Language language = Language.of(code);
                if (parsed.contains(language)) {
                    throw new ParameterException(commandLine, "--lang names " + language.code() + " twice");
                }
                parsed.add(language);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(commandLine, e.getMessage(), e, null, code);
            }
        }
        Charset charset = null;
        if (encoding != null) {
            try {
                charset = Charset.forName(encoding);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new ParameterException(commandLine, "unknown encoding '" + encoding + "'", e, null, encoding);
            }
        }
        PrintWriter err = commandLine.getErr();
        return new ReadOptions(parsed, charset).withProgress(line -> {
            err.println("clausealign: " + line);
            err.flush();
        });
    }
}
