package org.clausealign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void helpListsTheCommands() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.status());
        assertTrue(run.out().contains("demo") && run.out().contains("split"), run.out());
        assertTrue(run.out().contains("Exit status:\n  0  success\n  1  internal error (a bug: please report it)\n"
                + "  2  bad input or usage\n  3  'report --fail-on' found findings of that severity or worse\n"), run.out());
    }

    @Test
    void aCommandNamedFirstIsTheOnlyOneReadAndItsHelpIsTheSame() {
        assertEquals(java.util.Set.of("search"), Main.commandLine("search", "x").getSubcommands().keySet());
        assertEquals(Main.commandLine().getSubcommands().get("search").getUsageMessage(),
                Main.commandLine("search", "--help").getSubcommands().get("search").getUsageMessage());
        // The help, an option or a misspelt command need every command, to list or suggest them.
        for (String first : new String[] {"help", "--help", "serch"}) {
            assertEquals(Main.commandLine().getSubcommands().keySet(), Main.commandLine(first).getSubcommands().keySet(), first);
        }
    }

    @Test
    void noCommandPrintsTheUsage() {
        CliRun run = CliRun.of();
        assertEquals(0, run.status());
        assertTrue(run.out().startsWith("Usage: clausealign"), run.out());
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        CliRun run = CliRun.of("frobnicate");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("Unmatched argument"), run.err());
    }

    @Test
    void demoShowsTheBundledMocClauseByClauseInThreeLanguages() {
        java.nio.file.Path html = java.nio.file.Path.of("target", "demo-report.html");
        CliRun run = CliRun.of("demo", "--html", html.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("Versions found:  ja (67 clauses)  en (67 clauses)  fr (67 clauses)"), run.out());
        assertTrue(run.out().contains("Aligned into 67 clause groups"), run.out());
        String rest = run.out().substring(run.out().indexOf("side by side: ") + 14);
        String page = rest.substring(0, rest.indexOf('\n'));
        assertTrue(java.nio.file.Files.exists(java.nio.file.Path.of(java.net.URI.create(page))), page);
        assertTrue(run.out().contains("Where the versions may not say the same thing (6 findings):\n  warning  FOIP in the en"),
                run.out());
        assertTrue(run.out().contains("  Indigenous peoples  →  2(c)(v) (en): promoting the establishment"), run.out());
        // Side by side: the groups the findings are about (FOIP and "minéraux essentiels" in
        // recital 11, the full stop in 2(c)(ii)…), not all 67, so the findings stay in view.
        assertTrue(run.out().contains("Side by side, the groups the report below is about (all 67 are in the HTML report):"
                + "\nRecital 11  ["), run.out());
        assertTrue(run.out().contains("\n2(c)(vi)  ["), run.out());
        assertTrue(run.out().contains("\n  fr  promouvoir l'utilisation des énergies renouvelables pour la mise en valeur"),
                run.out());
        assertFalse(run.out().contains("\n2(c)(vii)  ["), run.out());
        assertTrue(run.out().lines().count() < 50, run.out());
    }
}
