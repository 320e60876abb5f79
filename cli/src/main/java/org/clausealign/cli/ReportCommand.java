package org.clausealign.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.clausealign.ClauseAlign;
import org.clausealign.check.CheckOptions;
import org.clausealign.check.Checks;
import org.clausealign.check.Report;
import org.clausealign.check.Severity;
import org.clausealign.format.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clausealign report}: where the versions may not say the same thing. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Reports where the language versions may not say the same thing.",
            "",
            "Aligns the versions, then checks each clause group:",
            "  structure     a clause missing from a version, numbering that differs, lists of different length",
            "  number, date  numbers and months that differ (２０５０ = 2050, janvier 2023 = 2023年1月, three = trois)",
            "  acronym       an acronym with no counterpart (counterparts learned from the text: MSP = PSM)",
            "  punctuation   a list item ending unlike its siblings, unbalanced quotes or brackets",
            "  length        a clause much longer or shorter than its counterparts: a possible omission",
            "  untranslated  a clause left in another version's language, or identical to it"},
        footer = {"", "Example: clausealign report moc.txt --severity info --format json -o findings.json"})
final class ReportCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "One file holding the versions, or one file per version.")
    List<Path> files;

    @Mixin
    InputOptions input;

    @Option(names = "--severity", paramLabel = "LEVEL", defaultValue = "warning",
            description = "Lowest severity shown: info, warning or error (default: ${DEFAULT-VALUE}).")
    String severity;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Severity minimum;
        try {
            minimum = Severity.valueOf(severity.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--severity must be info, warning or error, not '" + severity + "'", e, null, severity);
        }
        Report report = Checks.run(ClauseAlign.align(ClauseAlign.read(files, input.readOptions(spec.commandLine()))),
                CheckOptions.DEFAULTS.withMinimum(minimum));
        output.write(spec.commandLine().getOut(), format == Format.json ? ReportFormat.json(report) : ReportFormat.text(report));
        return 0;
    }
}
