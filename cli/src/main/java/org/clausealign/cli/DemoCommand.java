package org.clausealign.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.clausealign.ClauseAlign;
import org.clausealign.ReadOptions;
import org.clausealign.align.Alignment;
import org.clausealign.align.ClauseGroup;
import org.clausealign.check.CheckOptions;
import org.clausealign.check.Checks;
import org.clausealign.check.Finding;
import org.clausealign.check.Report;
import org.clausealign.clause.LanguageVersion;
import org.clausealign.clause.ParallelDocument;
import org.clausealign.format.HtmlReport;
import org.clausealign.format.OutputFiles;
import org.clausealign.format.ReportFormat;
import org.clausealign.format.SplitFormat;
import org.clausealign.lang.Language;
import org.clausealign.search.ClauseIndex;
import org.clausealign.search.SearchHit;
import org.clausealign.search.SearchOptions;
import org.clausealign.text.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clausealign demo}: the main job on the bundled Japan–Canada MOC. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Shows clausealign's work on the bundled Japan–Canada MOC.",
            "",
            "Runs on the Japan–Canada Memorandum of Cooperation on battery supply chains (Japanese,"
                + " English and French in one PDF extraction): separates the three versions, splits each"
                + " into its clauses, aligns them with a confidence per group, shows them side by side,"
                + " searches them in each language, and reports where they differ."})
final class DemoCommand implements Callable<Integer> {
    /** Groups shown side by side: enough to see the alignment, few enough to keep the findings in view. */
    private static final int SHOWN_GROUPS = 5;

    /**
     * The report's default place: one file in the user's cache folder, replaced on each run, so
     * that demos leave no trail of temporary folders and the printed link keeps working.
     */
    private static Path defaultPage() {
        String cache = System.getenv("XDG_CACHE_HOME");
        Path folder = cache == null || cache.isBlank() ? Path.of(System.getProperty("user.home"), ".cache") : Path.of(cache);
        return folder.resolve("clausealign").resolve("demo-report.html");
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--width", paramLabel = "COLUMNS", defaultValue = "100",
            description = "Cut each text to this many columns (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--html", paramLabel = "FILE",
            description = "Write the full HTML report to FILE (default: demo-report.html in the clausealign "
                    + "folder of the user's cache, ~/.cache/clausealign; replaced on each run).")
    Path html;

    @Override
    public Integer call() {
        ParallelDocument moc = ClauseAlign.read(BundledMoc.bytes(), "Japan–Canada MOC (bundled)", ReadOptions.DEFAULTS);
        Alignment alignment = ClauseAlign.align(moc);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Japan–Canada Memorandum of Cooperation on battery supply chains, as extracted from its PDF.");
        out.print("Versions found:");
        for (LanguageVersion version : moc.versions()) {
            out.print("  " + version.language().code() + " (" + Plural.count(version.clauses().size(), "clause") + ")");
        }
        out.println();
        long low = alignment.groups().stream().filter(g -> g.confidence() < HtmlReport.LOW_CONFIDENCE).count();
        out.println("Aligned into " + Plural.count(alignment.groups().size(), "clause group") + ", " + low + " with low confidence.");
        out.println();
        Report report = Checks.run(alignment, CheckOptions.DEFAULTS);
        List<ClauseGroup> shown = shown(alignment, report);
        out.println("Side by side, " + (report.findings().isEmpty() ? "the first groups" : "the groups the report below is about")
                + " (all " + alignment.groups().size() + " are in the HTML report):");
        for (ClauseGroup group : shown) {
            out.println(group.label() + "  [" + String.format(Locale.ROOT, "%.2f", group.confidence()) + "]");
            for (Language language : alignment.languages()) {
                String text = group.text(language);
                out.println("  " + language.code() + "  "
                        + (text.isEmpty() ? "—" : SplitFormat.truncate(text, Math.max(20, width - 6))));
            }
        }
        out.println();
        out.println("Searching the clauses in each language (indexed in memory):");
        try (ClauseIndex index = ClauseIndex.inMemory()) {
            index.add("moc", alignment);
            index.commit();
            for (String query : List.of("Indigenous peoples", "先住民族", "l'empreinte carbone")) {
                SearchHit hit = index.search(query, SearchOptions.DEFAULTS.withLimit(1)).hits().get(0);
                out.println("  " + query + "  →  " + hit.label() + " (" + hit.language().code() + "): "
                        + SplitFormat.truncate(hit.text(), Math.max(20, width - 30)));
            }
        }
        out.println();
        out.println("Where the versions may not say the same thing (" + Plural.count(report.findings().size(), "finding") + "):");
        for (Finding finding : report.findings()) {
            out.println("  " + finding.severity().name().toLowerCase(Locale.ROOT) + "  " + finding.message());
        }
        Path page = html == null ? defaultPage() : html;
        if (html == null) {
            createFolder(page.getParent());
        }
        OutputFiles.writeAtomically(page, ReportFormat.html(report, List.of("Japan–Canada MOC (bundled)")));
        out.println();
        out.println("The full report, with the versions side by side: " + page.toAbsolutePath().toUri());
        out.println();
        out.println("Next: clausealign align FILE --format html -o side-by-side.html; clausealign report FILE;");
        out.println("      clausealign index FILE...; clausealign search QUERY   (see clausealign --help)");
        out.flush();
        return 0;
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder " + folder + " for the demo's report", e);
        }
    }

    /** @return the groups the findings are about, in document order, or the first groups if there are none */
    private static List<ClauseGroup> shown(Alignment alignment, Report report) {
        Set<String> concerned = report.findings().stream().map(Finding::group).collect(Collectors.toSet());
        List<ClauseGroup> groups = alignment.groups().stream().filter(g -> concerned.contains(g.id())).toList();
        return (groups.isEmpty() ? alignment.groups() : groups).stream().limit(SHOWN_GROUPS).toList();
    }
}
