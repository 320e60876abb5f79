package org.clausealign.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.clausealign.ClauseAlign;
import org.clausealign.ReadOptions;
import org.clausealign.TestData;
import org.clausealign.clause.Clause;
import org.clausealign.clause.ParallelDocument;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;

/** The real external texts align: every article paragraph and every licence clause with its two translations. */
class AnswerKeyAlignmentTest {
    private static Alignment align(String folder) {
        ParallelDocument document = ClauseAlign.read(List.of(TestData.path(folder + "/ja.txt"),
                TestData.path(folder + "/en.txt"), TestData.path(folder + "/fr.txt")), ReadOptions.DEFAULTS);
        return ClauseAlign.align(document);
    }

    private static String members(ClauseGroup group) {
        return group.clauses().entrySet().stream()
                .map(e -> e.getKey().code() + ":" + e.getValue().stream().map(Clause::id).collect(Collectors.joining(",")))
                .collect(Collectors.joining(" "));
    }

    @Test
    void everyUniversalDeclarationArticleParagraphLandsWithItsTranslations() {
        Alignment alignment = align("udhr");
        long articleGroups = 0;
        for (ClauseGroup group : alignment.groups()) {
            String id = group.id();
            if (Character.isDigit(id.charAt(0))) {
                articleGroups++;
                assertEquals("ja:" + id + " en:" + id + " fr:" + id, members(group));
            }
        }
        assertEquals(30 + 50, articleGroups, "30 articles and their 50 paragraphs");
    }

    @Test
    void universalDeclarationPreambleKeepsItsMergedAndMissingRecitalsInPlace() {
        Alignment alignment = align("udhr");
        String preamble = alignment.groups().stream().filter(g -> !Character.isDigit(g.id().charAt(0)))
                .map(AnswerKeyAlignmentTest::members).collect(Collectors.joining("\n"));
        System.out.println(preamble);
        // ja merges the 4th and 5th whereas-clauses; en and fr keep them apart.
        assertTrue(preamble.contains("ja:recital.4 en:recital.4,recital.5 fr:recital.4,recital.5"), preamble);
        // The recitals after the merge are not shifted.
        assertTrue(preamble.contains("ja:recital.5 en:recital.6 fr:recital.6"), preamble);
        assertTrue(preamble.contains("ja:recital.6 en:recital.7 fr:recital.7"), preamble);
        assertTrue(preamble.contains("ja:formula en:formula fr:formula"), preamble);
    }

    @Test
    void everyCreativeCommonsClauseLandsWithItsTranslations() {
        Alignment alignment = align("cc-by-4.0");
        assertEquals(71, alignment.groups().size());
        for (ClauseGroup group : alignment.groups()) {
            String id = group.id();
            assertEquals("ja:" + id + " en:" + id + " fr:" + id, members(group));
            assertTrue(group.clauses(Language.FR).size() == 1);
        }
    }
}
