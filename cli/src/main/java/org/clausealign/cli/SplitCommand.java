package org.clausealign.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.clausealign.ClauseAlign;
import org.clausealign.clause.ParallelDocument;
import org.clausealign.format.SplitFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clausealign split}: the clauses of each language version. */
@Command(name = "split", mixinStandardHelpOptions = true,
        description = {"Splits each language version of a legal text into its clauses.",
            "",
            "Splits each language version into its numbered clauses: title, parties, recitals, sections,"
                + " paragraphs (a), items (i), closing and signatures, with stable ids and citation labels"
                + " such as 2(c)(vii).",
            "",
            "FILE holds one or more language versions (the Japanese, English and French of one text in"
                + " one file are separated automatically), or give one FILE per language."},
        footer = {"", "Examples:",
            "  clausealign split moc.txt",
            "  clausealign split moc-ja.txt moc-en.txt moc-fr.txt --lang ja,en,fr",
            "  clausealign split moc.txt --format json -o clauses.json"})
final class SplitCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The file(s) to split.")
    List<Path> files;

    @Mixin
    InputOptions input;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        output.requireNotAnInput(files);
        ParallelDocument document = ClauseAlign.read(files, input.readOptions(spec.commandLine()));
        String rendered = format == Format.json ? SplitFormat.json(document) : SplitFormat.text(document);
        output.write(spec.commandLine().getOut(), rendered);
        return 0;
    }
}
