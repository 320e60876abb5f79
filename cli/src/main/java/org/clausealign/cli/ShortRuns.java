package org.clausealign.cli;

import java.util.List;

/**
 * The launcher's choice of JIT compiler, for the benchmarks that start clausealign as
 * {@code ./clausealign} does. On two cores the C2 compiler works on the other core for most of a
 * run of a few seconds and never pays back: a search, one document or a folder of a few MB spend a
 * quarter to a third less CPU on C1 alone. From about 32 MB of input C2's faster code wins (README,
 * Performance), so larger runs, and {@code bench} itself, keep both compilers.
 */
final class ShortRuns {
    /** The JVM option that stops compilation at C1. */
    static final String C1_ALONE = "-XX:TieredStopAtLevel=1";
    /**
     * Inputs smaller than this run on C1 alone. The launcher holds the same number, in KiB
     * ({@code short_run_kib}); {@code ShortRunsTest} checks that the two agree.
     */
    static final long BYTES = 32L << 20;

    private ShortRuns() {}

    /**
     * {@return the launcher's compiler options for a run over this much input: C1 alone below
     * {@link #BYTES}, none (both compilers) from it}
     *
     * @param inputBytes the size of the files and folders the command is given
     */
    static List<String> jvmOptions(long inputBytes) {
        return inputBytes < BYTES ? List.of(C1_ALONE) : List.of();
    }
}
