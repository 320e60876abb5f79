package org.clausealign.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.clausealign.ClauseAlign;
import org.clausealign.ReadOptions;
import org.clausealign.TestData;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;

/**
 * The MOC splits into the clauses of testdata/moc/expected-clauses.tsv, an answer key made by
 * reading the seed by hand: ids, labels and the start of each clause's text, in order.
 */
class MocSplitTest {
    /** language → rows "id | label | text start", in document order. */
    private static Map<Language, List<String>> expected() throws IOException {
        Map<Language, List<String>> rows = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(TestData.path("moc/expected-clauses.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            rows.computeIfAbsent(Language.of(f[0]), l -> new ArrayList<>()).add(f[1] + " | " + f[2] + " | " + f[3]);
        }
        return rows;
    }

    private static List<String> actual(LanguageVersion version) {
        return version.clauses().stream()
                .map(c -> c.id() + " | " + c.label() + " | "
                        + c.text().substring(0, Math.min(20, c.text().length())).stripTrailing())
                .collect(Collectors.toList());
    }

    private static void assertMatchesKey(ParallelDocument document) throws IOException {
        Map<Language, List<String>> expected = expected();
        assertEquals(List.copyOf(expected.keySet()), document.languages());
        for (LanguageVersion version : document.versions()) {
            assertEquals(String.join("\n", expected.get(version.language())), String.join("\n", actual(version)),
                    version.language() + " clauses");
        }
    }

    @Test
    void combinedFileSplitsIntoTheHandCheckedClausesOfEachLanguage() throws IOException {
        ParallelDocument moc = ClauseAlign.read(TestData.moc());
        assertMatchesKey(moc);
        for (LanguageVersion version : moc.versions()) {
            assertEquals(67, version.clauses().size(), version.language() + " clause count");
        }
    }

    @Test
    void threeSeparateFilesSplitLikeTheCombinedOne() throws IOException {
        assertMatchesKey(ClauseAlign.read(List.of(TestData.path("moc/moc-ja.txt"), TestData.path("moc/moc-en.txt"),
                TestData.path("moc/moc-fr.txt")), ReadOptions.DEFAULTS));
    }

    @Test
    void shiftJisWithCrlfSplitsLikeUtf8() throws IOException {
        ParallelDocument ja = ClauseAlign.read(TestData.path("moc/moc-ja-sjis-crlf.txt"));
        assertEquals(List.of(Language.JA), ja.languages());
        assertEquals(String.join("\n", expected().get(Language.JA)), String.join("\n", actual(ja.versions().get(0))));
    }
}
