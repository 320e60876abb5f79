package org.clausealign.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clausealign.clause.Clause;
import org.clausealign.clause.ClauseKind;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;

/** One version matched across revisions: each old and new clause once, with its status. */
class ClauseMatcherTest {
    private static List<Clause> clauses(String... idAndText) {
        List<Clause> clauses = new ArrayList<>();
        for (int k = 0; k < idAndText.length; k += 2) {
            String text = idAndText[k + 1];
            clauses.add(new Clause(idAndText[k], idAndText[k], ClauseKind.PARAGRAPH, "", text, text, k * 100, k * 100 + 50));
        }
        return clauses;
    }

    /** @return "old id>new id" for each match, with its status */
    private static Map<String, ChangeStatus> match(List<Clause> old, List<Clause> revised) {
        Map<String, ChangeStatus> out = new TreeMap<>();
        for (ClauseMatcher.Match match : ClauseMatcher.match(Language.EN, old, revised)) {
            out.put((match.old() == null ? "-" : match.old().id()) + ">" + (match.revised() == null ? "-" : match.revised().id()),
                    match.status());
        }
        return out;
    }

    @Test
    void aClauseTakenOutOfItsPlaceIsMovedAndTheOthersStay() {
        List<Clause> old = clauses("1", "Definitions apply throughout.", "2", "The licence is granted worldwide.",
                "3", "Attribution must be given.", "4", "Database rights are waived.", "5", "No warranty is given.");
        List<Clause> revised = clauses("1", "Definitions apply throughout.", "2", "Attribution must be given.",
                "3", "Database rights are waived.", "4", "No warranty is given.", "5", "The licence is granted worldwide.");
        assertEquals(Map.of("1>1", ChangeStatus.UNCHANGED, "2>5", ChangeStatus.MOVED, "3>2", ChangeStatus.RENUMBERED,
                "4>3", ChangeStatus.RENUMBERED, "5>4", ChangeStatus.RENUMBERED), match(old, revised));
    }

    @Test
    void anEditedClauseThatAlsoChangedNumberIsModifiedNotAddedAndDeleted() {
        List<Clause> old = clauses("a", "Adapted Material means material derived from the Licensed Material.",
                "b", "Share means to provide material to the public by any means.");
        List<Clause> revised = clauses("a", "Adapted Material means material derived from the Licensed Material.",
                "b", "NonCommercial means not primarily intended for commercial advantage.",
                "c", "Share means to provide material to the public by any means or process.");
        assertEquals(Map.of("a>a", ChangeStatus.UNCHANGED, "-" + ">b", ChangeStatus.ADDED, "b>c", ChangeStatus.MODIFIED),
                match(old, revised));
    }

    @Test
    void aRewrittenClauseUnderItsNumberIsModifiedAndAnUnrelatedOneReplacesNothing() {
        List<Clause> old = clauses("1", "Notice must be given three months in advance.", "2", "Fees are waived.");
        List<Clause> revised = clauses("1", "Notice must be given in writing six months in advance.",
                "2", "Disputes are settled by consultation between the Participants.");
        assertEquals(Map.of("1>1", ChangeStatus.MODIFIED, "2>-", ChangeStatus.DELETED, "->2", ChangeStatus.ADDED),
                match(old, revised));
    }

    @Test
    void aClauseRewrittenInItsPlaceUnderItsNumberIsModified() {
        List<Clause> old = clauses("1", "Definitions apply throughout.", "2", "Term.", "3", "No warranty is given.");
        List<Clause> revised = clauses("1", "Definitions apply throughout.", "2", "Duration of the licence.",
                "3", "No warranty is given.");
        assertEquals(Map.of("1>1", ChangeStatus.UNCHANGED, "2>2", ChangeStatus.MODIFIED, "3>3", ChangeStatus.UNCHANGED),
                match(old, revised));
    }
}
