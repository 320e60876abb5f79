package org.clausealign.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.clausealign.ClauseAlign;
import org.clausealign.TestData;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;

/**
 * Variants of real texts (the MOC, CC BY-NC 4.0) laid out the ways that split them wrongly
 * (issue 13): three versions in one file, flat text after a list, a PDF line break after a
 * sentence, a title read differently per version, items out of order.
 */
class LayoutVariantsTest {
    private static LanguageVersion split(String text, Language language) {
        return ClauseAlign.parse(text, language.code(), List.of(language)).versions().get(0);
    }

    private static String ids(LanguageVersion version) {
        return version.clauses().stream().map(Clause::id).collect(Collectors.joining(" "));
    }

    private static String licence(String language) {
        return TestData.read("cc-by-nc-4.0/" + language + ".txt");
    }

    /** The English title line after the Japanese version is the English title, not the Japanese closing. */
    @Test
    void threeVersionsInOneFileKeepEachTitleWithItsVersion() {
        String file = licence("ja") + "\n" + licence("en") + "\n" + licence("fr");
        ParallelDocument document = ClauseAlign.parse(file, "by-nc.txt", List.of());
        assertEquals(List.of(Language.JA, Language.EN, Language.FR), document.languages());
        LanguageVersion ja = document.version(Language.JA).orElseThrow();
        LanguageVersion en = document.version(Language.EN).orElseThrow();
        LanguageVersion fr = document.version(Language.FR).orElseThrow();
        assertEquals("Creative Commons Attribution-NonCommercial 4.0 International Public License",
                en.clause("title").orElseThrow().text());
        assertTrue(fr.clause("title").orElseThrow().text().startsWith("Licence publique Creative Commons"));
        assertTrue(ja.clauses().stream().noneMatch(c -> c.text().contains("Creative Commons Attribution")));
        assertEquals(ids(split(licence("ja"), Language.JA)), ids(ja));
        assertEquals(ids(split(licence("en"), Language.EN)), ids(en));
    }

    /**
     * The licence with its indentation gone and a NoDerivatives sentence after 3(a)(1)(C): the
     * sentence is a paragraph of 3(a)(1), which holds the list, as "For the avoidance of doubt,
     * this Section 6(b)…" is of 6(b).
     */
    @Test
    void flatTextAfterAListBelongsToTheClauseHoldingTheList() {
        StringBuilder flat = new StringBuilder();
        for (String line : licence("en").split("\n")) {
            flat.append(line.strip()).append('\n');
            if (line.strip().startsWith("C. indicate the Licensed Material is licensed")) {
                flat.append("\nFor the avoidance of doubt, You do not have permission under this Public License to"
                        + " Share Adapted Material.\n");
            }
        }
        LanguageVersion en = split(flat.toString(), Language.EN);
        assertEquals("For the avoidance of doubt, You do not have permission under this Public License to Share"
                + " Adapted Material.", en.clause("3.a.1.p.1").orElseThrow().text());
        assertTrue(en.clause("3.a.1.C").orElseThrow().text().endsWith("this Public License."));
        assertTrue(en.clause("6.b.p.1").orElseThrow().text().startsWith("For the avoidance of doubt, this Section 6(b)"));
    }

    /** 9(c) of the MOC with a line ending after its first sentence: its second sentence stays in it. */
    @Test
    void aSentenceEndingOnAShortLineDoesNotEndTheLastClause() {
        String moc = TestData.read("moc/moc-en.txt");
        int at = moc.indexOf("in advance. The");
        int next = moc.indexOf("Participants decide", at);
        String variant = moc.substring(0, at) + "in advance.\n\n \n\nThe " + moc.substring(next);
        LanguageVersion en = split(variant, Language.EN);
        assertTrue(en.clause("9.c").orElseThrow().text().endsWith("will continue to be treated in line with this MOC."));
        assertTrue(en.clause("closing").orElseThrow().text().startsWith("SIGNED in Ottawa"));
        assertTrue(en.clause("closing.2").isEmpty());
    }

    /**
     * A 3(b) "ShareAlike." with its text in a paragraph of its own, in three languages: the
     * Japanese title has no full stop and runs into the text; English and French read the same way.
     */
    @Test
    void aTitleAndTheTextUnderItAreOneClauseInEveryVersion() {
        List<String> added = List.of(
                "  b. ShareAlike.\n\n     In addition to the conditions in Section 3(a), if You Share Adapted Material"
                        + " You produce, the following conditions also apply.\n\n       1. The Adapter's License You"
                        + " apply must be a Creative Commons license with the same License Elements.",
                "  b. Partage dans les mêmes conditions.\n\n     En plus des conditions de l’Article 3(a), si Vous"
                        + " partagez du Matériel adapté, les conditions suivantes s’appliquent également.\n\n"
                        + "       1. La Licence de l’Adaptateur doit être une licence Creative Commons avec les mêmes"
                        + " Éléments de la licence.",
                "  b. 継承\n\n     第3条(a)の条件に加え、あなたが作成した翻案物を共有する場合には、以下の条件も適用されます。\n\n"
                        + "       1. あなたが適用する翻案者のライセンスは、同じライセンス要素を持つクリエイティブ・コモンズ・ライセンスでなければなりません。");
        List<Language> languages = List.of(Language.EN, Language.FR, Language.JA);
        for (int i = 0; i < languages.size(); i++) {
            String text = licence(languages.get(i).code());
            java.util.regex.Matcher section3 = java.util.regex.Pattern.compile("(?m)^(Section 3|Article 3|第3条)").matcher(text);
            assertTrue(section3.find());
            int section4 = text.indexOf("\n", text.indexOf("4. ", section3.start()));
            String variant = text.substring(0, section4) + "\n\n" + added.get(i) + text.substring(section4);
            LanguageVersion version = split(variant, languages.get(i));
            String ids = ids(version);
            assertTrue(ids.contains("3.a.4 3.b 3.b.1 4"), languages.get(i) + ": " + ids);
            assertTrue(version.clause("3.b").orElseThrow().text().contains("(a)"), languages.get(i).code());
        }
    }

    /** MOC 2(c) with items (vi) and (vii) exchanged: each stays its own item under its own label. */
    @Test
    void itemsOutOfOrderStayItems() {
        String moc = TestData.read("moc/moc-en.txt");
        int vi = moc.indexOf("(vi) promoting the use");
        int vii = moc.indexOf("(vii) promoting research");
        int viii = moc.indexOf("(viii) discussing");
        String variant = moc.substring(0, vi) + moc.substring(vii, viii) + moc.substring(vi, vii) + moc.substring(viii);
        LanguageVersion en = split(variant, Language.EN);
        assertTrue(ids(en).contains("2.c.v 2.c.vii 2.c.vi 2.c.viii"), ids(en));
        assertTrue(en.clause("2.c.vi").orElseThrow().text().startsWith("promoting the use of renewable energy"));
        assertTrue(en.clause("2.c.vii").orElseThrow().text().startsWith("promoting research and development"));
    }
}
