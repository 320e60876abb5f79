package org.clausealign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The benchmark harness runs at a tiny size and reports every stage, so that it cannot rot. */
class BenchCommandTest {
    @Test
    void reportsEveryStageRatiosSearchLatencyAndHeap() {
        CliRun run = CliRun.of("bench", "--sizes", "26,130", "--repetitions", "1");
        assertEquals(0, run.status(), run.err());
        for (String stage : new String[] {"read+split", "align", "align-unnumbered", "index", "index-only",
                "analysis-only", "plain-lucene"}) {
            assertEquals(2, run.out().lines().filter(l -> l.matches(Pattern.quote(stage) + " +[0-9,]+ .*"))
                    .count(), stage + " in\n" + run.out());
        }
        assertTrue(run.out().contains("align growth per 10× size"), run.out());
        assertTrue(run.out().contains("whole pipeline / analysis only = "), run.out());
        assertTrue(run.out().contains("whole pipeline / plain Lucene = "), run.out());
        assertTrue(run.out().contains("index only / plain Lucene = "), run.out());
        assertTrue(run.out().contains("CPU: whole pipeline / plain Lucene = "), run.out());
        // Every stage did work, so its CPU column is above zero.
        Matcher cpu = Pattern.compile("(?m)^plain-lucene +130 +[0-9.]+ +[0-9.]+–[0-9.]+ +([0-9.]+) ").matcher(run.out());
        assertTrue(cpu.find(), run.out());
        assertTrue(Double.parseDouble(cpu.group(1)) > 0, run.out());
        // Every clause is indexed in its language as plain Lucene indexes it, plus the exact field
        // (and Japanese bigrams): the clause index must hold more tokens, and neither none.
        Matcher tokens = Pattern.compile("tokens indexed at 130 clauses/lang: clause index ([0-9,]+), plain Lucene ([0-9,]+)")
                .matcher(run.out());
        assertTrue(tokens.find(), run.out());
        long clauseIndex = Long.parseLong(tokens.group(1).replace(",", ""));
        long plain = Long.parseLong(tokens.group(2).replace(",", ""));
        assertTrue(plain > 0 && clauseIndex > plain, run.out());
        assertEquals(2, run.out().lines().filter(l -> l.startsWith("search over ")).count(), run.out());
        assertEquals(2, run.out().lines().filter(l -> l.startsWith("peak heap at ")).count(), run.out());
        assertTrue(run.err().contains("bench: size 130: index"), run.err());
    }

    @Test
    void jsonHasOneResultPerStageAndSize() {
        CliRun run = CliRun.of("bench", "--sizes", "26", "--repetitions", "1", "--format", "json");
        assertEquals(0, run.status(), run.err());
        assertEquals(7, run.out().split("\\{\"stage\":").length - 1, run.out());
        assertTrue(run.out().contains("\"search\":[{\"clauses\":"), run.out());
        assertTrue(run.out().contains("\"tokens\":[{\"clauses\":26,\"clauseIndex\":"), run.out());
    }

