package org.clausealign.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clausealign.ClauseAlign;
import org.clausealign.TestData;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;

/**
 * The queries of testdata/search/queries.tsv (plural and singular, elision, accents and none,
 * full-width input, Japanese compounds, phrases) find their clause near the top: mean reciprocal
 * rank at least 0.9, each query's expected clause in the top three.
 */
class RelevanceTest {
    @Test
    void queriesInThreeLanguagesFindTheClauseATranslatorExpects() throws IOException {
        List<String[]> queries = new ArrayList<>();
        for (String line : Files.readAllLines(TestData.path("search/queries.tsv"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.startsWith("language\t") && !line.isBlank()) {
                queries.add(line.split("\t"));
            }
        }
        assertTrue(queries.size() >= 30, queries.size() + " queries");
        double reciprocal = 0;
        List<String> misses = new ArrayList<>();
        try (ClauseIndex index = ClauseIndex.inMemory()) {
            index.add("moc", ClauseAlign.align(ClauseAlign.read(TestData.moc())));
            index.commit();
            for (String[] q : queries) {
                SearchResults results = index.search(q[1], SearchOptions.DEFAULTS.withLanguage(Language.of(q[0])));
                int rank = 0;
                for (int i = 0; i < results.hits().size(); i++) {
                    if (results.hits().get(i).clause().equals(q[2])) {
                        rank = i + 1;
                        break;
                    }
                }
                reciprocal += rank == 0 ? 0 : 1.0 / rank;
                if (rank != 1) {
                    misses.add(q[0] + " " + q[1] + " → " + q[2] + " at rank " + (rank == 0 ? "none" : rank) + ", first "
                            + (results.hits().isEmpty() ? "nothing" : results.hits().get(0).clause()));
                }
                assertTrue(rank >= 1 && rank <= 3, q[1] + ": " + misses);
            }
        }
        double mrr = reciprocal / queries.size();
        System.out.printf(Locale.ROOT, "MRR %.3f over %d queries; not first: %s%n", mrr, queries.size(), misses);
        assertTrue(mrr >= 0.9, "MRR " + mrr + " " + misses);
    }
}
