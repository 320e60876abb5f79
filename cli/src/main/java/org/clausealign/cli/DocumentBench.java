package org.clausealign.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausealign.clause.ParallelDocument;
import org.clausealign.text.TextDecoder;

/**
 * {@code bench --index-document}: one synthetic trilingual treaty of the size asked for, written as
 * the three files of one document ({@code treaty-ja.txt}, {@code treaty-en.txt},
 * {@code treaty-fr.txt}) and indexed by {@code clausealign index} in a JVM of its own, to show how
 * much live heap one document needs for its size.
 */
final class DocumentBench {
    /**
     * The indexing JVM's heap: large enough that it does not limit the run, so that the live heap
     * measured is what the document needs, not what a limit squeezed it into.
     */
    static final String HEAP = "-Xmx4g";
    /** Old-generation occupancy, in percent, from which the indexing JVM's collector marks it. */
    private static final int MARKING_PERCENT = 10;
    /**
     * The indexing JVM's options. With {@link #HEAP} of room G1 collects only the young
     * generation, and the heap left after a collection counts every dead object promoted since the
     * start (1.1 GB for a 32 MB document that indexes in 768 MB); marking the old generation early
     * lets the collector reclaim them, so that the heap after a collection stays close to the live data.
     */
    private static final List<String> JVM = List.of(HEAP, "-XX:-G1UseAdaptiveIHOP",
            "-XX:InitiatingHeapOccupancyPercent=" + MARKING_PERCENT);
    /**
     * The largest size asked for: each version then stays under the input limit for one file
     * (the French file, the largest, is about 37% of the whole).
     */
    static final int MAX_MEGABYTES = 64;
    /** The sections of the sample that tells how many bytes a clause takes. */
    private static final int SAMPLE_CLAUSES = 200 * SyntheticTreaty.CLAUSES_PER_SECTION;
    /** The seed the other bench stages use, so that their treaties and this one compare. */
    private static final long SEED = 42;
    /** The index command's summary line, which says how many documents and clauses it indexed. */
    private static final Pattern SUMMARY = Pattern.compile("indexed ([0-9,]+) documents? \\(([0-9,]+) clauses? in the index\\)");

    private DocumentBench() {}

    /**
     * One document indexed.
     *
     * @param bytes the document's size: its three files together
     * @param clausesPerLanguage the clauses each version was built with
     * @param documents the documents the index command counted (one, if the files were read as versions of one)
     * @param indexedClauses the clauses the index holds, all languages together
     * @param run the indexing JVM's time, CPU time and peak live heap
     */
    record Outcome(long bytes, int clausesPerLanguage, int documents, int indexedClauses, FolderBench.Child run) {
        double megabytes() {
            return bytes / 1048576.0;
        }

        /** @return the peak live heap as a multiple of the document's size */
        double heapPerByte() {
            return (double) run.liveHeap() / bytes;
        }
    }

    /**
     * @param moc the bundled MOC, whose clauses the treaties are made of
     * @param megabytes the documents' sizes, all three files together
     * @param progress told what runs
     * @return one outcome per size
     */
    static List<Outcome> measure(ParallelDocument moc, List<Integer> megabytes, Consumer<String> progress)
            throws InterruptedException {
        long sampleBytes = bytes(texts(moc, SAMPLE_CLAUSES));
        List<Outcome> outcomes = new ArrayList<>();
        for (int size : megabytes) {
            int clauses = (int) (size * 1048576L * SAMPLE_CLAUSES / sampleBytes);
            // The generator rounds to whole sections: the clauses per version are what it built.
            int perLanguage = Math.max(1, clauses / SyntheticTreaty.CLAUSES_PER_SECTION) * SyntheticTreaty.CLAUSES_PER_SECTION;
            Path folder = BenchCommand.temporaryFolder("clausealign-bench-document");
            Path index = BenchCommand.temporaryFolder("clausealign-bench-document-index");
            try {
                long bytes = write(folder, moc, clauses);
                progress.accept(String.format(Locale.ROOT, "index-document %d MB: clausealign index (%,d clauses per language)",
                        size, perLanguage));
                FolderBench.Child run = FolderBench.index(folder, index, JVM);
                Matcher summary = SUMMARY.matcher(run.err());
                if (!summary.find()) {
                    throw new IllegalStateException("clausealign index did not say what it indexed:\n" + run.err());
                }
                outcomes.add(new Outcome(bytes, perLanguage, count(summary.group(1)), count(summary.group(2)), run));
            } finally {
                Startup.delete(folder);
                Startup.delete(index);
            }
        }
        return outcomes;
    }