    @Test
    void indexFolderComparesClausealignIndexInANewJvmWithPlainLuceneWarmAndInANewJvmAndItsFirstSteps() {
        CliRun run = CliRun.of("bench", "--index-folder", "1", "--repetitions", "1");
        assertEquals(0, run.status(), run.err());
        // 1 MB is a short run: both new JVMs get C1 alone, as the launcher would start them.
        assertTrue(run.out().contains("C1 alone below 32 MB as the launcher runs it"), run.out());
        for (String corpus : new String[] {"moc", "mixed"}) {
            for (String tool : new String[] {"clausealign", "plain Lucene", "plain Lucene, new JVM", "only read\\+split",
                    "only read\\+split\\+align"}) {
                Matcher row = Pattern.compile("(?m)^" + corpus + " +1\\.[0-9] +([0-9]+) +" + tool
                        + " +[0-9.]+ +[0-9.]+ +[0-9.]+ +([0-9.]+) +([0-9]+)$").matcher(run.out());
                assertTrue(row.find(), corpus + " " + tool + " in\n" + run.out());
                // About 1 MB of 39 KB MOCs, or of MOCs, acts and licences in turn.
                assertTrue(Integer.parseInt(row.group(1)) >= 20, run.out());
                assertTrue(Double.parseDouble(row.group(2)) > 0 && Integer.parseInt(row.group(3)) > 0, run.out());
            }
        }
        assertTrue(Pattern.compile("moc 1\\.0 MB: clausealign / plain Lucene MB/s = [0-9.]+; CPU = [0-9.]+×; "
                + "against plain Lucene in a new JVM: MB/s = [0-9.]+; CPU = [0-9.]+×").matcher(run.out()).find(), run.out());
        // The first steps alone did real work, less than the whole: reading and splitting cost less
        // than aligning too, and less than indexing; the summary line names the table's figures.
        double whole = cpuSeconds(run.out(), "clausealign");
        double readSplit = cpuSeconds(run.out(), "only read\\+split");
        double readSplitAlign = cpuSeconds(run.out(), "only read\\+split\\+align");
        assertTrue(readSplit > 0 && readSplit < readSplitAlign && readSplit < whole, run.out());
        Matcher steps = Pattern.compile("(?m)^moc 1\\.0 MB: .*\n  of clausealign's ([0-9.]+) CPU s: starting, reading and "
                + "splitting ([0-9.]+), aligning (-?[0-9.]+), indexing (-?[0-9.]+); starting, reading and splitting alone take "
                + "[0-9.]+× warm plain Lucene's time$").matcher(run.out());
        assertTrue(steps.find(), run.out());
        double[] expected = {whole, readSplit, readSplitAlign - readSplit, whole - readSplitAlign};
        for (int i = 0; i < expected.length; i++) {
            // The table has two decimals, the line one: both rounded from the same measurement.
            assertEquals(expected[i], Double.parseDouble(steps.group(i + 1)), 0.07, steps.group());
        }
        Matcher tokens = Pattern.compile("clause index (.*) = [0-9,]+; plain Lucene text_en [0-9,]+, text_fr [0-9,]+, "
                + "text_ja [0-9,]+ = [0-9,]+").matcher(run.out());
        assertTrue(tokens.find(), run.out());
        assertTrue(tokens.group(1).contains("bigram_ja") && tokens.group(1).contains("number"), tokens.group(1));
    }

    /** @return the CPU seconds of the moc corpus's row for the tool, in the index-folder table */
    private static double cpuSeconds(String out, String tool) {
        Matcher row = Pattern.compile("(?m)^moc +1\\.[0-9] +[0-9]+ +" + tool + " +[0-9.]+ +[0-9.]+ +[0-9.]+ +([0-9.]+) +[0-9]+$")
                .matcher(out);
        assertTrue(row.find(), tool + " in\n" + out);
        return Double.parseDouble(row.group(1));
    }

    @Test
    void indexDocumentIndexesOneTrilingualTreatyInANewJvmAndReportsItsLiveHeapPerByte() throws IOException {
        List<String> before = benchFolders();
        CliRun run = CliRun.of("bench", "--index-document", "1");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("in a new JVM (-Xmx4g, a heap large enough not to limit it"), run.out());
        Matcher row = Pattern.compile("(?m)^ +(1\\.[0-9]) +([0-9]+) +([0-9,]+) +([0-9,]+) +[0-9.]+ +([0-9.]+) +([0-9]+) "
                + "+([0-9.]+)×$").matcher(run.out());
        assertTrue(row.find(), run.out());
        // The three files are the versions of one document, and every clause of every version is indexed.
        assertEquals(1, Integer.parseInt(row.group(2)), run.out());
        int perLanguage = Integer.parseInt(row.group(3).replace(",", ""));
        assertEquals(0, perLanguage % 13, run.out());
        assertEquals(3 * perLanguage, Integer.parseInt(row.group(4).replace(",", "")), run.out());
        double megabytes = Double.parseDouble(row.group(1));
        double heap = Integer.parseInt(row.group(6));
        assertTrue(Double.parseDouble(row.group(5)) > 0 && heap > 0, run.out());
        // Both rounded: the multiple agrees with heap MB over MB to within their rounding.
        assertEquals(heap / megabytes, Double.parseDouble(row.group(7)), heap / megabytes * 0.1, run.out());
        assertTrue(run.out().contains("a single document of " + row.group(1) + " MB needs about "), run.out());
        assertEquals(before, benchFolders(), "the stage deletes its folders");
    }

    /** @return the folders the document stage makes in the system's temporary folder */
    private static List<String> benchFolders() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("clausealign-bench-document"))
                    .sorted().toList();
        }
    }

    @Test
    void indexDocumentSizesOverTheInputLimitAreUsageErrors() {
        CliRun run = CliRun.of("bench", "--index-document", "8,100");
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("clausealign: --index-document sizes must be from 1 to 64 MB"), run.err());
    }

    @Test
    void tooSmallSizesAreUsageErrors() {
        CliRun run = CliRun.of("bench", "--sizes", "5");
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("clausealign: sizes must be at least 13 clauses"), run.err());
    }
}
