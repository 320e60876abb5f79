package org.clausealign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The benchmark harness runs at a tiny size and reports every stage, so that it cannot rot. */
class BenchCommandTest {
    @Test
    void reportsEveryStageRatiosSearchLatencyAndHeap() {
        CliRun run = CliRun.of("bench", "--sizes", "26,130", "--repetitions", "1");
        assertEquals(0, run.status(), run.err());
        for (String stage : new String[] {"read+split", "align", "align-unnumbered", "index", "analysis-only",
                "plain-lucene"}) {
            assertEquals(2, run.out().lines().filter(l -> l.matches(java.util.regex.Pattern.quote(stage) + " +[0-9,]+ .*"))
                    .count(), stage + " in\n" + run.out());
        }
        assertTrue(run.out().contains("align growth per 10× size"), run.out());
        assertTrue(run.out().contains("whole pipeline / analysis only = "), run.out());
        assertTrue(run.out().contains("whole pipeline / plain Lucene = "), run.out());
        assertEquals(2, run.out().lines().filter(l -> l.startsWith("search over ")).count(), run.out());
        assertEquals(2, run.out().lines().filter(l -> l.startsWith("peak heap at ")).count(), run.out());
        assertTrue(run.err().contains("bench: size 130: index"), run.err());
    }

    @Test
    void jsonHasOneResultPerStageAndSize() {
        CliRun run = CliRun.of("bench", "--sizes", "26", "--repetitions", "1", "--format", "json");
        assertEquals(0, run.status(), run.err());
        assertEquals(6, run.out().split("\\{\"stage\":").length - 1, run.out());
        assertTrue(run.out().contains("\"search\":[{\"clauses\":"), run.out());
    }

    @Test
    void tooSmallSizesAreUsageErrors() {
        CliRun run = CliRun.of("bench", "--sizes", "5");
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("clausealign: sizes must be at least 13 clauses"), run.err());
    }
}
