package org.clausealign.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.clausealign.ClauseAlign;
import org.clausealign.ReadOptions;
import org.clausealign.TestData;
import org.junit.jupiter.api.Test;

/** The MOC aligns into its gold groups, every link right. */
class MocAlignmentTest {
    private static final GoldAlignment GOLD = GoldAlignment.read(TestData.path("moc/gold-alignment.tsv"));

    private static void assertGold(String name, Alignment alignment) {
        GoldAlignment found = GoldAlignment.of(alignment);
        System.out.println(GOLD.report(name, found));
        assertEquals(GOLD.groups(), found.groups());
    }

    @Test
    void combinedFileAlignsIntoTheGoldGroups() {
        Alignment alignment = ClauseAlign.align(ClauseAlign.read(TestData.moc()));
        assertGold("MOC, combined file", alignment);
        assertEquals(67, alignment.groups().size());
        ClauseGroup item = alignment.groups().get(28);
        assertEquals("2.c.vii", item.id());
        assertEquals("2(c)(vii)", item.label());
        assertEquals("promouvoir la recherche et le développement liés aux chaînes d'approvisionnement en batteries;",
                item.text(org.clausealign.lang.Language.FR));
        assertEquals(0.98, item.confidence());
    }

    @Test
    void threeFilesAlignIntoTheGoldGroups() {
        assertGold("MOC, three files", ClauseAlign.align(ClauseAlign.read(List.of(TestData.path("moc/moc-ja.txt"),
                TestData.path("moc/moc-en.txt"), TestData.path("moc/moc-fr.txt")), ReadOptions.DEFAULTS)));
    }
}
