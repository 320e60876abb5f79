package org.clausealign.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.clausealign.format.OutputFiles;
import picocli.CommandLine.Option;

/** Where a command's output goes: standard output, or a file written whole or not at all. */
final class OutputOptions {
    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write the output to FILE (atomically: complete or not at all). Default: standard output.")
    Path out;

    void write(PrintWriter stdout, String content) {
        if (out == null) {
            stdout.print(content);
            stdout.flush();
        } else {
            OutputFiles.writeAtomically(out, content);
        }
    }
}
