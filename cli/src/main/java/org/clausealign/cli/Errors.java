package org.clausealign.cli;

import java.io.PrintWriter;
import org.clausealign.InputException;
import picocli.CommandLine;

/**
 * Prints errors as one line a user can act on and maps them to exit statuses: 2 for bad input or
 * usage, 1 for anything else (a bug). The stack trace is printed only with {@code --debug}.
 * Status 3 is no error: {@code report --fail-on} found what it was asked to fail on.
 */
final class Errors implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
    /** Exit status for bad input or usage. */
    static final int BAD_INPUT = 2;
    /** Exit status for an internal error, a bug. */
    static final int INTERNAL = 1;
    /** Exit status of {@code report --fail-on} when findings of that severity exist. */
    static final int FINDINGS = 3;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        boolean debug = parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"))
                || parsed.hasMatchedOption("--debug");
        if (e instanceof InputException) {
            err.println("clausealign: " + Terminal.safe(e.getMessage()));
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return BAD_INPUT;
        }
        err.println("clausealign: internal error: " + Terminal.safe(e.toString()));
        if (debug) {
            e.printStackTrace(err);
        } else {
            err.println("Run again with --debug for details, and please report it.");
        }
        err.flush();
        return INTERNAL;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("clausealign: " + Terminal.safe(e.getMessage()));
        if (!(e.getCause() instanceof IllegalArgumentException)) {
            err.println("Run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage.");
        }
        err.flush();
        return BAD_INPUT;
    }
}
