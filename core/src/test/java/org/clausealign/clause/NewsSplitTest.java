package org.clausealign.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clausealign.ClauseAlign;
import org.clausealign.TestData;
import org.clausealign.lang.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** News articles are not legal texts: they split into plain paragraphs, in their one language. */
class NewsSplitTest {
    /**
     * 001 and 002 are web pages with one paragraph per line (13 and 20 lines of text); 003 is a
     * web page whose paragraphs are mostly single lines (61 lines of text); 004 is a PDF digest
     * hard-wrapped at about 40 characters (2,083 lines), whose paragraphs span several lines.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "001_86d127e91bd75ce0.txt, ja, 13, 13",
        "002_36e33636a7e80b9b.txt, en, 20, 20",
        "003_d3df3ab548368551.txt, ja, 50, 61",
        "004_b7322cc46485eb27.txt, ja, 150, 700",
    })
    void newsArticlesSplitIntoParagraphs(String file, String language, int fewest, int most) {
        ParallelDocument news = ClauseAlign.read(TestData.path("news/" + file));
        assertEquals(List.of(Language.of(language)), news.languages());
        LanguageVersion version = news.versions().get(0);
        int paragraphs = version.clauses().size();
        assertTrue(paragraphs >= fewest && paragraphs <= most, paragraphs + " paragraphs");
        int end = 0;
        for (int i = 0; i < version.clauses().size(); i++) {
            Clause clause = version.clauses().get(i);
            assertEquals("p." + (i + 1), clause.id());
            assertTrue(clause.start() >= end, "clauses follow one another: " + clause.id());
            assertTrue(!clause.text().isBlank(), clause.id() + " has text");
            end = clause.end();
        }
        assertTrue(end <= version.source().text().length());
    }
}
