package org.clausealign.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.clausealign.ClauseAlign;
import org.clausealign.ReadOptions;
import org.clausealign.align.Alignment;
import org.clausealign.clause.Clause;
import org.clausealign.clause.ClauseKind;
import org.clausealign.clause.LanguageVersion;
import org.clausealign.clause.ParallelDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clausealign bench}: how fast each stage runs on this machine, at several sizes. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures each stage on synthetic treaties built from the bundled MOC's clauses.",
            "",
            "For each size (clauses per language) it builds a Japanese, English and French treaty",
            "from the MOC's own clauses (renumbered, shuffled within sections, numbers changed),",
            "then times, after a warm-up, several repetitions of each stage and reports the median",
            "and the spread (min–max):",
            "  read+split        bytes to clauses: decoding, language separation, splitting (MB/s)",
            "  align             clause alignment, numbering first",
            "  align-unnumbered  the same versions with all numbering removed (content alignment)",
            "and the peak heap of each size. Alignment's growth per 10× size is printed: close to",
            "10 means linear."},
        footer = {"", "Example: clausealign bench --sizes 1000,10000,100000 --format json -o bench.json"})
final class BenchCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", split = ",", paramLabel = "N", defaultValue = "1000,10000,100000",
            description = "Clauses per language, comma-separated (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--repetitions", paramLabel = "N", defaultValue = "3",
            description = "Timed runs of each stage after the warm-up (default: ${DEFAULT-VALUE}).")
    int repetitions;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    OutputOptions output;

    /** One stage at one size. */
    record Result(String stage, int clauses, double[] seconds, long bytes) {
        double median() {
            double[] sorted = seconds.clone();
            Arrays.sort(sorted);
            return sorted[sorted.length / 2];
        }

        double min() {
            return Arrays.stream(seconds).min().orElse(0);
        }

        double max() {
            return Arrays.stream(seconds).max().orElse(0);
        }
    }

    @Override
    public Integer call() {
        if (sizes.stream().anyMatch(n -> n < SyntheticTreaty.CLAUSES_PER_SECTION) || repetitions < 1) {
            throw new ParameterException(spec.commandLine(), "sizes must be at least " + SyntheticTreaty.CLAUSES_PER_SECTION
                    + " clauses and --repetitions at least 1");
        }
        ParallelDocument moc = ClauseAlign.read(bundledMoc(), "MOC", ReadOptions.DEFAULTS);
        List<Result> results = new ArrayList<>();
        Map<Integer, Long> peakHeap = new LinkedHashMap<>();
        for (int size : sizes) {
            progress("size " + size + ": building the synthetic treaty");
            List<byte[]> files = SyntheticTreaty.texts(moc, size, 42).stream()
                    .map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
            long bytes = files.stream().mapToLong(f -> f.length).sum();
            System.gc();
            resetPeakHeap();
            progress("size " + size + ": read+split");
            Supplier<ParallelDocument> split = () -> {
                List<LanguageVersion> versions = new ArrayList<>();
                for (int f = 0; f < files.size(); f++) {
                    versions.addAll(ClauseAlign.read(files.get(f), "synthetic-" + f, ReadOptions.DEFAULTS).versions());
                }
                return new ParallelDocument(versions);
            };
            ParallelDocument document = split.get();
            results.add(new Result("read+split", document.versions().get(0).clauses().size(), time(split), bytes));
            int clauses = document.versions().get(0).clauses().size();
            progress("size " + size + ": align (" + clauses + " clauses per language)");
            results.add(new Result("align", clauses, time(() -> ClauseAlign.align(document)), bytes));
            ParallelDocument unnumbered = unnumbered(document);
            progress("size " + size + ": align-unnumbered");
            results.add(new Result("align-unnumbered", clauses, time(() -> ClauseAlign.align(unnumbered)), bytes));
            peakHeap.put(clauses, peakHeap());
        }
        String report = format == Format.json ? json(results, peakHeap) : text(results, peakHeap);
        output.write(spec.commandLine().getOut(), report);
        return 0;
    }

    private <T> double[] time(Supplier<T> stage) {
        blackhole(stage.get());
        double[] seconds = new double[repetitions];
        for (int r = 0; r < repetitions; r++) {
            long start = System.nanoTime();
            blackhole(stage.get());
            seconds[r] = (System.nanoTime() - start) / 1e9;
        }
        return seconds;
    }

    private int sink;

    /** Keeps the result alive so that the JIT cannot drop the work. */
    private void blackhole(Object result) {
        sink += System.identityHashCode(result) & 1;
        if (result instanceof Alignment alignment) {
            sink += alignment.groups().size() & 1;
        }
    }

    /** The same versions with every clause an unnumbered paragraph, so that only content aligns them. */
    private static ParallelDocument unnumbered(ParallelDocument document) {
        List<LanguageVersion> versions = new ArrayList<>();
        for (LanguageVersion version : document.versions()) {
            List<Clause> plain = new ArrayList<>();
            for (Clause c : version.clauses()) {
                int n = plain.size() + 1;
                plain.add(new Clause("p." + n, "¶" + n, ClauseKind.PARAGRAPH, "", c.text(), c.normalized(), c.start(), c.end()));
            }
            versions.add(new LanguageVersion(version.language(), version.source(), plain));
        }
        return new ParallelDocument(versions);
    }

    private void progress(String message) {
        spec.commandLine().getErr().println("bench: " + message);
        spec.commandLine().getErr().flush();
    }

    private static void resetPeakHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private String text(List<Result> results, Map<Integer, Long> peakHeap) {
        StringBuilder out = new StringBuilder(machine()).append("\n\n");
        out.append(String.format(Locale.ROOT, "%-18s %12s %10s %21s %12s%n", "stage", "clauses/lang", "median s",
                "spread (min–max) s", "MB/s"));
        for (Result r : results) {
            out.append(String.format(Locale.ROOT, "%-18s %,12d %10.3f %10.3f–%-10.3f %12s%n", r.stage(), r.clauses(),
                    r.median(), r.min(), r.max(),
                    r.stage().equals("read+split") ? String.format(Locale.ROOT, "%.1f", r.bytes() / 1e6 / r.median()) : ""));
        }
        out.append('\n');
        for (String stage : List.of("read+split", "align", "align-unnumbered")) {
            List<Result> of = results.stream().filter(r -> r.stage().equals(stage)).toList();
            for (int i = 1; i < of.size(); i++) {
                Result a = of.get(i - 1);
                Result b = of.get(i);
                double perTenfold = Math.pow(b.median() / a.median(), 1 / Math.log10((double) b.clauses() / a.clauses()));
                out.append(String.format(Locale.ROOT, "%s growth per 10× size, %,d → %,d clauses: ×%.1f (10 = linear)%n",
                        stage, a.clauses(), b.clauses(), perTenfold));
            }
        }
        out.append('\n');
        peakHeap.forEach((clauses, bytes) -> out.append(String.format(Locale.ROOT,
                "peak heap at %,d clauses per language: %,.0f MB%n", clauses, bytes / 1e6)));
        return out.toString();
    }

    private String json(List<Result> results, Map<Integer, Long> peakHeap) {
        StringBuilder out = new StringBuilder("{\"machine\":\"").append(machine().replace("\"", "'")).append("\",\"results\":[");
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            out.append(i == 0 ? "\n" : ",\n").append(String.format(Locale.ROOT,
                    "{\"stage\":\"%s\",\"clauses\":%d,\"median\":%.4f,\"min\":%.4f,\"max\":%.4f,\"bytes\":%d}",
                    r.stage(), r.clauses(), r.median(), r.min(), r.max(), r.bytes()));
        }
        out.append("],\"peakHeapBytes\":{");
        int i = 0;
        for (Map.Entry<Integer, Long> e : peakHeap.entrySet()) {
            out.append(i++ == 0 ? "" : ",").append('"').append(e.getKey()).append("\":").append(e.getValue());
        }
        return out.append("}}\n").toString();
    }

    private static String machine() {
        Runtime runtime = Runtime.getRuntime();
        return String.format(Locale.ROOT, "clausealign bench: %d cores, Java %s, max heap %.1f GB",
                runtime.availableProcessors(), Runtime.version(), runtime.maxMemory() / 1e9);
    }

    private static byte[] bundledMoc() {
        try (InputStream in = BenchCommand.class.getResourceAsStream(DemoCommand.MOC)) {
            if (in == null) {
                throw new IllegalStateException("the bundled MOC is missing from the clausealign jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled MOC", e);
        }
    }
}
