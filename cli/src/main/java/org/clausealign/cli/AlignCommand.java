package org.clausealign.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.clausealign.ClauseAlign;
import org.clausealign.align.Alignment;
import org.clausealign.format.AlignmentFormat;
import org.clausealign.format.HtmlReport;
import org.clausealign.format.TmxWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clausealign align}: the versions side by side, clause by clause. */
@Command(name = "align", mixinStandardHelpOptions = true,
        description = {"Aligns the language versions clause by clause, side by side.",
            "",
            "Clauses whose numbering agrees are paired directly; recitals, signatures, renumbered or"
                + " unnumbered clauses are paired by their lengths, numbers, dates and acronyms, so that a"
                + " clause missing from one version leaves a gap instead of shifting the rest. Each group"
                + " has a confidence from 0 to 1 and, when it is low, the reason."},
        footer = {"", "Formats:",
            "  text  side-by-side listing (default)",
            "  json  groups with ids, labels, confidence",
            "  tsv   one row per group, for spreadsheets",
            "  tmx   TMX 1.4b translation memory for CAT tools",
            "  html  one self-contained page, a column per version, low-confidence groups",
            "        and differing numbers, dates and acronyms marked",
            "", "Examples:",
            "  clausealign align moc.txt --format html -o moc.html",
            "  clausealign align ja.txt en.txt fr.txt --format tmx --segment sentence"})
final class AlignCommand implements Callable<Integer> {
    enum Format { text, json, tsv, tmx, html }

    enum Segment { clause, sentence }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "One file holding the versions, or one file per version.")
    List<Path> files;

    @Mixin
    InputOptions input;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--segment", paramLabel = "UNIT", defaultValue = "clause",
            description = "TMX units: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); "
                    + "sentence pairs the sentences inside each clause group.")
    Segment segment;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        if (segment == Segment.sentence && format != Format.tmx) {
            throw new ParameterException(spec.commandLine(), "--segment sentence applies to --format tmx only");
        }
        output.requireNotAnInput(files);
        Alignment alignment = ClauseAlign.align(ClauseAlign.read(files, input.readOptions(spec.commandLine())));
        String rendered = switch (format) {
            case text -> AlignmentFormat.text(alignment);
            case json -> AlignmentFormat.json(alignment);
            case tsv -> AlignmentFormat.tsv(alignment);
            case tmx -> TmxWriter.write(alignment,
                    segment == Segment.sentence ? TmxWriter.Segmentation.SENTENCE : TmxWriter.Segmentation.CLAUSE,
                    new Main.Version().getVersion()[0].replace("clausealign ", ""));
            case html -> HtmlReport.write(alignment,
                    files.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", ")));
        };
        output.write(spec.commandLine().getOut(), rendered);
        int forbidden = format == Format.tmx || format == Format.html ? TmxWriter.forbiddenCharacters(alignment) : 0;
        if (forbidden > 0) {
            spec.commandLine().getErr().println("clausealign: " + forbidden + " character(s) that XML and HTML do not allow"
                    + " (control characters, broken surrogates) were replaced by U+FFFD in the output.");
            spec.commandLine().getErr().flush();
        }
        return 0;
    }
}
