package org.clausealign.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
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
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.clausealign.ClauseAlign;
import org.clausealign.InputException;
import org.clausealign.ReadOptions;
import org.clausealign.align.Aligner;
import org.clausealign.clause.ParallelDocument;
import org.clausealign.corpus.Corpus;
import org.clausealign.corpus.CorpusIndexer;
import org.clausealign.corpus.DocumentFiles;
import org.clausealign.lang.Language;
import org.clausealign.search.ClauseIndex;
import org.clausealign.text.Scripts;

/**
 * {@code bench --index-folder}: a folder of documents of ordinary size (the MOC, an act, a
 * licence), copied to the size asked for, indexed by {@code clausealign index} in a JVM of its own
 * (JVM start included, {@code -Xmx512m}), against plain Lucene on one thread indexing the same
 * paragraphs read from the same files, in the same run: in this JVM, warmed up, and in a new JVM
 * started as clausealign's is. Two more new JVMs do only the first steps of {@code clausealign
 * index} on the same folder, reading and splitting, then aligning too, so that the table shows
 * what each step of indexing costs.
 */
final class FolderBench {
    /** The heap the indexing JVM gets: 2,000 MOC-sized files must fit in it. */
    static final String HEAP = "-Xmx512m";
    private static final String RESOURCES = "/org/clausealign/cli/bench/";

    private FolderBench() {}

    /** One kind of document: its files' name endings (".ja.txt", or ".txt" for one file) and bytes. */
    private record Kind(String name, List<String> endings, List<byte[]> files) {
        long bytes() {
            return files.stream().mapToLong(f -> f.length).sum();
        }
    }

