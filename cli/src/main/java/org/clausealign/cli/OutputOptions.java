package org.clausealign.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.clausealign.format.OutputFiles;
import picocli.CommandLine.Option;

/** Where a command's output goes: standard output, or a file written whole or not at all. */
final class OutputOptions {
    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write the output to FILE (atomically: complete or not at all). Default: standard output.")
    Path out;

    /**
     * Called before any work, so that a mistaken {@code -o} costs nothing.
     *
     * @param inputs the files the output is made from
     * @throws org.clausealign.InputException if {@code -o} names one of them, under any spelling
     */
    void requireNotAnInput(List<Path> inputs) {
        if (out != null) {
            OutputFiles.requireNotAnInput(out, inputs);
        }
    }

    /** On standard output, which may be a terminal, control characters from the input are replaced; a file keeps them. */
    void write(PrintWriter stdout, String content) {
        if (out == null) {
            stdout.print(Terminal.safe(content));
            stdout.flush();
        } else {
            OutputFiles.writeAtomically(out, content);
        }
    }
}
