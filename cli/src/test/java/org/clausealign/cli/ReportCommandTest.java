package org.clausealign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReportCommandTest {
    private static final String MOC = CliRun.testdata("moc/000_220169e4c12b3807.txt");

    @Test
    void reportsTheMocsFindingsWithEvidence() {
        CliRun run = CliRun.of("report", MOC);
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("2(c)(ii)\n  warning [punctuation]  In the fr version, 2(c)(ii) ends with \".\" "
                + "where the other items of its list end with \";\".\n      fr  collaborer en cas d'urgence"), run.out());
        assertTrue(run.out().endsWith("6 findings: 0 errors, 6 warnings, 0 info.\n"), run.out());
    }

    @Test
    void jsonListsFindingsAndSeverityFiltersThem() {
        CliRun json = CliRun.of("report", MOC, "--format", "json", "--min-severity", "error");
        assertEquals(new CliRun(0, "{\"documents\":[\"" + MOC + "\"],\"summary\":{\"error\":0,\"warning\":0,\"info\":0},"
                + "\"findings\":[]}\n", ""), json);
        CliRun info = CliRun.of("report", MOC, "--format", "json", "--min-severity", "info");
        assertTrue(info.out().contains("\"summary\":{\"error\":0,\"warning\":6,\"info\":"), info.out());
        assertTrue(info.out().contains("{\"check\":\"number\",\"severity\":\"info\",\"clause\":\"closing\",\"label\":\"Closing\""),
                info.out());
        CliRun bad = CliRun.of("report", MOC, "--min-severity", "loud");
        assertEquals(2, bad.status());
        assertTrue(bad.err().startsWith("clausealign: --min-severity must be info, warning or error, not 'loud'"), bad.err());
    }

    @Test
    void failOnGivesStatusThreeWhenFindingsOfThatSeverityExist() {
        // 3, not 1 (an internal error) nor 2 (bad input): scripts can tell the three apart.
        assertEquals(3, CliRun.of("report", MOC, "--fail-on", "warning").status());
        assertEquals(0, CliRun.of("report", MOC, "--fail-on", "error").status());
        assertEquals(0, CliRun.of("report", MOC, "--checks", "number,date", "--fail-on", "warning").status());
        CliRun unknown = CliRun.of("report", MOC, "--checks", "spelling");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().startsWith("clausealign: no check is called 'spelling'"), unknown.err());
    }

    @Test
    void thresholdsAreOptionsAndOutOfRangeValuesAreRefused() {
        // A threshold of 1 deviation flags ordinary variation; the default reports no length finding.
        CliRun strict = CliRun.of("report", MOC, "--checks", "length", "--length-outlier", "1");
        assertTrue(strict.out().contains("[length]"), strict.out());
        assertTrue(CliRun.of("report", MOC, "--checks", "length").out().startsWith("No discrepancies found"));
        assertTrue(CliRun.of("report", MOC, "--checks", "terminology", "--term-occurrences", "9").out().startsWith("No discrepancies found"));
        CliRun bad = CliRun.of("report", MOC, "--term-occurrences", "1");
        assertEquals(2, bad.status());
        assertTrue(bad.err().startsWith("clausealign: --term-occurrences must be at least 2, not 1"),
                bad.err());
        CliRun negative = CliRun.of("report", MOC, "--length-outlier", "-1");
        assertEquals(2, negative.status());
        assertTrue(negative.err().startsWith("clausealign: --length-outlier must be above 0, not -1.0"), negative.err());
    }

    @Test
    void csvHasOneRowPerFinding() {
        String[] rows = CliRun.of("report", MOC, "--format", "csv").out().split("\r\n");
        assertEquals("check,severity,clause,label,languages,message", rows[0]);
        assertEquals(7, rows.length);
        assertTrue(rows[5].startsWith("\"punctuation\",\"warning\",\"2.c.ii\",\"2(c)(ii)\",\"fr\",\"In the fr version"), rows[5]);
    }
}
