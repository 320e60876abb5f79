package org.clausealign.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.clausealign.ClauseAlign;
import org.clausealign.ReadOptions;
import org.clausealign.clause.Clause;
import org.clausealign.clause.LanguageVersion;
import org.clausealign.clause.ParallelDocument;
import org.clausealign.format.SplitFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clausealign demo}: the main job on the bundled Japan–Canada MOC. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Shows clausealign's work on the bundled Japan–Canada MOC.",
            "",
            "Runs on the Japan–Canada Memorandum of Cooperation on battery supply chains",
            "(Japanese, English and French in one PDF extraction): separates the three",
            "versions, splits each into its clauses and shows them clause by clause."})
final class DemoCommand implements Callable<Integer> {
    /** The MOC as extracted from its PDF, bundled in the jar from testdata/moc. */
    static final String MOC = "000_220169e4c12b3807.txt";

    @Spec
    CommandSpec spec;

    @Option(names = "--width", paramLabel = "COLUMNS", defaultValue = "100",
            description = "Cut each text to this many columns (default: ${DEFAULT-VALUE}).")
    int width;

    @Override
    public Integer call() {
        ParallelDocument moc = ClauseAlign.read(bundledMoc(), "Japan–Canada MOC (bundled)", ReadOptions.DEFAULTS);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Japan–Canada Memorandum of Cooperation on battery supply chains, as extracted from its PDF.");
        out.print("Versions found:");
        for (LanguageVersion version : moc.versions()) {
            out.print("  " + version.language().code() + " (" + version.clauses().size() + " clauses)");
        }
        out.println();
        out.println();
        Set<String> ids = new LinkedHashSet<>();
        moc.versions().forEach(v -> v.clauses().forEach(c -> ids.add(c.id())));
        for (String id : ids) {
            Optional<Clause> any = moc.versions().stream().map(v -> v.clause(id)).flatMap(Optional::stream).findFirst();
            out.println(any.map(Clause::label).orElse(id));
            for (LanguageVersion version : moc.versions()) {
                String text = version.clause(id).map(Clause::text).orElse("(missing)");
                out.println("  " + version.language().code() + "  " + SplitFormat.truncate(text, Math.max(20, width - 6)));
            }
        }
        out.println();
        out.println("Next: clausealign split FILE --format json   (your own texts; see clausealign --help)");
        out.flush();
        return 0;
    }

    private static byte[] bundledMoc() {
        try (InputStream in = DemoCommand.class.getResourceAsStream(MOC)) {
            if (in == null) {
                throw new IllegalStateException("the bundled MOC is missing from the clausealign jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled MOC", e);
        }
    }
}
