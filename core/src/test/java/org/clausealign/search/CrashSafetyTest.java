package org.clausealign.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.clausealign.ClauseAlign;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed while it indexes leaves an index that opens, holds exactly the documents of its
 * last commit, and takes new documents: the lock dies with the process (Lucene's native file lock).
 */
class CrashSafetyTest {
    private static final int CLAUSES_PER_DOCUMENT = 2;
    private static final int DOCUMENTS_PER_COMMIT = 10;

    @TempDir
    Path dir;

    @Test
    void anIndexOutlivesItsWriterBeingKilledAgainAndAgain() throws Exception {
        int floor = 0;
        for (int round = 1; round <= 3; round++) {
            Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                    System.getProperty("java.class.path"), CrashingIndexer.class.getName(), dir.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int seen = 0;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; seen < 50 && (line = out.readLine()) != null; ) {
                    seen = Integer.parseInt(line.substring("committed ".length()));
                }
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child process ended");
            assertTrue(seen >= 50, "the child committed before it was killed");

            try (ClauseIndex index = ClauseIndex.open(dir)) {
                int clauses = index.clauseCount();
                // Each round's child starts again at doc0, replacing the earlier rounds' documents.
                assertTrue(clauses >= Math.max(floor, seen * CLAUSES_PER_DOCUMENT), clauses + " clauses after round " + round);
                assertEquals(0, clauses % (CLAUSES_PER_DOCUMENT * DOCUMENTS_PER_COMMIT), "only whole commits: " + clauses);
                floor = clauses;
                index.add("after-crash", ClauseAlign.align(ClauseAlign.parse("1. Resumed\n(a) Indexing resumes.\n",
                        "after", List.of(Language.EN))));
                index.commit();
                assertEquals(clauses + CLAUSES_PER_DOCUMENT, index.clauseCount());
                index.delete("after-crash");
                index.commit();
            }
        }
    }
}
