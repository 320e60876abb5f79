package org.clausealign.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Directory;
import org.clausealign.lang.Language;
import org.clausealign.search.ClauseIndex;
import org.clausealign.search.SearchOptions;
import org.clausealign.ClauseAlign;
import org.clausealign.ReadOptions;
import org.clausealign.align.Aligner;
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
            "For each size (clauses per language) it builds a Japanese, English and French treaty from"
                + " the MOC's own clauses (renumbered, shuffled within sections, numbers changed), then"
                + " times several repetitions of each stage (after a warm-up run at the first size) and"
                + " reports the median and the spread (min–max) of its time, and the median CPU time the"
                + " process spent on all its threads (on a shared machine, CPU time varies less than"
                + " wall-clock time):",
            "  read+split        bytes to clauses: decoding, language separation,",
            "                    splitting (MB/s)",
            "  align             clause alignment, numbering first",
            "  align-unnumbered  the same versions with all numbering removed",
            "  index             the whole pipeline: read, split, align, index, commit",
            "  index-only        the index step alone, from clauses already aligned",
            "  analysis-only     the same analysis indexing does, without writing",
            "  plain-lucene      plain Lucene on one thread: the same paragraphs, each a",
            "                    document with its text stored and analysed in its",
            "                    language, to an index on disk",
            "",
            "Then it measures search latency (p50, p99) of a fixed query mix on the index of each size,"
                + " and the peak heap. Growth per 10× size is printed (close to 10 means linear), the"
                + " ratios of the whole pipeline and of the index step to analysis only and to plain"
                + " Lucene (in time, and in CPU: on N cores the pipeline can only match plain Lucene"
                + " below N times its CPU), and how many tokens each index holds (its postings: what"
                + " indexing writes)."},
        footer = {"", "Example:", "  clausealign bench --sizes 1000,10000,100000 --format json -o bench.json"})
