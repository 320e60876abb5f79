package org.clausealign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the input holds cannot act on the user's terminal or spreadsheet. */
class SafeOutputTest {
    @TempDir
    Path dir;
    private String en;
    private String fr;

    @BeforeEach
    void hostileVersions() throws IOException {
        en = Files.writeString(dir.resolve("en.txt"), """
                1. Objective
                (a) =cmd|' /C calc'!A0 is the formula the parties shall apply to the agreement.
                (b) The parties \u001b[2J\u001b]0;pwned\u0007 shall cooperate \u009b31m in the field of the agreement.
                2. Scope
                This agreement applies to the cooperation of the parties in the fields of research, trade and
                investment, and to the exchange of information between the parties on the supply chains of
                batteries and of the critical minerals they are made of, as the parties decide together.
                """).toString();
        fr = Files.writeString(dir.resolve("fr.txt"), """
                1. Objet
                (a) =cmd|' /C calc'!A0 est la formule que les parties appliquent à l'accord.
                (b) Les parties \u001b[2J coopèrent dans le domaine de l'accord.
                2. Portée
                Le présent accord s'applique à la coopération des parties dans les domaines de la recherche, du
                commerce et de l'investissement, et à l'échange d'informations entre les parties sur les chaînes
                d'approvisionnement en batteries et en minéraux critiques, comme les parties en décident ensemble.
                """).toString();
    }

    @Test
    void aFormulaCellInTsvIsWrittenAsText() {
        CliRun run = CliRun.of("align", en, fr, "--lang", "en,fr", "--format", "tsv");
        assertEquals(0, run.status(), run.err());
        String row = run.out().lines().filter(l -> l.startsWith("1.a\t")).findFirst().orElseThrow();
        String[] cells = row.split("\t");
        assertEquals("'=cmd|' /C calc'!A0 is the formula the parties shall apply to the agreement.", cells[3], row);
        assertEquals("'=cmd|' /C calc'!A0 est la formule que les parties appliquent à l'accord.", cells[4], row);
    }

    @Test
    void escapeSequencesInTheInputNeverReachTheTerminal() {
        for (String command : new String[] {"split", "align"}) {
            CliRun run = CliRun.of(command, en, fr, "--lang", "en,fr");
            assertEquals(0, run.status(), run.err());
            assertTrue(run.out().contains("The parties \uFFFD[2J\uFFFD]0;pwned\uFFFD shall cooperate \uFFFD31m"),
                    command + ": " + run.out());
            assertFalse(run.out().chars().anyMatch(c -> Character.isISOControl(c) && c != '\n'), command + ": " + run.out());
        }
        CliRun report = CliRun.of("report", en, fr, "--lang", "en,fr", "--min-severity", "info");
        assertEquals(0, report.status(), report.err());
        assertFalse(report.out().chars().anyMatch(c -> Character.isISOControl(c) && c != '\n'), report.out());
    }

    @Test
    void aFileKeepsTheTextAsItIs() throws IOException {
        Path out = dir.resolve("clauses.txt");
        assertEquals(0, CliRun.of("split", en, fr, "--lang", "en,fr", "-o", out.toString()).status());
        assertTrue(Files.readString(out).contains("\u001b[2J"));
    }
}
