package org.clausealign.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.clausealign.ClauseAlign;
import org.clausealign.TestData;
import org.clausealign.align.Alignment;
import org.clausealign.clause.ParallelDocument;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;

/**
 * A list whose labels run otherwise in one version (items out of order, a label repeated, a label
 * skipped): the structure check says how the numbering runs, in that version only; items out of
 * order stay clauses of their own, paired by their labels. Built from the MOC's French 2(c), items (i) to (ix).
 */
class LabelOrderTest {
    private static List<String> structure(ParallelDocument document) {
        Report report = Checks.run(ClauseAlign.align(document), CheckOptions.DEFAULTS);
        return report.findings().stream().filter(f -> f.check().equals("structure"))
                .map(f -> f.severity() + " " + f.group() + " " + f.message()).toList();
    }

    @Test
    void itemsOutOfOrderInOneVersionAreSeparateClausesAndReported() throws IOException {
        ParallelDocument variant = MocFindingsTest.variant(Language.FR, t -> {
            int vi = t.indexOf("(vi) promouvoir l'utilisation");
            int vii = t.indexOf("(vii) promouvoir la recherche");
            int viii = t.indexOf("(viii) discuter");
            return t.substring(0, vi) + t.substring(vii, viii) + t.substring(vi, vii) + t.substring(viii);
        });
        Alignment alignment = ClauseAlign.align(variant);
        assertTrue(alignment.group("2.c.vi").orElseThrow().text(Language.FR).startsWith("promouvoir l'utilisation"));
        assertTrue(alignment.group("2.c.vii").orElseThrow().text(Language.FR).startsWith("promouvoir la recherche"));
        assertEquals(List.of("WARNING 2.c 2(c): items (vii) and (vi) are out of order in fr."), structure(variant));
    }

    /** A label repeated is read as part of the item before it: the label missing from the run is reported. */
    @Test
    void aRepeatedLabelLeavesAGapThatIsReported() throws IOException {
        List<String> findings = structure(MocFindingsTest.variant(Language.FR,
                t -> t.replace("(vii) promouvoir la recherche", "(vi) promouvoir la recherche")));
        assertTrue(findings.contains("WARNING 2.c 2(c): the items skip from (vi) to (viii) in fr."), findings.toString());
        assertTrue(findings.contains("ERROR 2.c.vii 2(c)(vii) is in ja, en but missing in fr."), findings.toString());
    }

    @Test
    void aSkippedLabelIsReported() throws IOException {
        List<String> findings = structure(MocFindingsTest.variant(Language.FR,
                t -> t.replace("(ix) partager", "(x) partager").replace("(viii) discuter", "(ix) discuter")));
        assertTrue(findings.contains("WARNING 2.c 2(c): the items skip from (vii) to (ix) in fr."), findings.toString());
    }

    @Test
    void listsNumberedAlikeInEveryVersionGiveNoOrderFinding() {
        assertEquals(List.of(), structure(ClauseAlign.read(TestData.moc())));
    }
}
