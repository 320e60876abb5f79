package org.clausealign.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clausealign.lang.Language;
import org.clausealign.revision.Change;
import org.clausealign.revision.ChangeStatus;
import org.clausealign.revision.ClauseRef;
import org.clausealign.revision.Comparison;
import org.clausealign.revision.Edit;
import org.junit.jupiter.api.Test;

/** A comparison written as JSON (the shape issue 17 gives), as text with word marks, and as HTML. */
class DiffFormatTest {
    private static final ClauseRef NINE_C = new ClauseRef("9.c", "9(c)");

    private static <V> Map<Language, V> byLanguage(V en, V fr) {
        Map<Language, V> map = new LinkedHashMap<>();
        if (en != null) {
            map.put(Language.EN, en);
        }
        if (fr != null) {
            map.put(Language.FR, fr);
        }
        return map;
    }

    private static Edit edit(Edit.Op op, String text) {
        return new Edit(op, text);
    }

    private static final Comparison COMPARISON = new Comparison(List.of("v1.txt"), List.of("v2.txt"),
            List.of(Language.EN, Language.FR), List.of(
                new Change(new ClauseRef("1.c", "1(c)"), new ClauseRef("1.d", "1(d)"), ChangeStatus.RENUMBERED,
                        byLanguage(ChangeStatus.RENUMBERED, ChangeStatus.RENUMBERED), List.of(),
                        byLanguage(List.of(edit(Edit.Op.EQUAL, "Share means…")), List.of(edit(Edit.Op.EQUAL, "Partager…")))),
                new Change(new ClauseRef("2", "2"), new ClauseRef("2", "2"), ChangeStatus.UNCHANGED,
                        byLanguage(ChangeStatus.UNCHANGED, ChangeStatus.UNCHANGED), List.of(),
                        byLanguage(List.of(edit(Edit.Op.EQUAL, "Scope.")), List.of(edit(Edit.Op.EQUAL, "Portée.")))),
                new Change(NINE_C, NINE_C, ChangeStatus.MODIFIED, byLanguage(ChangeStatus.MODIFIED, ChangeStatus.UNCHANGED),
                        List.of(Language.FR), byLanguage(List.of(edit(Edit.Op.EQUAL, "within "), edit(Edit.Op.DELETE, "three"),
                                edit(Edit.Op.INSERT, "six"), edit(Edit.Op.EQUAL, " months")),
                                List.of(edit(Edit.Op.EQUAL, "dans les trois mois")))),
                new Change(null, new ClauseRef("1.i", "1(i)"), ChangeStatus.ADDED,
                        byLanguage(ChangeStatus.ADDED, ChangeStatus.UNCHANGED), List.of(Language.FR),
                        byLanguage(List.of(edit(Edit.Op.INSERT, "\"NonCommercial\" <means>")), null))));

    @Test
    void jsonListsEveryClauseWithItsStatusInEachLanguageStaleVersionsAndRedline() {
        assertEquals("{\"old\":[\"v1.txt\"],\"new\":[\"v2.txt\"],\"changes\":[\n"
                + "{\"old\":{\"id\":\"1.c\",\"label\":\"1(c)\"},\"new\":{\"id\":\"1.d\",\"label\":\"1(d)\"},\"status\":\"renumbered\","
                + "\"languages\":{\"en\":\"renumbered\",\"fr\":\"renumbered\"},\"stale\":[],"
                + "\"redline\":{\"en\":[{\"op\":\"equal\",\"text\":\"Share means…\"}],\"fr\":[{\"op\":\"equal\",\"text\":\"Partager…\"}]}},\n"
                + "{\"old\":{\"id\":\"2\",\"label\":\"2\"},\"new\":{\"id\":\"2\",\"label\":\"2\"},\"status\":\"unchanged\","
                + "\"languages\":{\"en\":\"unchanged\",\"fr\":\"unchanged\"},\"stale\":[],"
                + "\"redline\":{\"en\":[{\"op\":\"equal\",\"text\":\"Scope.\"}],\"fr\":[{\"op\":\"equal\",\"text\":\"Portée.\"}]}},\n"
                + "{\"old\":{\"id\":\"9.c\",\"label\":\"9(c)\"},\"new\":{\"id\":\"9.c\",\"label\":\"9(c)\"},\"status\":\"modified\","
                + "\"languages\":{\"en\":\"modified\",\"fr\":\"unchanged\"},\"stale\":[\"fr\"],"
                + "\"redline\":{\"en\":[{\"op\":\"equal\",\"text\":\"within \"},{\"op\":\"delete\",\"text\":\"three\"},"
                + "{\"op\":\"insert\",\"text\":\"six\"},{\"op\":\"equal\",\"text\":\" months\"}],"
                + "\"fr\":[{\"op\":\"equal\",\"text\":\"dans les trois mois\"}]}},\n"
                + "{\"old\":null,\"new\":{\"id\":\"1.i\",\"label\":\"1(i)\"},\"status\":\"added\","
                + "\"languages\":{\"en\":\"added\",\"fr\":\"unchanged\"},\"stale\":[\"fr\"],"
                + "\"redline\":{\"en\":[{\"op\":\"insert\",\"text\":\"\\\"NonCommercial\\\" <means>\"}]}}]}\n",
                DiffFormat.json(COMPARISON));
    }

    @Test
    void textListsTheChangesOnlyWithWordMarksAndTheStaleVersions() {
        assertEquals("3 of 4 clauses changed (en, fr): 1 renumbered, 1 modified, 1 added; stale translations: 2 in fr.\n"
                + "\n1(c) → 1(d)  renumbered\n"
                + "\n9(c)  modified  stale: fr\n"
                + "  en  within [-three-]{+six+} months\n"
                + "  fr  stale: unchanged: dans les trois mois\n"
                + "\n(new) → 1(i)  added  stale: fr\n"
                + "  en  {+\"NonCommercial\" <means>+}\n"
                + "  fr  stale: missing\n", DiffFormat.text(COMPARISON));
    }

    @Test
    void textSaysSoWhenNothingChanged() {
        Comparison same = new Comparison(List.of("a.txt"), List.of("b.txt"), List.of(Language.EN),
                List.of(COMPARISON.changes().get(1)));
        assertEquals("No changes: every clause (1, in en) is the same in both revisions.\n", DiffFormat.text(same));
    }

    @Test
    void htmlShowsEachChangedClauseSideBySideWithMarksAndStaleVersionsFlagged() {
        String html = DiffHtml.write(COMPARISON);
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.endsWith("</html>\n"), html);
        assertTrue(html.contains("<td lang=\"en\">within <del>three</del> months</td>"
                + "<td lang=\"en\">within <ins>six</ins> months</td>"), html);
        assertTrue(html.contains("<ins>&quot;NonCommercial&quot; &lt;means&gt;</ins>"), html);
        assertFalse(html.contains("<means>"), "input text is escaped");
        assertEquals(2, html.split("<tr class=\"stale\">", -1).length - 1, "fr of 9(c) and fr of 1(i)");
        assertEquals(3, html.split("<section ", -1).length - 1, "the unchanged clause has no section");
        assertFalse(html.contains("Portée."));
        assertTrue(html.contains("<p><strong>To update in fr</strong> (2):</p>"), html);
        assertEquals(1, html.split("<details>", -1).length - 1, "only the renumbered clause, its texts unchanged, is folded");
        assertTrue(html.contains("<details><summary>Text unchanged in every version</summary>\n<table>"), html);
        assertFalse(html.contains("To update in en"));
    }
}
