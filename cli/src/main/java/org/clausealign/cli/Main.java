package org.clausealign.cli;

import java.util.List;
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

    /** The subcommands, in the order the help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(DemoCommand.class, SplitCommand.class, AlignCommand.class,
            IndexCommand.class, SearchCommand.class, ReportCommand.class, DiffCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** @param args the command line */
    public static void main(String[] args) {
        LUCENE_NOTICES.setLevel(java.util.logging.Level.SEVERE);
        System.exit(commandLine(args).execute(args));
    }

    /** @return the configured command line with every subcommand, also used by tests */
    static CommandLine commandLine() {
        return withSubcommands(SUBCOMMANDS);
    }

    /**
     * The command line that runs these arguments. When they start with a subcommand's name, only
     * that subcommand is added: picocli reads a command's annotations, options and help texts when
     * it is added, a sixth of a search's start-up for all of them. Anything else (no arguments,
     * an option, {@code help}, a misspelt name) gets every subcommand, for the help and the
     * suggestions that list them.
     *
     * @param args the arguments about to be executed
     * @return the configured command line
     */
    static CommandLine commandLine(String... args) {
        for (Class<?> subcommand : SUBCOMMANDS) {
            if (args.length > 0 && subcommand != CommandLine.HelpCommand.class
                    && subcommand.getAnnotation(Command.class).name().equals(args[0])) {
                return withSubcommands(List.of(subcommand));
            }
        }
        return withSubcommands(SUBCOMMANDS);
    }

    private static CommandLine withSubcommands(List<Class<?>> subcommands) {
        CommandLine commandLine = new CommandLine(new Main());
        subcommands.forEach(commandLine::addSubcommand);
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
