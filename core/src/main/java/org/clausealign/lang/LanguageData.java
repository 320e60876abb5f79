package org.clausealign.lang;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Data a language's reading loads once (kuromoji's dictionaries, ICU's number words): loaded on
 * first use, or started early on a background thread when a caller knows it will be needed, so
 * that a short-lived process (one search) loads it while doing something else.
 *
 * <p>Loaded at most once, whichever thread gets there first; a thread asking for it while another
 * loads it waits for that load. A load that fails fails every {@link #get()} with the same
 * exception, on the thread that asks.
 *
 * @param <T> the data
 */
public final class LanguageData<T> {
    private final FutureTask<T> load;
    private final AtomicBoolean started = new AtomicBoolean();

    /**
     * Data not loaded yet.
     *
     * @param load loads the data; run once, on whichever thread loads first
     */
    public LanguageData(Supplier<T> load) {
        this.load = new FutureTask<>(load::get);
    }

    /**
     * Starts loading on a background thread, unless loading has started already. The thread is a
     * daemon: it never keeps a process alive that has done its work.
     */
    public void start() {
        if (started.compareAndSet(false, true)) {
            Thread.ofPlatform().daemon().name("clausealign-load").start(load);
        }
    }

    /**
     * {@return the data: loaded now on this thread if nobody has started loading it, otherwise
     *     when the load under way ends}
     *
     * @throws RuntimeException or Error: what the load threw
     */
    public T get() {
        if (started.compareAndSet(false, true)) {
            load.run();
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return load.get();
                } catch (InterruptedException e) {
                    // The load goes on either way, and the caller cannot go on without its result.
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
