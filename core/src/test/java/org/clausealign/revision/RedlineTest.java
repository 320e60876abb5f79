package org.clausealign.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;

/** Word-level redlines: tables of old text, new text and the runs between them, per language. */
class RedlineTest {
    private static Edit equal(String text) {
        return new Edit(Edit.Op.EQUAL, text);
    }

    private static Edit delete(String text) {
        return new Edit(Edit.Op.DELETE, text);
    }

    private static Edit insert(String text) {
        return new Edit(Edit.Op.INSERT, text);
    }

    @Test
    void aChangedEnglishWordIsOneDeletionAndOneInsertion() {
        assertEquals(List.of(equal("notified within "), delete("three"), insert("six"), equal(" months of notice")),
                Redline.of(Language.EN, "notified within three months of notice", "notified within six months of notice"));
    }

    @Test
    void neighbouringChangedWordsReadAsOneChange() {
        assertEquals(List.of(equal("within "), delete("three calendar"), insert("six business"), equal(" days")),
                Redline.of(Language.EN, "within three calendar days", "within six business days"));
    }

    @Test
    void anInsertionLeavesTheSharedPunctuationOutside() {
        assertEquals(List.of(equal("en tout ou partie"), insert(", seulement pour une Utilisation non commerciale"),
                equal(" ; et")), Redline.of(Language.FR, "en tout ou partie ; et",
                "en tout ou partie, seulement pour une Utilisation non commerciale ; et"));
    }

    @Test
    void japaneseIsComparedByMorphemes() {
        assertEquals(List.of(equal("許諾者は権利を"), delete("放棄"), insert("保持"), equal("します。")),
                Redline.of(Language.JA, "許諾者は権利を放棄します。", "許諾者は権利を保持します。"));
    }

    @Test
    void anAddedOrDeletedTextIsOneRun() {
        assertEquals(List.of(insert("New clause.")), Redline.of(Language.EN, "", "New clause."));
        assertEquals(List.of(delete("旧条項。")), Redline.of(Language.JA, "旧条項。", ""));
        assertEquals(List.of(), Redline.of(Language.FR, "", ""));
    }

    @Test
    void aLongClauseRewrittenWholeIsOneReplacementWithoutASlowSearch() {
        String old = "Keep this start. " + "alpha beta ".repeat(6000) + "and this end.";
        String revised = "Keep this start. " + "gamma delta ".repeat(6000) + "and this end.";
        List<Edit> edits = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Redline.of(Language.EN, old, revised));
        assertEquals(List.of(equal("Keep this start. "), delete("alpha beta ".repeat(6000).strip()),
                insert("gamma delta ".repeat(6000).strip()), equal(" and this end.")), edits);
    }

    @Test
    void theUnitsGiveTheTextBackCharacterForCharacter() {
        for (Object[] row : new Object[][] {
                {Language.JA, "第１条　 定義\tライセンス対象物（以下「本物」）は、2023年５月に…"},
                {Language.EN, "Section 2(a)(1) — “Share”, e.g. 3.5%  of\u00a0it; l’Œuvre"},
                {Language.FR, "l’Œuvre sous licence, « Licence publique » ; 96/9/CE"}}) {
            String text = (String) row[1];
            assertEquals(text, String.join("", Tokens.of((Language) row[0], text)));
        }
    }
}