    /**
     * Writes the treaty's versions as one document's files; the texts are garbage once written, so
     * that the benchmark's JVM does not hold them while the indexing JVM runs.
     *
     * @return the bytes written
     */
    private static long write(Path folder, ParallelDocument moc, int clauses) {
        List<byte[]> files = texts(moc, clauses);
        if (files.stream().anyMatch(f -> f.length > TextDecoder.MAX_BYTES)) {
            throw new IllegalStateException("a version of the treaty is over the input limit of "
                    + TextDecoder.MAX_BYTES / 1048576 + " MB for one file: MAX_MEGABYTES is too large");
        }
        try {
            for (int v = 0; v < files.size(); v++) {
                Files.write(folder.resolve("treaty-" + moc.versions().get(v).language().code() + ".txt"), files.get(v));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes(files);
    }

    private static List<byte[]> texts(ParallelDocument moc, int clauses) {
        return SyntheticTreaty.texts(moc, clauses, SEED).stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
    }

    private static long bytes(List<byte[]> files) {
        return files.stream().mapToLong(f -> f.length).sum();
    }

    private static int count(String digits) {
        return Integer.parseInt(digits.replace(",", ""));
    }

    /** @return the table: per size, the clauses, time, CPU time, peak live heap and its multiple of the size */
    static String text(List<Outcome> outcomes) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "index-document: one synthetic treaty in Japanese, English and French (three files, one document),%n"
                + "'clausealign index' in a new JVM (%s, a heap large enough not to limit it; JVM start included), whose%n"
                + "collector marks the old generation from %d%% occupancy, so that the heap left after a collection is%n"
                + "close to the live data; C1 alone below " + (ShortRuns.BYTES >> 20) + " MB, as the launcher runs it%n%n"
                + "%6s %5s %12s %9s %8s %8s %8s %10s%n", HEAP, MARKING_PERCENT, "MB", "docs", "clauses/lang", "in index", "s", "CPU s",
                "heap MB", "heap/size"));
        for (Outcome o : outcomes) {
            out.append(String.format(Locale.ROOT, "%6.1f %5d %,12d %,9d %8.2f %8.2f %8.0f %9.1f×%n", o.megabytes(),
                    o.documents(), o.clausesPerLanguage(), o.indexedClauses(), o.run().seconds(), o.run().cpuSeconds(),
                    o.run().liveHeap() / 1048576.0, o.heapPerByte()));
        }
        out.append('\n');
        for (Outcome o : outcomes) {
            out.append(String.format(Locale.ROOT, "a single document of %.1f MB needs about %.0f× its size of live heap%n",
                    o.megabytes(), o.heapPerByte()));
        }
        return out.toString();
    }

    /** @return the same as JSON: the indexing JVM's options, and one object per size */
    static String json(List<Outcome> outcomes) {
        StringBuilder out = new StringBuilder("{\"indexDocument\":{\"jvm\":\"" + String.join(" ", JVM) + "\",\"runs\":[");
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            out.append(i == 0 ? "\n" : ",\n").append(String.format(Locale.ROOT,
                    "{\"bytes\":%d,\"documents\":%d,\"clausesPerLanguage\":%d,\"indexedClauses\":%d,\"seconds\":%.3f,"
                            + "\"cpuSeconds\":%.3f,\"liveHeapBytes\":%d,\"liveHeapPerByte\":%.2f}",
                    o.bytes(), o.documents(), o.clausesPerLanguage(), o.indexedClauses(), o.run().seconds(),
                    o.run().cpuSeconds(), o.run().liveHeap(), o.heapPerByte()));
        }
        return out.append("]}}\n").toString();
    }
}
