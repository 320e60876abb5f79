package org.clausealign.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.clausealign.ClauseAlign;
import org.clausealign.TestData;
import org.clausealign.clause.LanguageVersion;
import org.clausealign.clause.ParallelDocument;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;

/**
 * Revisions of the MOC made here: a new item 3(a)(iii) inserted in all three versions (the items
 * after it renumbered), recital 6 deleted in all three (the recitals after it move up), and the
 * notice period of 9(c) changed from three months to six in the English version only.
 */
class MocRevisionTest {
    private static final ParallelDocument OLD = document(TestData.read("moc/moc-ja.txt"),
            TestData.read("moc/moc-en.txt"), TestData.read("moc/moc-fr.txt"));
    private static final ParallelDocument NEW = document(reviseJapanese(), reviseEnglish(), reviseFrench());
    private static final Comparison COMPARISON = ClauseAlign.compare(OLD, NEW);

    private static String reviseEnglish() {
        String text = withNewEnglishItem(TestData.read("moc/moc-en.txt"));
        text = replaceOnce(text, "Observing that it is important to establish a global battery supply chain that \n\n"
                + "builds on the complementary strengths of Japan and Canada; \n", "");
        return replaceOnce(text, "points three (3) months in advance", "points six (6) months in advance");
    }

    /** A new item 3(a)(iii), the items after it renumbered. */
    private static String withNewEnglishItem(String text) {
        text = replaceOnce(text, "(vi) any other form", "(vii) any other form");
        text = replaceOnce(text, "(v) encouraging co-operation", "(vi) encouraging co-operation");
        text = replaceOnce(text, "(iv) developing networks", "(v) developing networks");
        return replaceOnce(text, "(iii) organizing business", "(iii) exchanging experts and officials between the"
                + " Participants; \n\n(iv) organizing business");
    }

    private static String reviseJapanese() {
        String text = TestData.read("moc/moc-ja.txt");
        text = replaceOnce(text, "(vi) 両国が共同で決定する", "(vii) 両国が共同で決定する");
        text = replaceOnce(text, "(v) 両国の産業界", "(vi) 両国の産業界");
        text = replaceOnce(text, "(iv) 上述の両国", "(v) 上述の両国");
        text = replaceOnce(text, "(iii) 適切な場合", "(iii) 当事者間で専門家及び職員を交流させること。 \n\n(iv) 適切な場合");
        return replaceOnce(text, "日本とカナダの相互補完的な強みに基づいた、グローバルなバッテリーサ\n\n"
                + "プライチェーンを構築することが重要であると確認し、 \n", "");
    }

    private static String reviseFrench() {
        String text = TestData.read("moc/moc-fr.txt");
        text = replaceOnce(text, "(vi) poursuivant", "(vii) poursuivant");
        text = replaceOnce(text, "(v) encourageant", "(vi) encourageant");
        text = replaceOnce(text, "(iv) créant", "(v) créant");
        text = replaceOnce(text, "(iii) organisant des missions", "(iii) échangeant des experts et des fonctionnaires"
                + " entre les Participants; \n\n(iv) organisant des missions");
        return replaceOnce(text, "Constatant l’importance de créer des chaînes d'approvisionnement mondiales en \n"
                + "batteries qui tirent parti des atouts complémentaires du Japon et du Canada; \n", "");
    }

    private static String replaceOnce(String text, String from, String to) {
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            throw new IllegalStateException("the revision needs exactly one '" + from + "'");
        }
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    private static ParallelDocument document(String ja, String en, String fr) {
        List<LanguageVersion> versions = new ArrayList<>();
        versions.addAll(ClauseAlign.parse(ja, "moc-ja.txt", List.of(Language.JA)).versions());
        versions.addAll(ClauseAlign.parse(en, "moc-en.txt", List.of(Language.EN)).versions());
        versions.addAll(ClauseAlign.parse(fr, "moc-fr.txt", List.of(Language.FR)).versions());
        return new ParallelDocument(versions);
    }

    private static Map<Language, ChangeStatus> all(ChangeStatus status) {
        return Map.of(Language.JA, status, Language.EN, status, Language.FR, status);
    }

    private static Change change(ClauseRef old, ClauseRef revised) {
        return COMPARISON.changes().stream().filter(c -> java.util.Objects.equals(c.old(), old)
                && java.util.Objects.equals(c.revised(), revised)).findFirst()
                .orElseThrow(() -> new AssertionError("no change " + old + " → " + revised));
    }

    @Test
    void aNumberChangedInEnglishOnlyLeavesJapaneseAndFrenchStale() {
        Change change = change(new ClauseRef("9.c", "9(c)"), new ClauseRef("9.c", "9(c)"));
        assertEquals(ChangeStatus.MODIFIED, change.status());
        assertEquals(Map.of(Language.JA, ChangeStatus.UNCHANGED, Language.EN, ChangeStatus.MODIFIED,
                Language.FR, ChangeStatus.UNCHANGED), change.languages());
        assertEquals(List.of(Language.JA, Language.FR), change.stale());
        assertEquals(List.of("three", "3"), CcByRevisionTest.deleted(change, Language.EN));
        assertEquals(List.of("six", "6"), CcByRevisionTest.inserted(change, Language.EN));
        assertEquals(List.of(change), COMPARISON.staleIn(Language.FR));
        assertEquals(List.of(change), COMPARISON.staleIn(Language.JA));
        assertEquals(List.of(), COMPARISON.staleIn(Language.EN));
    }