    /**
     * One tool on one corpus.
     *
     * @param seconds wall-clock seconds
     * @param cpuSeconds CPU seconds on all threads
     * @param liveHeap the largest heap after a collection, bytes
     * @param tokens tokens per analysed field
     */
    record Run(double seconds, double cpuSeconds, long liveHeap, Map<String, Long> tokens) {
        long allTokens() {
            return tokens.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Both tools on one corpus.
     *
     * @param corpus "moc" (MOC copies only) or "mixed" (the MOC, an act and a licence in turn)
     * @param bytes the corpus's size
     * @param documents its documents
     * @param clausealign {@code clausealign index}, JVM start included
     * @param plain plain Lucene, one thread, in this JVM (warmed up)
     * @param plainNewJvm plain Lucene, one thread, in a new JVM like clausealign's, JVM start included
     * @param readSplit clausealign reading and splitting the documents only, in a new JVM like {@code clausealign}'s
     * @param readSplitAlign the same, aligning them too
     */
    record Outcome(String corpus, long bytes, int documents, Run clausealign, Run plain, Run plainNewJvm, Run readSplit,
            Run readSplitAlign) {
        double megabytes() {
            return bytes / 1048576.0;
        }
    }

    /**
     * @param megabytes the corpus sizes
     * @param repetitions how many rounds each corpus gets, every tool running once in each: a
     *     tool's seconds and CPU seconds are the medians, its live heap the largest
     * @param progress told what runs
     * @return each corpus at each size
     */
    static List<Outcome> measure(List<Integer> megabytes, int repetitions, Consumer<String> progress)
            throws InterruptedException {
        Kind moc = new Kind("moc", List.of(".txt"), List.of(BundledMoc.bytes()));
        Kind act = new Kind("act", List.of(".en.txt", ".fr.txt"), List.of(resource("act/en.txt"), resource("act/fr.txt")));
        Kind licence = new Kind("licence", List.of(".ja.txt", ".en.txt", ".fr.txt"),
                List.of(resource("licence/ja.txt"), resource("licence/en.txt"), resource("licence/fr.txt")));
        Map<String, Language> lineLanguages = lineLanguages(moc.files().get(0));
        List<Outcome> outcomes = new ArrayList<>();
        boolean warm = false;
        for (int size : megabytes) {
            for (List<Kind> kinds : List.of(List.of(moc), List.of(moc, act, licence))) {
                String corpus = kinds.size() == 1 ? "moc" : "mixed";
                Path folder = BenchCommand.temporaryFolder("clausealign-bench-folder");
                try {
                    int documents = write(folder, kinds, size * 1048576L);
                    long bytes = size(folder);
                    String name = String.format(Locale.ROOT, "index-folder %s %d MB: ", corpus, size);
                    List<String> tools = List.of("clausealign index (" + documents + " documents)", "plain Lucene",
                            "plain Lucene in a new JVM", "reading and splitting only", "reading, splitting and aligning only");
                    List<Timed> timed = List.of(() -> clausealign(folder), () -> plainLucene(folder, lineLanguages),
                            () -> plainLuceneNewJvm(folder), () -> withoutIndexNewJvm(folder, BenchedIndex.READ_SPLIT),
                            () -> withoutIndexNewJvm(folder, BenchedIndex.READ_SPLIT_ALIGN));
                    List<List<Run>> runs = tools.stream().<List<Run>>map(tool -> new ArrayList<>()).toList();
                    // Round by round, every tool once: a change in the machine's load falls on all alike.
                    for (int round = 1; round <= repetitions; round++) {
                        for (int t = 0; t < tools.size(); t++) {
                            if (t == 1 && !warm) {
                                progress.accept("index-folder: warming plain Lucene up");
                                plainLucene(folder, lineLanguages);
                                warm = true;
                            }
                            progress.accept(name + tools.get(t) + (repetitions == 1 ? ""
                                    : String.format(Locale.ROOT, ", round %d of %d", round, repetitions)));
                            runs.get(t).add(timed.get(t).run());
                        }
                    }
                    outcomes.add(new Outcome(corpus, bytes, documents, median(runs.get(0)), median(runs.get(1)),
                            median(runs.get(2)), median(runs.get(3)), median(runs.get(4))));
                } finally {
                    Startup.delete(folder);
                }
            }
        }
        return outcomes;
    }

    /** One tool's run on one corpus, timed. */
    private interface Timed {
        Run run() throws InterruptedException;
    }

    /**
     * @param runs one tool's runs on one corpus, at least one
     * @return their median seconds and, each on its own, their median CPU seconds; their largest
     *     live heap; the first run's tokens (every run indexes the same)
     */
    static Run median(List<Run> runs) {
        return new Run(middle(runs.stream().mapToDouble(Run::seconds).sorted().toArray()),
                middle(runs.stream().mapToDouble(Run::cpuSeconds).sorted().toArray()),
                runs.stream().mapToLong(Run::liveHeap).max().orElseThrow(), runs.get(0).tokens());
    }

    private static double middle(double[] sorted) {
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    /** @return the documents written: each kind in turn, numbered, until the folder holds the size */
    private static int write(Path folder, List<Kind> kinds, long size) {
        long written = 0;
        int documents = 0;
        try {
            while (written < size) {
                Kind kind = kinds.get(documents % kinds.size());
                documents++;
                for (int f = 0; f < kind.files().size(); f++) {
                    Files.write(folder.resolve(String.format(Locale.ROOT, "%s-%05d%s", kind.name(), documents,
                            kind.endings().get(f))), kind.files().get(f));
                }
                written += kind.bytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    /**
     * {@code clausealign index FOLDER} into a new index in a new JVM with {@link #HEAP}, and the
     * tokens its index holds.
     */
    private static Run clausealign(Path folder) throws InterruptedException {
        Path index = BenchCommand.temporaryFolder("clausealign-bench-folder-index");
        try {
            Child child = index(folder, index, List.of(HEAP));
            return new Run(child.seconds(), child.cpuSeconds(), child.liveHeap(), tokens(index));
        } finally {
            Startup.delete(index);
        }
    }

    /**
     * Plain Lucene in a new JVM with {@link #HEAP}, the same class-data archive and compiler, timed from its
     * start to its exit as {@code clausealign index} is: what a program indexing paragraphs with
     * Lucene alone would take, its start and its compiler's warming up included.
     */
    private static Run plainLuceneNewJvm(Path folder) throws InterruptedException {
        Path index = BenchCommand.temporaryFolder("clausealign-bench-plain");
        try {
            Child child = child(launched(folder, List.of(HEAP)), List.of(BenchedIndex.PLAIN_LUCENE, folder.toString(),
                    index.toString()), "plain Lucene");
            return new Run(child.seconds(), child.cpuSeconds(), child.liveHeap(), tokens(index));
        } finally {
            Startup.delete(index);
        }
    }

    /**
     * The first steps of {@code clausealign index} in a new JVM started as its own is: {@link #withoutIndex}.
     *
     * @param step {@link BenchedIndex#READ_SPLIT} or {@link BenchedIndex#READ_SPLIT_ALIGN}
     */
    private static Run withoutIndexNewJvm(Path folder, String step) throws InterruptedException {
        Child child = child(launched(folder, List.of(HEAP)), List.of(step, folder.toString()), "clausealign " + step);
        return new Run(child.seconds(), child.cpuSeconds(), child.liveHeap(), Map.of());
    }

    /**
     * Reads and splits each document of the folder, and aligns it if asked, as {@link CorpusIndexer}
     * does before it indexes a document, on as many threads: what indexing would cost if adding
     * to the index were free. A document that cannot be read is said on stderr and left out, as
     * {@code clausealign index} leaves it out.
     *
     * @param align whether to align each document too
     * @throws InterruptedException if interrupted while waiting for the workers
     */
    static void withoutIndex(Path folder, boolean align) throws InterruptedException {
        List<DocumentFiles> documents = Corpus.list(List.of(folder), List.of(), Set.of()).documents();
        ExecutorService workers = Executors.newFixedThreadPool(CorpusIndexer.Settings.DEFAULTS.threads(),
                Thread.ofPlatform().daemon().name("clausealign-bench-", 1).factory());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (DocumentFiles document : documents) {
                done.add(workers.submit(() -> {
                    try {
                        ParallelDocument read = ClauseAlign.read(document.files(), ReadOptions.DEFAULTS.withLanguages(
                                document.languages()));
                        if (align) {
                            Aligner.groups(read);
                        }
                    } catch (InputException e) {
                        System.err.println("clausealign: skipped " + e.getMessage());
                    }
                    // Nothing kept: the futures of all the documents wait until the end.
                    return null;
                }));
            }
            for (Future<?> document : done) {
                document.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read " + folder, e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    /**
     * What {@code clausealign index} did in a JVM of its own.
     *
     * @param seconds from the JVM's start to its exit
     * @param cpuSeconds CPU seconds on all its threads
     * @param liveHeap the largest heap after a collection, bytes
     * @param err what the command wrote on stderr (its summary line)
     */
    record Child(double seconds, double cpuSeconds, long liveHeap, String err) {}

    /**
     * The class-data sharing archive the launcher gave this JVM, if any, with its log switches:
     * the indexing JVM starts as {@code ./clausealign index} would. The archive holds the same
     * jar's classes, whichever class the JVM starts with.
     */
    private static List<String> classDataArchive() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-XX:SharedArchiveFile=") || a.startsWith("-Xlog:cds"))
                .toList();
    }

    /**
     * {@code clausealign index FOLDER} in a new JVM, timed from its start to its exit, with the
     * compiler the launcher would choose for the folder's size ({@link ShortRuns}).
     *
     * @param jvmOptions the JVM's options, such as {@code -Xmx512m}
     * @throws IllegalStateException if the command fails: a benchmark of a failed run means nothing
     */
    static Child index(Path folder, Path index, List<String> jvmOptions) throws InterruptedException {
        return child(launched(folder, jvmOptions), List.of("index", folder.toString(), "--index", index.toString()),
                "clausealign index");
    }

    /** @return the options, and the compiler the launcher would choose for this folder's size */
    private static List<String> launched(Path folder, List<String> jvmOptions) {
        List<String> options = new ArrayList<>(jvmOptions);
        options.addAll(ShortRuns.jvmOptions(size(folder)));
        return options;
    }

    /**
     * {@link BenchedIndex} in a new JVM, timed from its start to its exit.
     *
     * @param jvmOptions the JVM's options, such as {@code -Xmx512m}
     * @param arguments what {@link BenchedIndex} is given
     * @param name what runs, for the error message
     * @throws IllegalStateException if it fails: a benchmark of a failed run means nothing
     */
    private static Child child(List<String> jvmOptions, List<String> arguments, String name) throws InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(classDataArchive());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchedIndex.class.getName()));
        command.addAll(arguments);
        long start = System.nanoTime();
        String report = null;
        StringBuilder err = new StringBuilder();
        Process process;
        try {
            process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith(BenchedIndex.REPORT + " ")) {
                        report = line;
                    } else {
                        err.append(line).append('\n');
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + java, e);
        }
        int status = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (status != 0 || report == null) {
            throw new IllegalStateException(name + " exited with " + status + ":\n" + err);
        }
        String[] parts = report.split(" ");
        return new Child(seconds, Long.parseLong(parts[1]) / 1e9, Long.parseLong(parts[2]), err.toString());
    }

    /**
     * Lucene alone in this JVM, timed: {@link #plainIndex(Path, Path, Map)} into a folder deleted
     * afterwards.
     */
    private static Run plainLucene(Path folder, Map<String, Language> lineLanguages) throws InterruptedException {
        Path index = BenchCommand.temporaryFolder("clausealign-bench-plain");
        System.gc();
        LiveHeap heap = LiveHeap.watch();
        long cpu = BenchCommand.processCpuNanos();
        long start = System.nanoTime();
        try {
            plainIndex(folder, index, lineLanguages);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (BenchCommand.processCpuNanos() - cpu) / 1e9;
            return new Run(seconds, cpuSeconds, heap.peak(), tokens(index));
        } finally {
            Startup.delete(index);
        }
    }

    /**
     * Lucene alone, in a JVM of its own ({@link BenchedIndex}): the lines' languages are worked out
     * first, as in {@link #measure}.
     */
    static void plainIndex(Path folder, Path index) {
        plainIndex(folder, index, lineLanguages(BundledMoc.bytes()));
    }

    /**
     * Lucene alone, as one would index paragraphs without clausealign: every non-blank line of
     * every file a document with one stored text field analysed in its language, on one thread,
     * with the writer settings the clause index uses.
     */
    private static void plainIndex(Path folder, Path index, Map<String, Language> lineLanguages) {
        Map<String, Analyzer> perLanguage = new HashMap<>();
        for (Language language : Language.values()) {
            perLanguage.put("text_" + language.code(), language.rules().searchAnalyzer());
        }
        try (Directory directory = FSDirectory.open(index);
                Stream<Path> listing = Files.list(folder)) {
            IndexWriterConfig config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perLanguage))
                    .setRAMBufferSizeMB(ClauseIndex.RAM_BUFFER_MB);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (Path file : listing.sorted().toList()) {
                    String name = file.getFileName().toString();
                    Language fileLanguage = name.matches(".*\\.[a-z]{2}\\.txt") ? Language.of(name.substring(name.length() - 6,
                            name.length() - 4)) : null;
                    for (String line : Files.readString(file).split("\n")) {
                        if (line.isBlank()) {
                            continue;
                        }
                        Language language = fileLanguage != null ? fileLanguage : lineLanguages.get(line);
                        Document doc = new Document();
                        doc.add(new TextField("text_" + language.code(), line, Field.Store.YES));
                        writer.addDocument(doc);
                    }
                }
                writer.commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The language of each line of a file holding several versions: Japanese by its letters,
     * English or French by their function words, a line that could be either in the language of
     * the line before. Worked out before timing: plain Lucene is told, as a user would tell it.
     */
    private static Map<String, Language> lineLanguages(byte[] file) {
        Map<String, Language> languages = new HashMap<>();
        Language previous = Language.EN;
        for (String line : new String(file, StandardCharsets.UTF_8).split("\n")) {
            Language language;
            if (line.codePoints().anyMatch(Scripts::isJapaneseLetter)) {
                language = Language.JA;
            } else {
                int en = Language.EN.rules().evidence(line);
                int fr = Language.FR.rules().evidence(line);
                language = en > fr ? Language.EN : fr > en ? Language.FR : previous == Language.JA ? Language.EN : previous;
            }
            languages.putIfAbsent(line, language);
            previous = language;
        }
        return languages;
    }

    private static Map<String, Long> tokens(Path index) {
        try (Directory directory = FSDirectory.open(index)) {
            return tokens(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Long> tokens(Directory directory) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            Map<String, Long> tokens = new TreeMap<>();
            for (FieldInfo field : FieldInfos.getMergedFieldInfos(reader)) {
                if (field.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS) >= 0) {
                    tokens.put(field.name, reader.getSumTotalTermFreq(field.name));
                }
            }
            return tokens;
        }
    }

    private static long size(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = FolderBench.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("the bench document " + name + " is missing from the clausealign jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String archiveName() {
        return classDataArchive().isEmpty() ? "no class-data archive" : "the launcher's class-data archive";
    }

    private static String compilerName(List<Outcome> outcomes) {
        long shortRuns = outcomes.stream().filter(o -> o.bytes() < ShortRuns.BYTES).count();
        String c1 = "C1 alone below " + (ShortRuns.BYTES >> 20) + " MB as the launcher runs it";
        return shortRuns == outcomes.size() ? c1 : shortRuns == 0 ? "C1 and C2" : c1 + ", C1 and C2 above";
    }

    /**
     * @return the table: per corpus, each tool's MB/s, documents/s, CPU seconds, live heap; the
     *     ratios and what each step costs; tokens per field
     */
    static String text(List<Outcome> outcomes) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "index-folder: 'clausealign index FOLDER' in a new JVM, JVM start included%n"
                + "  (%s, %s, %s)%n"
                + "against plain Lucene on one thread indexing the same paragraphs from the same files, in this run:%n"
                + "in the benchmark's warm JVM, and in a new JVM started as clausealign's (JVM start and compilation included);%n"
                + "and the first steps of clausealign index alone, each in a new JVM: reading and splitting, then aligning too%n%n"
                + "%-6s %6s %6s  %-21s %7s %6s %7s %7s %9s%n", HEAP, archiveName(), compilerName(outcomes), "corpus", "MB", "docs",
                "tool", "s", "MB/s", "docs/s", "CPU s", "heap MB"));
        for (Outcome o : outcomes) {
            for (Map.Entry<String, Run> tool : List.of(Map.entry("clausealign", o.clausealign()),
                    Map.entry("plain Lucene", o.plain()), Map.entry("plain Lucene, new JVM", o.plainNewJvm()),
                    Map.entry("only read+split", o.readSplit()), Map.entry("only read+split+align", o.readSplitAlign()))) {
                Run r = tool.getValue();
                out.append(String.format(Locale.ROOT, "%-6s %6.1f %6d  %-21s %7.2f %6.2f %7.1f %7.2f %9.0f%n", o.corpus(),
                        o.megabytes(), o.documents(), tool.getKey(), r.seconds(), o.megabytes() / r.seconds(),
                        o.documents() / r.seconds(), r.cpuSeconds(), r.liveHeap() / 1048576.0));
            }
        }
        out.append('\n');
        for (Outcome o : outcomes) {
            out.append(String.format(Locale.ROOT, "%s %.1f MB: clausealign / plain Lucene MB/s = %.2f; CPU = %.2f×; "
                    + "against plain Lucene in a new JVM: MB/s = %.2f; CPU = %.2f×%n",
                    o.corpus(), o.megabytes(), o.plain().seconds() / o.clausealign().seconds(),
                    o.clausealign().cpuSeconds() / o.plain().cpuSeconds(), o.plainNewJvm().seconds() / o.clausealign().seconds(),
                    o.clausealign().cpuSeconds() / o.plainNewJvm().cpuSeconds()));
            // The first steps' JVM starts as clausealign's does, so its start counts with reading and
            // splitting; the index reuses the words the alignment read: they count as aligning where it read them.
            out.append(String.format(Locale.ROOT, "  of clausealign's %.1f CPU s: starting, reading and splitting %.1f, "
                    + "aligning %.1f, indexing %.1f; starting, reading and splitting alone take %.2f× warm plain Lucene's time%n",
                    o.clausealign().cpuSeconds(), o.readSplit().cpuSeconds(), o.readSplitAlign().cpuSeconds() - o.readSplit().cpuSeconds(),
                    o.clausealign().cpuSeconds() - o.readSplitAlign().cpuSeconds(), o.readSplit().seconds() / o.plain().seconds()));
        }
        Outcome last = outcomes.get(outcomes.size() - 1);
        out.append(String.format(Locale.ROOT, "tokens per field (%s %.1f MB): clause index %s = %,d; plain Lucene %s = %,d%n",
                last.corpus(), last.megabytes(), fields(last.clausealign().tokens()), last.clausealign().allTokens(),
                fields(last.plain().tokens()), last.plain().allTokens()));
        return out.toString();
    }

