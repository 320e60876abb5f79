package org.clausealign.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.clausealign.ClauseAlign;
import org.clausealign.ReadOptions;
import org.clausealign.clause.ParallelDocument;
import org.clausealign.format.DiffFormat;
import org.clausealign.format.DiffHtml;
import org.clausealign.lang.Language;
import org.clausealign.revision.Comparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clausealign diff}: what changed between two revisions, and which translations did not follow. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compares two revisions of a multilingual text clause by clause.",
            "",
            "Each language version is matched with itself by content as well as by number, so a"
                + " definition relettered by an insertion is 'renumbered', not deleted and added. Each"
                + " clause is unchanged, renumbered, moved, modified, added or deleted, in every version;"
                + " where one version changed and another did not, the other is 'stale': the translation"
                + " to update. Words are compared for English and French, morphemes for Japanese.",
            "",
            "Each side is one document: one file holding the versions, or one file per version"
                + " (with --lang, one code per file, the same order on both sides)."},
        footer = {"", "Formats:",
            "  text  the changes, words marked [-deleted-] {+inserted+} (default)",
            "  json  every clause: status per language, stale versions, redline",
            "  html  one self-contained page, old and new side by side per language",
            "", "Exit status: 0 no change, 1 changes found, 2 bad input or usage.",
            "", "Examples:",
            "  clausealign diff --old v1.txt --new v2.txt",
            "  clausealign diff --old v1-ja.txt v1-en.txt v1-fr.txt \\",
            "      --new v2-ja.txt v2-en.txt v2-fr.txt \\",
            "      --lang ja,en,fr --format html -o changes.html"})
final class DiffCommand implements Callable<Integer> {
    enum Format { text, json, html }

    @Spec
    CommandSpec spec;

    @Option(names = "--old", arity = "1..*", required = true, paramLabel = "FILE",
            description = "The old revision: one file holding the versions, or one file per version.")
    List<Path> oldFiles;

    @Option(names = "--new", arity = "1..*", required = true, paramLabel = "FILE",
            description = "The new revision, read the same way.")
    List<Path> newFiles;

    @Mixin
    InputOptions input;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        output.requireNotAnInput(Stream.concat(oldFiles.stream(), newFiles.stream()).toList());
        ReadOptions options = input.readOptions(spec.commandLine());
        ParallelDocument old = ClauseAlign.read(oldFiles, options);
        ParallelDocument revised = ClauseAlign.read(newFiles, options);
        Comparison comparison = ClauseAlign.compare(old, revised);
        String rendered = switch (format) {
            case text -> DiffFormat.text(comparison);
            case json -> DiffFormat.json(comparison);
            case html -> DiffHtml.write(comparison);
        };
        output.write(spec.commandLine().getOut(), rendered);
        warnUncompared(old.languages(), comparison.languages(), "old");
        warnUncompared(revised.languages(), comparison.languages(), "new");
        return comparison.changed() ? 1 : 0;
    }

    /** A version only one side has is not compared; the user must know, not read a clean result. */
    private void warnUncompared(List<Language> read, List<Language> compared, String side) {
        List<String> left = read.stream().filter(l -> !compared.contains(l)).map(Language::code).toList();
        if (!left.isEmpty()) {
            spec.commandLine().getErr().println("clausealign: not compared: the " + side + " revision's "
                    + String.join(", ", left) + " version, which the other revision lacks.");
            spec.commandLine().getErr().flush();
        }
    }
}
