package org.clausealign.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.clausealign.ClauseAlign;
import org.clausealign.InputException;
import org.clausealign.align.Alignment;
import org.clausealign.search.ClauseIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clausealign index}: adds files to the search index. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Adds files to the clause index, for 'clausealign search'.",
            "",
            "Each file is one document: its language versions are split and aligned, and every clause is"
                + " indexed in its language with its aligned versions. A file indexed again replaces its old"
                + " version. Folders are read recursively (hidden files skipped). Files that cannot be read"
                + " are reported and skipped; the others are indexed, and the exit status is then 2."},
        footer = {"", "Examples:",
            "  clausealign index testdata/moc testdata/news",
            "  clausealign index moc.txt --index /data/treaties-index"})
final class IndexCommand implements Callable<Integer> {
    /** Documents between commits, so that a crash loses at most this many. */
    private static final int BATCH = 100;
    private static final long PROGRESS_NANOS = 2_000_000_000L;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to index.")
    List<Path> paths;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "clausealign-index",
            description = "The index folder (default: ${DEFAULT-VALUE}): created if missing; "
                    + "an existing folder must be empty or hold an index.")
    Path index;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = new ArrayList<>();
        int notFiles = files(err, files);
        var options = input.readOptions(spec.commandLine());
        IndexFolder.requireWritable(index);
        int failed = 0;
        int done = 0;
        long started = System.nanoTime();
        long lastReport = started;
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try (ClauseIndex clauses = ClauseIndex.open(index)) {
            List<Future<Alignment>> work = new ArrayList<>();
            for (Path file : files) {
                work.add(workers.submit(() -> ClauseAlign.align(ClauseAlign.read(List.of(file), options))));
            }
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                try {
                    clauses.add(file.toString(), work.get(i).get());
                    done++;
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof InputException bad)) {
                        throw new IllegalStateException("cannot index " + file, e.getCause());
                    }
                    err.println("clausealign: skipped " + Terminal.safe(bad.getMessage()));
                    failed++;
                }
                if ((done + failed) % BATCH == 0) {
                    clauses.commit();
                }
                long now = System.nanoTime();
                if (now - lastReport > PROGRESS_NANOS) {
                    lastReport = now;
                    err.printf(Locale.ROOT, "clausealign: indexed %,d of %,d files (%.1f files/s)%n", done + failed,
                            files.size(), (done + failed) / ((now - started) / 1e9));
                    err.flush();
                }
            }
            clauses.commit();
            double seconds = (System.nanoTime() - started) / 1e9;
            int skipped = failed + notFiles;
            err.printf(Locale.ROOT, "clausealign: indexed %,d %s (%,d clauses in the index) into %s in %.1f s%s%n",
                    done, done == 1 ? "file" : "files", clauses.clauseCount(), index, seconds,
                    skipped > 0 ? ", " + skipped + " skipped" : "");
            err.flush();
        } finally {
            workers.shutdownNow();
        }
        return failed + notFiles > 0 ? Errors.BAD_INPUT : 0;
    }

    /**
     * The files to index: the files given and the regular files under the folders given; what
     * else a folder holds (a broken link, a pipe) is named on stderr, not read, and counted.
     *
     * @return how many things under the folders were not files
     */
    private int files(PrintWriter err, List<Path> files) {
        int notFiles = 0;
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> found;
                try (Stream<Path> walk = Files.walk(path)) {
                    found = walk.filter(p -> !hidden(path.relativize(p)) && !Files.isDirectory(p)).sorted().toList();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the folder " + path, e);
                }
                for (Path p : found) {
                    if (Files.isRegularFile(p)) {
                        files.add(p);
                    } else {
                        err.println("clausealign: skipped " + Terminal.safe(p.toString()) + ": "
                                + (Files.isSymbolicLink(p) && !Files.exists(p) ? "a broken link" : "not a regular file"));
                        notFiles++;
                    }
                }
            } else if (Files.exists(path)) {
                files.add(path);
            } else {
                throw new InputException(path.toString(), "no such file or folder");
            }
        }
        return notFiles;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
