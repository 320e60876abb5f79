package org.clausealign.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** One run of the command line in this JVM, with its exit status and both output streams. */
record CliRun(int status, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var commandLine = Main.commandLine(args);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int status = commandLine.execute(args);
        return new CliRun(status, out.toString(), err.toString());
    }

    /** Path of a fixture in the repository's testdata/ folder. */
    static String testdata(String relative) {
        String root = System.getProperty("clausealign.testdata", "../testdata");
        Path path = Path.of(root, relative);
        if (!Files.exists(path)) {
            throw new IllegalStateException("missing fixture " + path);
        }
        return path.toString();
    }
}
