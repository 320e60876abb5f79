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
        assertTrue(run.out().contains("warning  2(c)(ii)  [punctuation]  In the fr version, 2(c)(ii) ends with \".\" "
                + "where the other items of its list end with \";\".\n    fr  collaborer en cas d'urgence"), run.out());
        assertTrue(run.out().endsWith("3 findings, 0 errors.\n"), run.out());
    }

    @Test
    void jsonListsFindingsAndSeverityFiltersThem() {
        CliRun json = CliRun.of("report", MOC, "--format", "json", "--severity", "error");
        assertEquals(new CliRun(0, "{\"findings\":[]}\n", ""), json);
        CliRun info = CliRun.of("report", MOC, "--format", "json", "--severity", "info");
        assertTrue(info.out().contains("{\"check\":\"number\",\"severity\":\"info\",\"group\":\"closing\""), info.out());
        CliRun bad = CliRun.of("report", MOC, "--severity", "loud");
        assertEquals(2, bad.status());
        assertTrue(bad.err().startsWith("clausealign: --severity must be info, warning or error, not 'loud'"), bad.err());
    }
}