    @Test
    void anItemInsertedInEveryVersionIsAddedAndTheItemsAfterItAreRenumbered() {
        Change added = COMPARISON.changes().stream().filter(c -> c.status() == ChangeStatus.ADDED).findFirst().orElseThrow();
        assertNull(added.old());
        assertEquals(new ClauseRef("3.a.iii", "3(a)(iii)"), added.revised());
        assertEquals(all(ChangeStatus.ADDED), added.languages());
        assertEquals(List.of(), added.stale());
        assertEquals("exchanging experts and officials between the Participants;", added.newText(Language.EN));
        String[] numerals = {"iii", "iv", "v", "vi", "vii"};
        for (int k = 0; k < 4; k++) {
            Change change = change(new ClauseRef("3.a." + numerals[k], "3(a)(" + numerals[k] + ")"),
                    new ClauseRef("3.a." + numerals[k + 1], "3(a)(" + numerals[k + 1] + ")"));
            assertEquals(ChangeStatus.RENUMBERED, change.status());
            assertEquals(all(ChangeStatus.RENUMBERED), change.languages());
        }
    }

    @Test
    void aDeletedRecitalIsDeletedAndTheRecitalsAfterItMoveUp() {
        Change deleted = change(new ClauseRef("recital.6", "Recital 6"), null);
        assertEquals(ChangeStatus.DELETED, deleted.status());
        assertEquals(all(ChangeStatus.DELETED), deleted.languages());
        assertTrue(deleted.oldText(Language.EN).startsWith("Observing that it is important"), deleted.oldText(Language.EN));
        assertEquals("", deleted.newText(Language.EN));
        for (int n = 7; n <= 12; n++) {
            Change change = change(new ClauseRef("recital." + n, "Recital " + n),
                    new ClauseRef("recital." + (n - 1), "Recital " + (n - 1)));
            assertEquals(ChangeStatus.RENUMBERED, change.status());
        }
        int index = COMPARISON.changes().indexOf(deleted);
        assertEquals(new ClauseRef("recital.5", "Recital 5"), COMPARISON.changes().get(index - 1).revised(),
                "a deleted clause is listed where it stood");
    }

    @Test
    void nothingElseIsReportedAndTheListIsComplete() {
        Set<String> reported = new TreeSet<>();
        for (Change change : COMPARISON.changes()) {
            if (change.status() != ChangeStatus.UNCHANGED) {
                reported.add((change.revised() == null ? change.old() : change.revised()).id());
            }
        }
        assertEquals(new TreeSet<>(List.of("3.a.iii", "3.a.iv", "3.a.v", "3.a.vi", "3.a.vii", "recital.6", "recital.7",
                "recital.8", "recital.9", "recital.10", "recital.11", "9.c")), reported);
        assertEquals(13, COMPARISON.changes().size() - COMPARISON.count(ChangeStatus.UNCHANGED),
                "recital.6 is both the deleted recital and the old recital 7");
        int englishClauses = OLD.version(Language.EN).orElseThrow().clauses().size();
        assertEquals(englishClauses + 1, COMPARISON.changes().size(), "every old clause once, plus the added item");
    }

    @Test
    void anItemInsertedInEnglishOnlyIsAddedThereAndMissingFromTheStaleVersions() {
        String english = withNewEnglishItem(TestData.read("moc/moc-en.txt"));
        Comparison comparison = ClauseAlign.compare(OLD, document(TestData.read("moc/moc-ja.txt"), english,
                TestData.read("moc/moc-fr.txt")));

        Change added = comparison.changes().stream().filter(c -> c.status() == ChangeStatus.ADDED).findFirst().orElseThrow();
        assertNull(added.old());
        assertEquals(Map.of(Language.JA, ChangeStatus.UNCHANGED, Language.EN, ChangeStatus.ADDED,
                Language.FR, ChangeStatus.UNCHANGED), added.languages());
        assertEquals(List.of(Language.JA, Language.FR), added.stale());
        assertEquals("exchanging experts and officials between the Participants;", added.newText(Language.EN));
        assertEquals("", added.newText(Language.FR));
        // The English items after it took the next numeral; the Japanese and French kept theirs.
        List<Change> renumbered = comparison.changes().stream().filter(c -> c.status() == ChangeStatus.RENUMBERED).toList();
        assertEquals(4, renumbered.size());
        for (Change change : renumbered) {
            assertEquals(Map.of(Language.JA, ChangeStatus.UNCHANGED, Language.EN, ChangeStatus.RENUMBERED,
                    Language.FR, ChangeStatus.UNCHANGED), change.languages());
            assertEquals(List.of(), change.stale());
        }
        assertEquals(5, comparison.changes().size() - comparison.count(ChangeStatus.UNCHANGED));
        assertEquals(new ClauseRef("3.a.iii", "3(a)(iii)"), comparison.changes().get(comparison.changes().indexOf(added) + 1).old(),
                "the new English item is listed before the item it pushed down");
    }

    @Test
    void aRevisionComparedWithItselfHasNoChange() {
        Comparison same = ClauseAlign.compare(OLD, OLD);
        assertFalse(same.changed());
        assertEquals(OLD.version(Language.EN).orElseThrow().clauses().size(), same.changes().size());
    }
}
