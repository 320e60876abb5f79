package org.clausealign.corpus;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.clausealign.ClauseAlign;
import org.clausealign.InputException;
import org.clausealign.ReadOptions;
import org.clausealign.align.Aligner;
import org.clausealign.search.ClauseIndex;

/**
 * Indexes many documents on every core: each worker reads, splits, aligns and adds its own
 * documents to the index (Lucene's writer indexes on many threads at once). Documents wait in a
 * bounded queue, so that memory does not grow with their number. Commits follow time: every
 * {@code commitEvery}, and once at the end; each is reported, so that what a run reports as
 * indexed is in the index even if the run is killed right after.
 *
 * <pre>{@code
 * try (ClauseIndex index = ClauseIndex.open(Path.of("clausealign-index"))) {
 *     List<DocumentFiles> documents = Corpus.list(List.of(Path.of("treaties")), List.of(), Set.of()).documents();
 *     CorpusIndexer.index(index, documents, ReadOptions.DEFAULTS, CorpusIndexer.Settings.DEFAULTS, listener);
 * }
 * }</pre>
 */
public final class CorpusIndexer {
    /** How often the coordinating thread looks whether a commit is due while it waits. */
    private static final long POLL_MILLIS = 50;

    private CorpusIndexer() {}

    /**
     * How to index.
     *
     * @param threads workers, at least 1
     * @param commitEvery the time between commits
     */
    public record Settings(int threads, Duration commitEvery) {
        /**
         * One worker per core, a commit every five seconds: often enough to see progress, seldom
         * enough that small segments do not keep the merger busy.
         */
        public static final Settings DEFAULTS = new Settings(Runtime.getRuntime().availableProcessors(),
                Duration.ofSeconds(5));

        /** Checks the values. */
        public Settings {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, not " + threads);
            }
        }
    }

    /**
     * Documents indexed so far, as of a commit.
     *
     * @param indexed documents in the index
     * @param failed documents that could not be read (each reported to {@link Listener#failed})
     * @param total documents in the run
     * @param nanos time since the run began
     */
    public record Progress(int indexed, int failed, int total, long nanos) {}

    /** Hears of each commit and of each document that cannot be read; called from any thread. */
    public interface Listener {
        /**
         * Called after each commit.
         *
         * @param committed what the commit just made holds
         */
        void committed(Progress committed);

        /**
         * Called for each document that cannot be read; the run goes on without it.
         *
         * @param document a document that could not be read
         * @param reason why, one sentence naming the file
         */
        void failed(DocumentFiles document, InputException reason);
    }

    /**
     * Indexes documents, each replacing the document of the same id.
     *
     * @param index the index to add to
     * @param documents the documents
     * @param options encoding; each document's own languages replace the options' languages
     * @param settings threads and commit interval
     * @param listener told of commits and unreadable documents
     * @return the final commit's progress
     * @throws InterruptedException if the calling thread is interrupted
     */
    public static Progress index(ClauseIndex index, List<DocumentFiles> documents, ReadOptions options,
            Settings settings, Listener listener) throws InterruptedException {
        long started = System.nanoTime();
        AtomicInteger indexed = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<RuntimeException> fatal = new AtomicReference<>();
        // Twice as many documents in flight as workers: none waits for work, memory stays bounded.
        Semaphore slots = new Semaphore(2 * settings.threads());
        ExecutorService workers = Executors.newFixedThreadPool(settings.threads(), Thread.ofPlatform().daemon()
                .name("clausealign-index-", 1).factory());
        Committer committer = new Committer(index, settings.commitEvery(), listener, started, documents.size());
        try {
            for (DocumentFiles document : documents) {
                while (!slots.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    committer.maybeCommit(indexed, failed, fatal);
                }
                committer.maybeCommit(indexed, failed, fatal);
                workers.execute(() -> {
                    try {
                        // The index keeps groups, not confidences: the content judgement is left out.
                        index.add(document.id(), Aligner.groups(ClauseAlign.read(document.files(),
                                options.withLanguages(document.languages()))));
                        indexed.incrementAndGet();
                    } catch (InputException e) {
                        listener.failed(document, e);
                        failed.incrementAndGet();
                    } catch (Throwable e) {
                        fatal.compareAndSet(null, new IllegalStateException("cannot index " + document.id(), e));
                    } finally {
                        slots.release();
                    }
                });
            }
            workers.shutdown();
            while (!workers.awaitTermination(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                committer.maybeCommit(indexed, failed, fatal);
            }
            return committer.commit(indexed, failed, fatal);
        } finally {
            workers.shutdownNow();
        }
    }

    /** Commits when one is due, on the coordinating thread only. */
    private static final class Committer {
        private final ClauseIndex index;
        private final long everyNanos;
        private final Listener listener;
        private final long started;
        private final int total;
        private long last;

        Committer(ClauseIndex index, Duration every, Listener listener, long started, int total) {
            this.index = index;
            this.everyNanos = every.toNanos();
            this.listener = listener;
            this.started = started;
            this.total = total;
            this.last = started;
        }

        void maybeCommit(AtomicInteger indexed, AtomicInteger failed, AtomicReference<RuntimeException> fatal) {
            if (System.nanoTime() - last >= everyNanos) {
                commit(indexed, failed, fatal);
            }
        }

        Progress commit(AtomicInteger indexed, AtomicInteger failed, AtomicReference<RuntimeException> fatal) {
            rethrow(fatal);
            // Counted before the commit: every document counted is in it, perhaps a few more.
            Progress progress = new Progress(indexed.get(), failed.get(), total, 0);
            index.commit();
            last = System.nanoTime();
            progress = new Progress(progress.indexed(), progress.failed(), total, last - started);
            listener.committed(progress);
            return progress;
        }

        private static void rethrow(AtomicReference<RuntimeException> fatal) {
            RuntimeException failure = fatal.get();
            if (failure != null) {
                throw failure;
            }
        }
    }
}
