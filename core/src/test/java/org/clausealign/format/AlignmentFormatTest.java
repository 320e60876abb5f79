package org.clausealign.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clausealign.ClauseAlign;
import org.clausealign.ReadOptions;
import org.clausealign.TestData;
import org.clausealign.align.Alignment;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;

class AlignmentFormatTest {
    private static final Alignment MOC = ClauseAlign.align(ClauseAlign.read(TestData.moc()));

    @Test
    void jsonHasLanguagesAndOneObjectPerGroup() {
        String json = AlignmentFormat.json(MOC);
        assertTrue(json.startsWith("{\"languages\":[\"ja\",\"en\",\"fr\"],\"groups\":[\n{\"id\":\"title\""), json);
        assertTrue(json.contains("{\"id\":\"2.c.vii\",\"label\":\"2(c)(vii)\",\"confidence\":0.98,\"reason\":\"\",\"clauses\":"
                + "{\"ja\":{\"id\":\"2.c.vii\",\"text\":\"バッテリーサプライチェーンに関する研究開発を推進すること。\"},"
                + "\"en\":{\"id\":\"2.c.vii\",\"text\":\"promoting research and development related to battery supply chains;\"},"
                + "\"fr\":{\"id\":\"2.c.vii\",\"text\":\"promouvoir la recherche et le développement liés aux chaînes "
                + "d'approvisionnement en batteries;\"}}}"), json);
        assertEquals(67, json.split("\n\\{\"id\":").length - 1);
    }

    @Test
    void jsonGivesNullForAMissingVersionAndAListForTwoClauses() {
        // The Japanese UDHR has a note the others lack, and merges two English recitals into one.
        Alignment udhr = ClauseAlign.align(ClauseAlign.read(List.of(TestData.path("udhr/ja.txt"),
                TestData.path("udhr/en.txt"), TestData.path("udhr/fr.txt")), ReadOptions.DEFAULTS));
        String json = AlignmentFormat.json(udhr);
        assertTrue(json.contains("{\"id\":\"note.1\",\"label\":\"Note 1\",\"confidence\":0.60,"
                + "\"reason\":\"missing in en, fr\",\"clauses\":{\"ja\":{\"id\":\"note.1\",\"text\":\"（1948.12.10 第３回国連総会採択）\"},"
                + "\"en\":null,\"fr\":null}}"), json);
        assertTrue(json.contains("\"en\":[{\"id\":\"recital.4\",\"text\":\"Whereas it is essential to promote the development of "
                + "friendly relations between nations,\"},{\"id\":\"recital.5\","), json);
    }

    @Test
    void tsvHasOneRowPerGroupAndAColumnPerLanguage() {
        String[] rows = AlignmentFormat.tsv(MOC).split("\n");
        assertEquals("id\tlabel\tconfidence\tja\ten\tfr", rows[0]);
        assertEquals(68, rows.length);
        assertEquals("2.c.vii\t2(c)(vii)\t0.98\tバッテリーサプライチェーンに関する研究開発を推進すること。\t"
                + "promoting research and development related to battery supply chains;\t"
                + "promouvoir la recherche et le développement liés aux chaînes d'approvisionnement en batteries;", rows[29]);
        for (String row : rows) {
            assertEquals(6, row.split("\t", -1).length, row);
        }
    }

    @Test
    void textListsEachGroupWithItsLabelConfidenceAndVersions() {
        String text = AlignmentFormat.text(MOC);
        assertTrue(text.contains("2(c)(vii)  [0.98]\n  ja  バッテリーサプライチェーンに関する研究開発を推進すること。\n"
                + "  en  promoting research and development related to battery supply chains;\n"), text);
    }

    @Test
    void htmlIsOnePageWithThreeColumnsAndEscapesClauseText() {
        String hostile = "1. Objective\n(a) <script>alert('x')</script> & co.\n";
        Alignment alignment = ClauseAlign.align(ClauseAlign.parse(hostile, "<b>.txt", List.of(Language.EN)));
        String html = HtmlReport.write(alignment, "<b>.txt");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co."), html);
        assertTrue(!html.contains("<script>") && !html.contains("<b>"), html);
        String moc = HtmlReport.write(MOC, "MOC");
        assertTrue(moc.startsWith("<!DOCTYPE html>") && moc.contains("<th lang=\"ja\">ja</th><th lang=\"en\">en</th>"
                + "<th lang=\"fr\">fr</th>"), moc);
        assertEquals(67, moc.split("<tr").length - 2);
    }

    @Test
    void jsonClausesCarryTheirCaptionAndOriginWhereTheyHaveThem() {
        // P-20's 6(2), in the XML: the subsection element lims:id 397062, its marginal note above it.
        Alignment act = ClauseAlign.align(ClauseAlign.read(List.of(TestData.path("canada/P-20/en.xml"),
                TestData.path("canada/P-20/fr.xml")), ReadOptions.DEFAULTS));
        String json = AlignmentFormat.json(act);
        assertTrue(json.contains("\"en\":{\"id\":\"6.2\",\"caption\":\"Computing remission credits\","
                + "\"origin\":\"lims:id 397062\",\"text\":\"The first credit of earned remission"), json);
        // The plain text of the MOC has no origin, and its clauses no caption.
        String moc = AlignmentFormat.json(MOC);
        assertTrue(!moc.contains("\"origin\"") && !moc.contains("\"caption\""), moc);
    }
}
