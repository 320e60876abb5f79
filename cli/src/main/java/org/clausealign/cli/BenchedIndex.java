package org.clausealign.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * {@code clausealign index} in a JVM of its own, for {@code bench --index-folder}: the same
 * command, then one line on stderr with the process's CPU time and peak live heap. Given
 * {@value #PLAIN_LUCENE} FOLDER INDEX instead, plain Lucene indexes the folder's paragraphs, so
 * that it too can be timed with its JVM's start; given {@value #READ_SPLIT} FOLDER or
 * {@value #READ_SPLIT_ALIGN} FOLDER, clausealign does only the first steps of indexing the folder,
 * so that the bench can say what each step costs.
 */
final class BenchedIndex {
    static final String REPORT = "bench-child";
    static final String PLAIN_LUCENE = "--plain-lucene";
    static final String READ_SPLIT = "--read-split";
    static final String READ_SPLIT_ALIGN = "--read-split-align";

    private BenchedIndex() {}

    /**
     * @param args the arguments of {@code clausealign index}, or {@value #PLAIN_LUCENE} FOLDER INDEX,
     *     {@value #READ_SPLIT} FOLDER or {@value #READ_SPLIT_ALIGN} FOLDER
     * @throws InterruptedException if interrupted while measuring the heap or waiting for the workers
     */
    public static void main(String[] args) throws InterruptedException {
        LiveHeap heap = LiveHeap.watch();
        int status;
        if (args.length == 3 && args[0].equals(PLAIN_LUCENE)) {
            FolderBench.plainIndex(Path.of(args[1]), Path.of(args[2]));
            status = 0;
        } else if (args.length == 2 && (args[0].equals(READ_SPLIT) || args[0].equals(READ_SPLIT_ALIGN))) {
            FolderBench.withoutIndex(Path.of(args[1]), args[0].equals(READ_SPLIT_ALIGN));
            status = 0;
        } else {
            status = Main.commandLine().execute(args);
        }
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        System.err.println(REPORT + " " + cpu + " " + heap.peak());
        System.exit(status);
    }
}
