package org.clausealign.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clausealign.ClauseAlign;
import org.clausealign.ReadOptions;
import org.clausealign.TestData;
import org.clausealign.clause.ParallelDocument;
import org.clausealign.lang.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Texts swapped under kept labels are told by their content: both clauses are displaced, each
 * naming the other, and neither group keeps a confidence of 0.9; faithful texts have no clause
 * displaced.
 */
class ContentAgreementTest {
    private static ParallelDocument read(String folder) {
        return folder.equals("moc") ? ClauseAlign.read(TestData.moc())
                : ClauseAlign.read(List.of(TestData.path(folder + "/ja.txt"), TestData.path(folder + "/en.txt"),
                        TestData.path(folder + "/fr.txt")), ReadOptions.DEFAULTS);
    }

    @ParameterizedTest
    @CsvSource({"moc, fr, 2.c.vii, 2.c.viii", "moc, ja, 3.a.ii, 3.a.iii", "moc, en, 4.a.i, 4.a.ii",
        "cc-by-4.0, fr, 2.a.1, 2.a.2", "cc-by-4.0, ja, 1.a, 1.b", "cc-by-nc-4.0, en, 1.d, 1.e",
        "cc-by-nc-4.0, fr, 4.a, 4.b", "moc, fr, 1.a, 1.b", "moc, en, 6.a.i, 6.a.ii", "udhr, fr, 13.1, 13.2"})
    void swappedTextsAreDisplacedBothWaysAndLoseTheirConfidence(String folder, String code, String first, String second) {
        Language language = Language.of(code);
        Alignment alignment = ClauseAlign.align(Variants.swapped(read(folder), language, first, second));
        List<String> displaced = alignment.displaced().stream()
                .map(d -> d.group().id() + " " + d.language().code() + " -> " + d.counterpart().id()).toList();
        assertEquals(List.of(first + " " + code + " -> " + second, second + " " + code + " -> " + first), displaced);
        for (String id : List.of(first, second)) {
            ClauseGroup group = alignment.group(id).orElseThrow();
            assertTrue(group.confidence() < 0.9, id + " at " + group.confidence());
            assertTrue(group.reason().contains("the " + code + " text reads like "), group.reason());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"moc", "udhr", "cc-by-4.0", "cc-by-nc-4.0"})
    void faithfulTextsHaveNoClauseDisplaced(String folder) {
        assertEquals(List.of(), ClauseAlign.align(read(folder)).displaced());
    }

    @ParameterizedTest
    @CsvSource({"moc, fr, 2.c.vii, 2.c.viii", "cc-by-4.0, ja, 1.a, 1.b", "cc-by-nc-4.0, en, 1.d, 1.e"})
    void groupsWithoutTheJudgementAreTheSameGroupsWithNothingDisplaced(String folder, String code, String first,
            String second) {
        ParallelDocument swapped = Variants.swapped(read(folder), Language.of(code), first, second);
        Alignment judged = ClauseAlign.align(swapped);
        Alignment unjudged = Aligner.groups(swapped);
        assertEquals(members(judged), members(unjudged));
        assertEquals(List.of(), unjudged.displaced());
        // The judgement is what lowered the swapped groups: without it they keep the pairing's confidence.
        assertTrue(judged.group(first).orElseThrow().confidence() < 0.9);
        assertTrue(unjudged.group(first).orElseThrow().confidence() >= 0.9);
    }

    /** @return each group's id and clause ids per language, in order */
    private static List<String> members(Alignment alignment) {
        return alignment.groups().stream().map(g -> g.id() + " " + g.clauses().entrySet().stream()
                .map(e -> e.getKey().code() + ":" + e.getValue().stream().map(c -> c.id()).toList()).toList()).toList();
    }
}
