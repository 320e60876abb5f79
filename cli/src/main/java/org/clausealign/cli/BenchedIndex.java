package org.clausealign.cli;

import java.lang.management.ManagementFactory;

/**
 * {@code clausealign index} in a JVM of its own, for {@code bench --index-folder}: the same
 * command, then one line on stderr with the process's CPU time and peak live heap.
 */
final class BenchedIndex {
    static final String REPORT = "bench-child";

    private BenchedIndex() {}

    /**
     * @param args the arguments of {@code clausealign index}
     * @throws InterruptedException if interrupted while measuring the heap
     */
    public static void main(String[] args) throws InterruptedException {
        LiveHeap heap = LiveHeap.watch();
        int status = Main.commandLine().execute(args);
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        System.err.println(REPORT + " " + cpu + " " + heap.peak());
        System.exit(status);
    }
}