final class BenchCommand implements Callable<Integer> {
    /** Documents the million-clause index is made of. */
    private static final int MILLION_PARTS = 10;
    /** Timed rounds of the query mix. */
    private static final int SEARCH_ROUNDS = 20;

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", split = ",", paramLabel = "N", defaultValue = "1000,10000,100000",
            description = "Clauses per language, comma-separated (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--repetitions", paramLabel = "N", defaultValue = "3",
            description = "Timed runs of each stage after the warm-up (default: ${DEFAULT-VALUE}).")
    int repetitions;

    @Option(names = "--startup", description = "Only measure the command line's start-up: 'clausealign search' "
            + "end to end in new JVMs, against 'java -version', without and with a class-data sharing archive, and"
            + " with the archive and C1 alone, as the launcher runs a search.")
    boolean startup;

    @Option(names = "--index-folder", split = ",", paramLabel = "MB",
            description = "Only measure indexing a folder of documents of ordinary size (the MOC; the MOC, an act and a "
                    + "licence in turn), copied to each of these sizes in MB: 'clausealign index' in a new JVM (-Xmx512m, "
                    + "start included) against plain Lucene on one thread, and its first steps alone (reading and "
                    + "splitting; aligning too); --repetitions rounds of every tool in turn: median times, largest "
                    + "heap; e.g. --index-folder 10,50.")
    List<Integer> indexFolder;

    @Option(names = "--index-document", split = ",", paramLabel = "MB",
            description = "Only measure the memory one large document needs: a synthetic treaty of about this many MB "
                    + "(its Japanese, English and French files together, at most " + DocumentBench.MAX_MEGABYTES + "), "
                    + "indexed by 'clausealign index' in a new JVM (" + DocumentBench.HEAP + ", large enough not to limit "
                    + "it; start included); reports its peak live heap (the largest heap left after a collection, the old "
                    + "generation marked early so that it is close to live data) as a multiple of the document's size, "
                    + "e.g. --index-document 8,32.")
    List<Integer> indexDocument;

    @Option(names = "--million", description = "Also build a 1,000,000-clause index and measure search on it "
            + "(several minutes).")
    boolean million;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    OutputOptions output;

    /** The timed runs of one stage: wall-clock seconds, and the CPU seconds the process spent on all its threads. */
    record Timing(double[] seconds, double[] cpuSeconds) {}

    /** One stage at one size. */
    record Result(String stage, int clauses, Timing timing, long bytes, long allClauses) {
        double median() {
            return median(timing.seconds());
        }

        /** @return the median CPU seconds: on a shared machine they vary less than wall-clock time */
        double cpuMedian() {
            return median(timing.cpuSeconds());
        }

        private static double median(double[] values) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            return sorted[sorted.length / 2];
        }

        double min() {
            return Arrays.stream(timing.seconds()).min().orElse(0);
        }

        double max() {
            return Arrays.stream(timing.seconds()).max().orElse(0);
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        if (sizes.stream().anyMatch(n -> n < SyntheticTreaty.CLAUSES_PER_SECTION) || repetitions < 1) {
            throw new ParameterException(spec.commandLine(), "sizes must be at least " + SyntheticTreaty.CLAUSES_PER_SECTION
                    + " clauses and --repetitions at least 1");
        }
        ParallelDocument moc = ClauseAlign.read(BundledMoc.bytes(), "MOC", ReadOptions.DEFAULTS);
        if (startup) {
            output.write(spec.commandLine().getOut(), Startup.measure(moc, repetitions, this::progress));
            return 0;
        }
        if (indexFolder != null) {
            if (indexFolder.stream().anyMatch(mb -> mb < 1)) {
                throw new ParameterException(spec.commandLine(), "--index-folder sizes must be at least 1 MB");
            }
            List<FolderBench.Outcome> outcomes = FolderBench.measure(indexFolder, repetitions, this::progress);
            output.write(spec.commandLine().getOut(), format == Format.json ? FolderBench.json(outcomes)
                    : FolderBench.text(outcomes));
            return 0;
        }
        if (indexDocument != null) {
            if (indexDocument.stream().anyMatch(mb -> mb < 1 || mb > DocumentBench.MAX_MEGABYTES)) {
                throw new ParameterException(spec.commandLine(), "--index-document sizes must be from 1 to "
                        + DocumentBench.MAX_MEGABYTES + " MB");
            }
            List<DocumentBench.Outcome> outcomes = DocumentBench.measure(moc, indexDocument, this::progress);
            output.write(spec.commandLine().getOut(), format == Format.json ? DocumentBench.json(outcomes)
                    : DocumentBench.text(outcomes));
            return 0;
        }
        List<Result> results = new ArrayList<>();
        Map<Integer, Long> peakHeap = new LinkedHashMap<>();
        Map<Long, double[]> searches = new LinkedHashMap<>();
        // Per size: the tokens the clause index holds, and those plain Lucene's index holds.
        Map<Integer, long[]> tokens = new LinkedHashMap<>();
        for (int size : sizes) {
            progress("size " + size + ": building the synthetic treaty");
            List<byte[]> files = SyntheticTreaty.texts(moc, size, 42).stream()
                    .map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
            long bytes = files.stream().mapToLong(f -> f.length).sum();
            System.gc();
            resetPeakHeap();
            // Read from files, as the command line does: one file per language, read on every core.
            Path inputs = temporaryFolder("clausealign-bench-input");
            List<Path> paths = write(inputs, files);
            Supplier<ParallelDocument> split = () -> ClauseAlign.read(paths, ReadOptions.DEFAULTS);
            // The whole pipeline runs first, with nothing of the other stages in memory.
            progress("size " + size + ": index (read, split, align, index)");
            Path[] indexFolder = new Path[1];
            Timing pipeline = time(() -> {
                deleteQuietly(indexFolder[0]);
                indexFolder[0] = temporaryFolder("clausealign-bench-index");
                try (ClauseIndex index = ClauseIndex.open(indexFolder[0])) {
                    index.add("synthetic", Aligner.groups(split.get()));
                    index.commit();
                    return index.clauseCount();
                }
            });
            Counted counted = clauseStages(size, split, bytes, pipeline, results);
            int clauses = counted.perLanguage();
            long[] held = {indexedTokens(indexFolder[0]), 0};
            tokens.put(clauses, held);
            progress("size " + size + ": plain Lucene, one thread, the same paragraphs");
            results.add(new Result("plain-lucene", clauses, time(() -> held[1] = plainLucene(files, counted.languages())),
                    bytes, counted.all()));
            progress("size " + size + ": search");
            searches.put(counted.all(), searchLatency(indexFolder[0]));
            deleteQuietly(indexFolder[0]);
            deleteQuietly(inputs);
            peakHeap.put(clauses, peakHeap());
            warm = true;
        }
        if (million) {
            progress("building a 1,000,000-clause index for search");
            Path folder = temporaryFolder("clausealign-bench-million");
            try (ClauseIndex index = ClauseIndex.open(folder)) {
                // Ten treaties of 33,334 clauses per language: each file stays under the size limit.
                for (int part = 0; part < MILLION_PARTS; part++) {
                    List<byte[]> files = SyntheticTreaty.texts(moc, 1_000_000 / 3 / MILLION_PARTS + 1, 7 + part).stream()
                            .map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
                    List<LanguageVersion> versions = new ArrayList<>();
                    for (int f = 0; f < files.size(); f++) {
                        versions.addAll(ClauseAlign.read(files.get(f), "million-" + part + "-" + f, ReadOptions.DEFAULTS)
                                .versions());
                    }
                    index.add("million-" + part, Aligner.groups(new ParallelDocument(versions)));
                    progress("indexed part " + (part + 1) + " of " + MILLION_PARTS);
                }
                index.commit();
                progress("searching " + index.clauseCount() + " clauses");
                searches.put((long) index.clauseCount(), searchLatency(folder));
            }
            deleteQuietly(folder);
        }
        String report = format == Format.json ? json(results, peakHeap, searches, tokens)
                : text(results, peakHeap, searches, tokens);
        output.write(spec.commandLine().getOut(), report);
        return 0;
    }

    /** How many clauses a synthetic treaty has, and in which languages. */
    private record Counted(int perLanguage, long all, List<Language> languages) {}

    /**
     * Times the stages that start from clauses read once: read+split, align, align-unnumbered,
     * then (after the whole pipeline's result, timed before) index-only and analysis-only. The
     * clauses live only while this runs, so that the stages timed after it have the heap to themselves.
     */
    private Counted clauseStages(int size, Supplier<ParallelDocument> split, long bytes, Timing pipeline,
            List<Result> results) {
        progress("size " + size + ": read+split");
        ParallelDocument document = split.get();
        int clauses = document.versions().get(0).clauses().size();
        long all = document.versions().stream().mapToLong(v -> v.clauses().size()).sum();
        results.add(new Result("read+split", clauses, time(split), bytes, all));
        progress("size " + size + ": align (" + clauses + " clauses per language)");
        results.add(new Result("align", clauses, time(() -> ClauseAlign.align(document)), bytes, all));
        progress("size " + size + ": align-unnumbered");
        results.add(new Result("align-unnumbered", clauses, timeUnnumbered(document), bytes, all));
        results.add(new Result("index", clauses, pipeline, bytes, all));
        Alignment alignment = ClauseAlign.align(document);
        progress("size " + size + ": index only (from aligned clauses)");
        results.add(new Result("index-only", clauses, time(() -> {
            Path folder = temporaryFolder("clausealign-bench-index-only");
            try (ClauseIndex index = ClauseIndex.open(folder)) {
                index.add("synthetic", alignment);
                index.commit();
                return index.clauseCount();
            } finally {
                deleteQuietly(folder);
            }
        }), bytes, all));
        progress("size " + size + ": analysis only");
        results.add(new Result("analysis-only", clauses, time(() -> ClauseIndex.analyzeOnly(alignment)), bytes, all));
        return new Counted(clauses, all, document.versions().stream().map(LanguageVersion::language).toList());
    }

    private <T> Timing time(Supplier<T> stage) {
        if (!warm) {
            // The first size warms the JIT for the stage; larger sizes reuse the compiled code.
            blackhole(stage.get());
        }
        double[] seconds = new double[repetitions];
        double[] cpuSeconds = new double[repetitions];
        for (int r = 0; r < repetitions; r++) {
            long cpu = processCpuNanos();
            long start = System.nanoTime();
            blackhole(stage.get());
            seconds[r] = (System.nanoTime() - start) / 1e9;
            cpuSeconds[r] = (processCpuNanos() - cpu) / 1e9;
        }
        return new Timing(seconds, cpuSeconds);
    }

    /** @return the CPU time the JVM has spent on all its threads (JIT and garbage collection too) */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private int sink;
    /** Whether the stages have run once already, so that the JIT has compiled them. */
    private boolean warm;

    /** Keeps the result alive so that the JIT cannot drop the work. */
    private void blackhole(Object result) {
        sink += System.identityHashCode(result) & 1;
        if (result instanceof Alignment alignment) {
            sink += alignment.groups().size() & 1;
        }
    }

    /**
     * Lucene alone, as one would index paragraphs without clausealign: each version's paragraphs
     * (its non-blank lines) as documents with one stored text field analysed in the version's
     * language, written on one thread to an index on disk, with the writer settings the clause
     * index uses.
     *
     * @return the tokens the index holds
     */
    private static long plainLucene(List<byte[]> files, List<Language> languages) {
        Path folder = temporaryFolder("clausealign-bench-plain");
        try (Directory directory = FSDirectory.open(folder)) {
            Map<String, Analyzer> perLanguage = new HashMap<>();
            for (Language language : languages) {
                perLanguage.put("text_" + language.code(), language.rules().searchAnalyzer());
            }
            IndexWriterConfig config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perLanguage))
                    .setRAMBufferSizeMB(ClauseIndex.RAM_BUFFER_MB);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (int f = 0; f < files.size(); f++) {
                    String field = "text_" + languages.get(f).code();
                    for (String line : new String(files.get(f), StandardCharsets.UTF_8).split("\n")) {
                        if (line.isBlank()) {
                            continue;
                        }
                        Document doc = new Document();
                        doc.add(new TextField(field, line, Field.Store.YES));
                        writer.addDocument(doc);
                    }
                }
                writer.commit();
            }
            return indexedTokens(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(folder);
        }
    }

    /** @return the tokens an index on disk holds, in all its analysed fields */
    private static long indexedTokens(Path folder) {
        try (Directory directory = FSDirectory.open(folder)) {
            return indexedTokens(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long indexedTokens(Directory directory) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            long tokens = 0;
            for (FieldInfo field : FieldInfos.getMergedFieldInfos(reader)) {
                if (field.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS) >= 0) {
                    tokens += reader.getSumTotalTermFreq(field.name);
                }
            }
            return tokens;
        }
    }

    /** Latencies in milliseconds of a fixed query mix: words, phrases, prefixes, filters, three languages. */
    private double[] searchLatency(Path folder) {
        List<String> queries = List.of("critical minerals", "\"supply chains\"", "recycl*", "research clause:1.*",
                "Indigenous peoples", "batteries lang:fr", "先住民族", "重要鉱物", "再生可能エネルギー",
                "peuples autochtones", "minéraux critiques", "l'empreinte carbone");
        List<Double> latencies = new ArrayList<>();
        try (ClauseIndex index = ClauseIndex.openForSearch(folder)) {
            for (int round = 0; round < 1 + SEARCH_ROUNDS; round++) {
                for (String query : queries) {
                    long start = System.nanoTime();
                    blackhole(index.search(query, SearchOptions.DEFAULTS));
                    if (round > 0) {
                        latencies.add((System.nanoTime() - start) / 1e6);
                    }
                }
            }
        }
        double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new double[] {sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.99) - 1]};
    }

    private static List<Path> write(Path folder, List<byte[]> files) {
        List<Path> paths = new ArrayList<>();
        try {
            for (int f = 0; f < files.size(); f++) {
                paths.add(Files.write(folder.resolve("synthetic-" + f + ".txt"), files.get(f)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return paths;
    }

    static Path temporaryFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder != null) {
            Startup.delete(folder);
        }
    }

    /** Times aligning the versions with all numbering removed; the copy without numbers lives only while this runs. */
    private Timing timeUnnumbered(ParallelDocument document) {
        ParallelDocument unnumbered = unnumbered(document);
        return time(() -> ClauseAlign.align(unnumbered));
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

    private String text(List<Result> results, Map<Integer, Long> peakHeap, Map<Long, double[]> searches,
            Map<Integer, long[]> tokens) {
        StringBuilder out = new StringBuilder(machine()).append("\n\n");
        out.append(String.format(Locale.ROOT, "%-18s %12s %10s %21s %8s %8s %12s%n", "stage", "clauses/lang", "median s",
                "spread (min–max) s", "cpu s", "MB/s", "clauses/s"));
        for (Result r : results) {
            out.append(String.format(Locale.ROOT, "%-18s %,12d %10.3f %10.3f–%-10.3f %8.3f %8.1f %,12.0f%n", r.stage(),
                    r.clauses(), r.median(), r.min(), r.max(), r.cpuMedian(), r.bytes() / 1e6 / r.median(),
                    r.allClauses() / r.median()));
        }
        out.append('\n');
        for (String stage : List.of("read+split", "align", "align-unnumbered", "index")) {
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
        for (Result index : results.stream().filter(r -> r.stage().equals("index")).toList()) {
            double analysis = result(results, "analysis-only", index.clauses()).median();
            Result plain = result(results, "plain-lucene", index.clauses());
            double indexOnly = result(results, "index-only", index.clauses()).median();
            out.append(String.format(Locale.ROOT,
                    "at %,d clauses/lang: whole pipeline / analysis only = %.2f×, whole pipeline / plain Lucene = %.2f×,"
                            + " index only / plain Lucene = %.2f× (below 1 means faster)%n", index.clauses(),
                    index.median() / analysis, index.median() / plain.median(), indexOnly / plain.median()));
            out.append(String.format(Locale.ROOT,
                    "  CPU: whole pipeline / plain Lucene = %.2f× (on %d cores the pipeline can match plain Lucene's"
                            + " time only below %d×)%n", index.cpuMedian() / plain.cpuMedian(),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().availableProcessors()));
        }
        out.append('\n');
        tokens.forEach((clauses, held) -> out.append(String.format(Locale.ROOT,
                "tokens indexed at %,d clauses/lang: clause index %,d, plain Lucene %,d (%.1f×)%n", clauses, held[0],
                held[1], (double) held[0] / held[1])));
        out.append('\n');
        searches.forEach((clauses, latency) -> out.append(String.format(Locale.ROOT,
                "search over %,d clauses: p50 %.2f ms, p99 %.2f ms%n", clauses, latency[0], latency[1])));
        peakHeap.forEach((clauses, bytes) -> out.append(String.format(Locale.ROOT,
                "peak heap at %,d clauses per language: %,.0f MB%n", clauses, bytes / 1e6)));
        return out.toString();
    }

    /** @return a stage's result at a size: every size runs every stage */
    private static Result result(List<Result> results, String stage, int clauses) {
        return results.stream().filter(r -> r.stage().equals(stage) && r.clauses() == clauses).findFirst().orElseThrow();
    }

    private String json(List<Result> results, Map<Integer, Long> peakHeap, Map<Long, double[]> searches,
            Map<Integer, long[]> tokens) {
        StringBuilder out = new StringBuilder("{\"machine\":\"").append(machine().replace("\"", "'")).append("\",\"results\":[");
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            out.append(i == 0 ? "\n" : ",\n").append(String.format(Locale.ROOT,
                    "{\"stage\":\"%s\",\"clauses\":%d,\"median\":%.4f,\"min\":%.4f,\"max\":%.4f,\"cpuMedian\":%.4f,"
                            + "\"bytes\":%d,\"allClauses\":%d}",
                    r.stage(), r.clauses(), r.median(), r.min(), r.max(), r.cpuMedian(), r.bytes(), r.allClauses()));
        }
        out.append("],\"search\":[");
        int k = 0;
        for (Map.Entry<Long, double[]> e : searches.entrySet()) {
            out.append(k++ == 0 ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"clauses\":%d,\"p50ms\":%.3f,\"p99ms\":%.3f}", e.getKey(), e.getValue()[0], e.getValue()[1]));
        }
        out.append("],\"tokens\":[");
        int t = 0;
        for (Map.Entry<Integer, long[]> e : tokens.entrySet()) {
            out.append(t++ == 0 ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"clauses\":%d,\"clauseIndex\":%d,\"plainLucene\":%d}", e.getKey(), e.getValue()[0], e.getValue()[1]));
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
}
