package org.clausealign.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code clausealign} command: one subcommand per job. */
@Command(name = "clausealign",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {"Checks that the language versions of one legal text say the same thing. Reads Japanese,"
                + " English and French versions (in one file or one file each), splits them into their"
                + " numbered clauses and shows them side by side.",
            "",
            "Start with 'clausealign demo'."},
        subcommands = {DemoCommand.class, SplitCommand.class, AlignCommand.class, IndexCommand.class,
            SearchCommand.class, ReportCommand.class, DiffCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Exit status:",
            "  0  success",
            "  1  internal error (a bug: please report it)",
            "  2  bad input or usage",
            "  3  'report --fail-on' found findings of that severity or worse",
            "", "Run 'clausealign COMMAND --help' for the options of a command."})
public final class Main implements Runnable {
    /**
     * Lucene logs once that the JDK's incubating vector API is not enabled; users can do nothing
     * about it, and it would mix into every command's error output. Held here because the logging
     * framework forgets the level of a logger nobody references.
     */
    private static final java.util.logging.Logger LUCENE_NOTICES =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** @param args the command line */
    public static void main(String[] args) {
        LUCENE_NOTICES.setLevel(java.util.logging.Level.SEVERE);
        System.exit(commandLine().execute(args));
    }

    /** @return the configured command line, also used by tests */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler(new Errors());
        commandLine.setParameterExceptionHandler(new Errors());
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"clausealign " + (version == null ? "(development build)" : version)};
        }
    }
}
