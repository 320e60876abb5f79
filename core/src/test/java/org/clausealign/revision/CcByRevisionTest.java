package org.clausealign.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.clausealign.ClauseAlign;
import org.clausealign.MiniJson;
import org.clausealign.ReadOptions;
import org.clausealign.TestData;
import org.clausealign.clause.ParallelDocument;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;

/**
 * CC BY 4.0 → CC BY-NC 4.0 in Japanese, English and French: the NonCommercial terms insert a
 * definition, 1(i), which moves the letters of the three definitions after it, and add words to
 * the title, the opening paragraph, 2(a)(1)(A), 2(a)(1)(B), 2(b)(3) and 4(a) (read from the
 * texts; the answer keys' blocks confirm it independently below).
 */
class CcByRevisionTest {
    private static final List<Language> LANGUAGES = List.of(Language.JA, Language.EN, Language.FR);
    private static final Comparison COMPARISON = ClauseAlign.compare(read("cc-by-4.0"), read("cc-by-nc-4.0"));

    private static ParallelDocument read(String folder) {
        return ClauseAlign.read(List.of(TestData.path(folder + "/ja.txt"), TestData.path(folder + "/en.txt"),
                TestData.path(folder + "/fr.txt")), ReadOptions.DEFAULTS.withLanguages(LANGUAGES));
    }

    private static Change changeToNew(String id) {
        return COMPARISON.changes().stream().filter(c -> c.revised() != null && c.revised().id().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no change leads to new clause " + id));
    }

    private static Map<Language, ChangeStatus> all(ChangeStatus status) {
        return Map.of(Language.JA, status, Language.EN, status, Language.FR, status);
    }

    @Test
    void theNonCommercialDefinitionIsAddedInAllThreeLanguages() {
        Change added = changeToNew("1.i");
        assertEquals(ChangeStatus.ADDED, added.status());
        assertNull(added.old());
        assertEquals(all(ChangeStatus.ADDED), added.languages());
        assertEquals(List.of(), added.stale());
        assertTrue(added.newText(Language.EN).startsWith("NonCommercial means not primarily intended"), added.newText(Language.EN));
        assertTrue(added.newText(Language.JA).startsWith("「非営利」とは"), added.newText(Language.JA));
        assertTrue(added.newText(Language.FR).startsWith("Utilisation non commerciale signifie"), added.newText(Language.FR));
        List<Change> changes = COMPARISON.changes();
        assertEquals(new ClauseRef("1.h", "1(h)"), changes.get(changes.indexOf(added) - 1).revised());
        assertEquals(new ClauseRef("1.i", "1(i)"), changes.get(changes.indexOf(added) + 1).old(), "listed where it stands");
    }

    @Test
    void theDefinitionsAfterTheInsertedOneAreRenumbered() {
        for (String[] move : new String[][] {{"1.i", "1(i)", "1.j", "1(j)"}, {"1.j", "1(j)", "1.k", "1(k)"},
                {"1.k", "1(k)", "1.l", "1(l)"}}) {
            Change change = changeToNew(move[2]);
            assertEquals(new ClauseRef(move[0], move[1]), change.old());
            assertEquals(new ClauseRef(move[2], move[3]), change.revised());
            assertEquals(ChangeStatus.RENUMBERED, change.status(), move[0]);
            assertEquals(all(ChangeStatus.RENUMBERED), change.languages());
            assertEquals(List.of(), change.stale());
        }
    }

    @Test
    void exactlyTheClausesTheNonCommercialTermsTouchAreReported() {
        Set<String> reported = new TreeSet<>();
        for (Change change : COMPARISON.changes()) {
            if (change.status() != ChangeStatus.UNCHANGED) {
                String english = change.newText(Language.EN);
                // The title and the opening paragraph have no number: named by their words.
                String name = english.startsWith("Creative Commons Attribution-NonCommercial") ? "title"
                        : english.startsWith("By exercising the Licensed Rights") ? "opening" : change.revised().id();
                reported.add(name + " " + change.status().code());
            }
        }
        assertEquals(new TreeSet<>(List.of("title modified", "opening modified", "1.i added", "1.j renumbered",
                "1.k renumbered", "1.l renumbered", "2.a.1.A modified", "2.a.1.B modified", "2.b.3 modified",
                "4.a modified")), reported);
        assertEquals(10, COMPARISON.changes().size() - COMPARISON.count(ChangeStatus.UNCHANGED));
        for (Language language : LANGUAGES) {
            assertEquals(List.of(), COMPARISON.staleIn(language), "every version followed every change");
        }
    }

    @Test
    void aModifiedClauseCarriesTheInsertedWordsInEachLanguage() {
        Change change = changeToNew("2.a.1.A");
        assertEquals(all(ChangeStatus.MODIFIED), change.languages());
        assertEquals(List.of(new Edit(Edit.Op.EQUAL, "reproduce and Share the Licensed Material, in whole or in part"),
                new Edit(Edit.Op.INSERT, ", for NonCommercial purposes only"), new Edit(Edit.Op.EQUAL, "; and")),
                change.redline().get(Language.EN));
        assertEquals(List.of("非営利目的のためにのみ、"), inserted(change, Language.JA));
        assertEquals(List.of(", seulement pour une Utilisation non commerciale"), inserted(change, Language.FR));
        assertEquals(List.of(), deleted(change, Language.FR));
    }

    /** The answer keys' blocks, compared by text alone, say which changed; every one is reported, and nothing else. */
    @Test
    void theChangesAgreeWithTheAnswerKeysBlockByBlock() {
        for (Language language : LANGUAGES) {
            Set<String> oldTexts = new HashSet<>(blockTexts("cc-by-4.0", language));
            List<String> changedBlocks = new ArrayList<>();
            for (String text : blockTexts("cc-by-nc-4.0", language)) {
                if (!oldTexts.contains(text)) {
                    changedBlocks.add(text);
                }
            }
            assertEquals(7, changedBlocks.size(), language + ": title, opening, 1(i), 2(a)(1)(A), 2(a)(1)(B), 2(b)(3), 4(a)");
            for (String block : changedBlocks) {
                assertTrue(COMPARISON.changes().stream().anyMatch(c -> c.textChanged(language)
                        && c.newText(language).contains(block)), language + " missed: " + block);
            }
            for (Change change : COMPARISON.changes()) {
                if (change.textChanged(language)) {
                    assertTrue(changedBlocks.stream().anyMatch(b -> change.newText(language).contains(b)),
                            language + " reported a change the keys do not have: " + change.revised());
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> blockTexts(String folder, Language language) {
        List<Object> blocks = (List<Object>) MiniJson.parse(TestData.read(folder + "/" + language.code() + ".json"));
        return blocks.stream().map(b -> (String) ((Map<String, Object>) b).get("text")).toList();
    }

    static List<String> inserted(Change change, Language language) {
        return change.redline().get(language).stream().filter(e -> e.op() == Edit.Op.INSERT).map(Edit::text).toList();
    }

    static List<String> deleted(Change change, Language language) {
        return change.redline().get(language).stream().filter(e -> e.op() == Edit.Op.DELETE).map(Edit::text).toList();
    }
}
