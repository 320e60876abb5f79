package org.clausealign.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.clausealign.ClauseAlign;
import org.clausealign.clause.ParallelDocument;
import org.clausealign.search.ClauseIndex;

/**
 * Measures what a user waits for when running {@code clausealign search}: new JVMs, end to end,
 * compared with the bare JVM start ({@code java -version}), with an application class-data
 * sharing archive (also with C1 alone, as the launcher runs a search) and, on Java 25 and later,
 * with an AOT cache (classes linked and method profiles kept), each trained on the same search: the
 * launcher creates one of the two on its first run.
 */
final class Startup {
    private Startup() {}

    static String measure(ParallelDocument moc, int repetitions, Consumer<String> progress) {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path jar;
        Path folder;
        try {
            jar = Path.of(Startup.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            folder = Files.createTempDirectory("clausealign-startup");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot find the clausealign jar", e);
        }
        Path index = folder.resolve("index");
        try (ClauseIndex clauses = ClauseIndex.open(index)) {
            clauses.add("moc", ClauseAlign.align(moc));
            clauses.commit();
        }
        Path archive = folder.resolve("clausealign.jsa");
        List<String> search = List.of("-jar", jar.toString(), "search", "peuples autochtones", "--index", index.toString());
        progress.accept("startup: java -version");
        double bare = median(java, List.of("-version"), repetitions);
        progress.accept("startup: search without an archive");
        double plain = median(java, search, repetitions);
        progress.accept("startup: creating the class-data sharing archive");
        run(java, concat(List.of("-XX:ArchiveClassesAtExit=" + archive), search));
        progress.accept("startup: search with the archive");
        double shared = median(java, concat(List.of("-XX:SharedArchiveFile=" + archive), search), repetitions);
        progress.accept("startup: search with the archive and C1 alone, as the launcher runs it");
        double launcher = median(java, concat(List.of("-XX:SharedArchiveFile=" + archive, ShortRuns.C1_ALONE), search),
                repetitions);
        String table = String.format(Locale.ROOT, """
                clausealign start-up (%s, median of %d runs in new JVMs)
                java -version                              %6.0f ms
                clausealign search, no archive             %6.0f ms
                clausealign search, class-data sharing     %6.0f ms   (%.0f%% of the time without)
                  and C1 alone (as the launcher runs it)   %6.0f ms   (%.0f%% of the time without)
                """, java, repetitions, bare, plain, shared, 100 * shared / plain, launcher, 100 * launcher / plain);
        if (Runtime.version().feature() >= 25) {
            Path cache = folder.resolve("clausealign.aot");
            progress.accept("startup: creating the AOT cache");
            run(java, concat(List.of("-XX:AOTCacheOutput=" + cache), search));
            progress.accept("startup: search with the AOT cache");
            double aot = median(java, concat(List.of("-XX:AOTCache=" + cache), search), repetitions);
            table += String.format(Locale.ROOT, "clausealign search, AOT cache              %6.0f ms   (%.0f%% of the time without)%n",
                    aot, 100 * aot / plain);
        }
        delete(folder);
        return table;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static double median(String java, List<String> arguments, int repetitions) {
        run(java, arguments);
        double[] millis = new double[repetitions];
        for (int r = 0; r < repetitions; r++) {
            long start = System.nanoTime();
            run(java, arguments);
            millis[r] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[repetitions / 2];
    }

    private static void run(String java, List<String> arguments) {
        List<String> command = concat(List.of(java), arguments);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int status = process.waitFor();
            if (status != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + status);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Removes a folder and everything in it. */
    static void delete(Path folder) {
        try (var walk = Files.walk(folder)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + folder, e);
        }
    }
}
