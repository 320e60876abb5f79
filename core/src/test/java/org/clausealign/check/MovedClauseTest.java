package org.clausealign.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.clausealign.ClauseAlign;
import org.clausealign.align.Alignment;
import org.clausealign.clause.ParallelDocument;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;

/**
 * A clause moved to another place in one version only, built from the MOC's French 2(c): item
 * (vi) moved after (viii). Kept under its label, it is paired by its label and the structure check
 * reports the order; with the labels renumbered, no label pairs it right, and the content check
 * names, for each clause on the way, the item whose text it holds.
 */
class MovedClauseTest {
    private static final String VI = "(vi) promouvoir l'utilisation";
    private static final String VII = "(vii) promouvoir la recherche";
    private static final String VIII = "(viii) discuter";
    private static final String IX = "(ix) partager";

    private static ParallelDocument moved(boolean renumbered) throws IOException {
        return MocFindingsTest.variant(Language.FR, t -> {
            String vi = t.substring(t.indexOf(VI), t.indexOf(VII));
            String vii = t.substring(t.indexOf(VII), t.indexOf(VIII));
            String viii = t.substring(t.indexOf(VIII), t.indexOf(IX));
            String items = renumbered ? "(vi)" + vii.substring("(vii)".length()) + "(vii)" + viii.substring("(viii)".length())
                    + "(viii)" + vi.substring("(vi)".length()) : vii + viii + vi;
            return t.substring(0, t.indexOf(VI)) + items + t.substring(t.indexOf(IX));
        });
    }

    private static List<String> findings(Alignment alignment, String check) {
        return Checks.run(alignment, CheckOptions.DEFAULTS).findings().stream().filter(f -> f.check().equals(check))
                .map(f -> f.group() + " " + f.message()).toList();
    }

    @Test
    void aClauseMovedUnderItsLabelIsPairedByItAndTheOrderReported() throws IOException {
        Alignment alignment = ClauseAlign.align(moved(false));
        assertTrue(alignment.group("2.c.vi").orElseThrow().text(Language.FR).startsWith("promouvoir l'utilisation"));
        assertEquals(List.of(), alignment.displaced());
        assertEquals(List.of("2.c 2(c): items (viii) and (vi) are out of order in fr."), findings(alignment, "structure"));
    }

    @Test
    void aClauseMovedAndRenumberedIsReportedOnEachClauseNamingWhereItsTextBelongs() throws IOException {
        Alignment alignment = ClauseAlign.align(moved(true));
        List<String> displaced = alignment.displaced().stream()
                .map(d -> d.group().id() + " " + d.language().code() + " -> " + d.counterpart().id()).toList();
        assertEquals(List.of("2.c.vi fr -> 2.c.vii", "2.c.vii fr -> 2.c.viii", "2.c.viii fr -> 2.c.vi"), displaced);
        for (String id : List.of("2.c.vi", "2.c.vii", "2.c.viii")) {
            assertTrue(alignment.group(id).orElseThrow().confidence() < 0.9, id);
        }
        assertTrue(findings(alignment, "content").contains("2.c.viii 2(c)(viii): the fr text says what ja and en say in "
                + "2(c)(vi), not what they say here: the texts may have been swapped or moved."),
                findings(alignment, "content").toString());
    }
}