    private static String fields(Map<String, Long> tokens) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Long> field : tokens.entrySet()) {
            out.append(out.isEmpty() ? "" : ", ").append(field.getKey()).append(' ')
                    .append(String.format(Locale.ROOT, "%,d", field.getValue()));
        }
        return out.toString();
    }

    /** @return the same as JSON: one object per corpus and size */
    static String json(List<Outcome> outcomes) {
        StringBuilder out = new StringBuilder("{\"indexFolder\":[");
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            out.append(i == 0 ? "\n" : ",\n").append(String.format(Locale.ROOT,
                    "{\"corpus\":\"%s\",\"bytes\":%d,\"documents\":%d,\"clausealign\":%s,\"plainLucene\":%s,"
                    + "\"plainLuceneNewJvm\":%s,\"readSplit\":%s,\"readSplitAlign\":%s}", o.corpus(), o.bytes(), o.documents(),
                    json(o.clausealign()), json(o.plain()), json(o.plainNewJvm()), json(o.readSplit()),
                    json(o.readSplitAlign())));
        }
        return out.append("]}\n").toString();
    }

    private static String json(Run run) {
        Map<String, String> fields = new LinkedHashMap<>();
        run.tokens().forEach((k, v) -> fields.put(k, Long.toString(v)));
        return String.format(Locale.ROOT, "{\"seconds\":%.3f,\"cpuSeconds\":%.3f,\"liveHeapBytes\":%d,\"tokens\":{%s}}",
                run.seconds(), run.cpuSeconds(), run.liveHeap(), String.join(",", fields.entrySet().stream()
                        .map(e -> "\"" + e.getKey() + "\":" + e.getValue()).toList()));
    }
}
