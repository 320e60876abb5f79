package org.clausealign.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.clausealign.ClauseAlign;
import org.clausealign.InputException;
import org.clausealign.check.CheckOptions;
import org.clausealign.check.Checks;
import org.clausealign.check.Glossary;
import org.clausealign.check.Report;
import org.clausealign.check.Severity;
import org.clausealign.clause.LanguageVersion;
import org.clausealign.clause.ParallelDocument;
import org.clausealign.format.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clausealign report}: where the versions may not say the same thing. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Reports where the language versions may not say the same thing.",
            "",
            "Aligns the versions, then checks each clause group:",
            "  structure     a clause missing from a version, numbering that differs,",
            "                lists of different length",
            "  number, date  numbers, units and months that differ (２０５０ = 二千五十",
            "                = 2050, 600 GWh = 600 gigawatt hours, janvier 2023 =",
            "                2023年1月, three = trois)",
            "  acronym       an acronym with no counterpart (counterparts learned from",
            "                the text: MSP = PSM)",
            "  terminology   a term rendered otherwise than in the glossary, or than the",
            "                document's own usual rendering",
            "  punctuation   a list item ending unlike its siblings, unbalanced quotes",
            "                or brackets",
            "  length        a clause much longer or shorter than its counterparts: a",
            "                possible omission",
            "  untranslated  a clause left in another version's language, or identical",
            "                to it"},
        footer = {"", "Exit status:",
            "  0  success",
            "  1  internal error",
            "  2  bad input or usage, or a single language version (a report compares two",
            "     or more)",
            "  3  with --fail-on: findings of that severity or worse exist",
            "", "Examples:",
            "  clausealign report moc.txt",
            "  clausealign report moc.txt --glossary terms.tsv --format html -o report.html",
            "  clausealign report ja.txt en.txt fr.txt --checks number,date --fail-on warning",
            "  clausealign report moc.txt --min-severity info --length-outlier 3.5"})
final class ReportCommand implements Callable<Integer> {
    enum Format { text, json, csv, html }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "One file holding the versions, or one file per version.")
    List<Path> files;

    @Mixin
    InputOptions input;

    @Option(names = "--glossary", paramLabel = "FILE",
            description = "Agreed terms: a TSV or CSV (comma or semicolon, quoted cells) whose header names the"
                    + " languages (ja, en, fr), one term per cell, in any encoding; or a TBX termbase.")
    Path glossary;

    @Option(names = "--checks", split = ",", paramLabel = "CHECK",
            description = "Run only these checks (comma-separated); default: all.")
    List<String> checks = new ArrayList<>();

    @Option(names = {"--min-severity", "--severity"}, paramLabel = "LEVEL", defaultValue = "warning",
            description = "Lowest severity shown: info, warning or error (default: ${DEFAULT-VALUE}).")
    String minimum;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit with status 3 when findings of this severity (warning or error) or worse exist.")
    String failOn;

    @Option(names = "--length-outlier", paramLabel = "SIGMAS", defaultValue = "4.5",
            description = "How far (in robust standard deviations) a clause's length ratio may stray from the "
                    + "document's before the length check reports it (default: ${DEFAULT-VALUE}; lower reports more).")
    double lengthOutlier;

    @Option(names = "--term-occurrences", paramLabel = "N", defaultValue = "3",
            description = "In how many clauses a term must occur before its renderings are compared "
                    + "(default: ${DEFAULT-VALUE}; at least 2).")
    int termOccurrences;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Severity lowest = severity("--min-severity", minimum);
        Severity failing = failOn == null ? null : severity("--fail-on", failOn);
        if (!(lengthOutlier > 0)) {
            throw new ParameterException(spec.commandLine(), "--length-outlier must be above 0, not " + lengthOutlier);
        }
        if (termOccurrences < 2) {
            throw new ParameterException(spec.commandLine(), "--term-occurrences must be at least 2, not " + termOccurrences);
        }
        for (String check : checks) {
            if (!Checks.ids().contains(check)) {
                throw new ParameterException(spec.commandLine(), "no check is called '" + check + "'; the checks are "
                        + String.join(", ", Checks.ids()));
            }
        }
        List<Path> inputs = new ArrayList<>(files);
        if (glossary != null) {
            inputs.add(glossary);
        }
        output.requireNotAnInput(inputs);
        CheckOptions options = CheckOptions.DEFAULTS.withMinimum(lowest).withChecks(new LinkedHashSet<>(checks))
                .withLengthOutlier(lengthOutlier).withTermOccurrences(termOccurrences)
                .withGlossary(glossary == null ? null : Glossary.read(glossary));
        ParallelDocument document = ClauseAlign.read(files, input.readOptions(spec.commandLine()));
        requireTwoVersions(document);
        Report report = Checks.run(ClauseAlign.align(document), options);
        List<String> documents = files.stream().map(Path::toString).toList();
        output.write(spec.commandLine().getOut(), switch (format) {
            case text -> ReportFormat.text(report);
            case json -> ReportFormat.json(report, documents);
            case csv -> ReportFormat.csv(report);
            case html -> ReportFormat.html(report, documents);
        });
        boolean fail = failing != null && report.findings().stream().anyMatch(f -> f.severity().compareTo(failing) >= 0);
        return fail ? Errors.FINDINGS : 0;
    }

    /** A report on one version compares nothing, and "no discrepancies" would be a false pass. */
    private void requireTwoVersions(ParallelDocument document) {
        if (document.versions().size() < 2) {
            LanguageVersion only = document.versions().get(0);
            throw new InputException(only.source().name(), "holds only the " + only.language().code()
                    + " version, and a report compares two versions or more; give the other versions too"
                    + " (one file holding them all, or one file per version)");
        }
    }

    private Severity severity(String option, String value) {
        try {
            return Severity.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), option + " must be info, warning or error, not '" + value + "'",
                    e, null, value);
        }
    }
}
