package org.clausealign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Help texts are wrapped once, by picocli at the terminal's width: a paragraph is one string, and
 * a table row or an example is short enough never to be wrapped.
 */
class HelpTextTest {
    private static final int WIDTH = 80;

    private static List<CommandLine> commands() {
        List<CommandLine> all = new ArrayList<>();
        CommandLine main = Main.commandLine();
        all.add(main);
        all.addAll(main.getSubcommands().values().stream().filter(c -> !c.getCommandName().equals("help")).toList());
        return all;
    }

    /** The description and footer lines of a command and the description lines of its options. */
    private static List<String> texts(CommandSpec spec) {
        List<String> texts = new ArrayList<>(List.of(spec.usageMessage().description()));
        texts.addAll(List.of(spec.usageMessage().footer()));
        spec.options().forEach(o -> texts.addAll(List.of(o.description())));
        spec.positionalParameters().forEach(p -> texts.addAll(List.of(p.description())));
        return texts;
    }

    private static int columns(String line) {
        // Japanese characters take two columns on a terminal.
        return line.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || c >= 0x3000 && c <= 0x30FF || c >= 0xFF01 && c <= 0xFF60 ? 2 : 1).sum();
    }

    @Test
    void tablesAndExamplesFitTheWidthAndAreNeverWrapped() {
        for (CommandLine command : commands()) {
            command.setUsageHelpWidth(WIDTH);
            List<String> rendered = command.getUsageMessage().lines().map(String::stripTrailing).toList();
            for (String line : texts(command.getCommandSpec())) {
                if (line.startsWith(" ") && !line.isBlank()) {
                    assertTrue(columns(line) <= WIDTH, command.getCommandName() + ": too wide: " + line);
                    assertTrue(rendered.contains(line.stripTrailing()), command.getCommandName() + ": wrapped: " + line);
                }
            }
        }
    }

    @Test
    void paragraphsAreWholeSentencesForPicocliToWrap() {
        List<String> fragments = new ArrayList<>();
        for (CommandLine command : commands()) {
            for (String line : texts(command.getCommandSpec())) {
                boolean paragraph = !line.isBlank() && !line.startsWith(" ");
                if (paragraph && !Stream.of(".", ":", ")", "?").anyMatch(line.stripTrailing()::endsWith)) {
                    fragments.add(command.getCommandName() + ": " + line);
                }
            }
        }
        assertEquals(List.of(), fragments);
    }
}
