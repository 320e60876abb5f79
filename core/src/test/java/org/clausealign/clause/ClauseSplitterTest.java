package org.clausealign.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.clausealign.ClauseAlign;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;

class ClauseSplitterTest {
    private static LanguageVersion split(String text, Language language) {
        return ClauseAlign.parse(text, "test", List.of(language)).versions().get(0);
    }

    private static String ids(LanguageVersion version) {
        return version.clauses().stream().map(Clause::id).collect(Collectors.joining(" "));
    }

    private static String labels(LanguageVersion version) {
        return version.clauses().stream().map(Clause::label).collect(Collectors.joining(" "));
    }

    @Test
    void nestedNumberingGivesPathIdsAndCitationLabels() {
        LanguageVersion v = split("""
                1. Scope
                (a) This applies to:
                (i) batteries;
                (ii) minerals.
                (b) Nothing else.
                2. Status
                (a) Not binding.
                """, Language.EN);
        assertEquals("1 1.a 1.a.i 1.a.ii 1.b 2 2.a", ids(v));
        assertEquals("1 1(a) 1(a)(i) 1(a)(ii) 1(b) 2 2(a)", labels(v));
        assertEquals("batteries;", v.clause("1.a.i").orElseThrow().text());
        assertEquals(ClauseKind.ITEM, v.clause("1.a.i").orElseThrow().kind());
        assertEquals(ClauseKind.SECTION, v.clause("2").orElseThrow().kind());
    }

    @Test
    void letterIAfterHIsALetterAndRomanIOpensAList() {
        LanguageVersion v = split("""
                Section 1 – Definitions.
                  a. A means a.
                  b. B means b.
                  c. C means c.
                  d. D means d.
                  e. E means e.
                  f. F means f.
                  g. G means g.
                  h. H means h:
                       i. first sub-item;
                       ii. second sub-item.
                  i. I means i.
                """, Language.EN);
        assertEquals("1 1.a 1.b 1.c 1.d 1.e 1.f 1.g 1.h 1.h.i 1.h.ii 1.i", ids(v));
    }

    @Test
    void japaneseArticlesChaptersAndParenthesisedNumbers() {
        LanguageVersion v = split("""
                第１章　総則
                第１条　目的
                （１）この法律は、国民の安全を目的とする。
                （２）前項の規定は、第３条(a)に定める場合に適用する。
                第２条　定義
                ①この法律において「電池」とは、蓄電池をいう。
                ②この法律において「鉱物」とは、重要鉱物をいう。
                第２章　雑則
                第３条　施行
                この法律は、公布の日から施行する。
                """, Language.JA);
        assertEquals("chapter.1 1 1.1 1.2 2 2.1 2.2 chapter.2 3 3.p.1", ids(v));
        assertEquals("前項の規定は、第３条(a)に定める場合に適用する。", v.clause("1.2").orElseThrow().text());
        assertEquals("Chapter 2", v.clause("chapter.2").orElseThrow().label());
    }

    @Test
    void frenchArticlePremierAndDecimalNumbering() {
        LanguageVersion v = split("""
                Article premier
                Le présent accord entre en vigueur à la date de sa signature.
                Article 2
                2.1 Les Parties coopèrent.
                2.2 Les Parties se consultent.
                """, Language.FR);
        assertEquals("1 1.p.1 2 2.1 2.2", ids(v));
    }

    @Test
    void upperCaseLetterItemsNestUnderParagraphs() {
        LanguageVersion v = split("""
                1. The Parties shall:
                (A) consult;
                (B) cooperate.
                """, Language.EN);
        assertEquals("1 1.A 1.B", ids(v));
        assertEquals("1(A)", v.clause("1.A").orElseThrow().label());
    }

    @Test
    void crossReferenceAtTheStartOfAWrappedLineContinuesTheClause() {
        LanguageVersion v = split("""
                1. Definitions
                (a) Copyright means the rights specified in Section 2(b)
                (1)-(2) and related rights.
                (b) Licensor means the person.
                """, Language.EN);
        assertEquals("1 1.a 1.b", ids(v));
        assertEquals("Copyright means the rights specified in Section 2(b) (1)-(2) and related rights.",
                v.clause("1.a").orElseThrow().text());
    }

    @Test
    void textWithoutNumberingFallsBackToParagraphs() {
        LanguageVersion v = split("""
                Japan and Canada agreed to cooperate on batteries.

                The ministers met in Ottawa in January 2023.

                They will meet again next year.
                """, Language.EN);
        assertEquals("p.1 p.2 p.3", ids(v));
    }

    @Test
    void wrappedLinesJoinWithoutSpaceInJapaneseAndKeepHyphens() {
        LanguageVersion ja = split("""
                １．目的
                (a) 上流から下流まで持続
                可能なサプライチェーンを構築する。
                """, Language.JA);
        assertEquals("上流から下流まで持続可能なサプライチェーンを構築する。", ja.clause("1.a").orElseThrow().text());
        LanguageVersion en = split("""
                1. Objective
                (a) at the Japan-
                Canada Summit Meeting in Ottawa.
                """, Language.EN);
        assertEquals("at the Japan-Canada Summit Meeting in Ottawa.", en.clause("1.a").orElseThrow().text());
    }

    @Test
    void normalizedFormIsNfkcAndOffsetsPointIntoTheSource() {
        String text = "１．目的\n(a) ２０５０年までに６００ＧＷｈを確保する。\n";
        LanguageVersion v = split(text, Language.JA);
        Clause clause = v.clause("1.a").orElseThrow();
        assertEquals("２０５０年までに６００ＧＷｈを確保する。", clause.text());
        assertEquals("2050年までに600GWhを確保する。", clause.normalized());
        assertEquals("(a) ２０５０年までに６００ＧＷｈを確保する。", v.original(clause));
        for (Clause c : v.clauses()) {
            assertTrue(c.start() >= 0 && c.end() <= text.length() && c.start() < c.end(), c.id());
        }
    }

    @Test
    void aDecimalNumberAtTheStartOfAWrappedLineIsText() {
        LanguageVersion v = split("""
                1. Objective
                (a) Japan aims for a capacity of
                1.5 million tonnes by 2030.
                (b) Canada supplies minerals.
                """, Language.EN);
        assertEquals("1 1.a 1.b", ids(v));
    }

    @Test
    void oneLineParagraphsSeparatedByBlankLinesStayApart() {
        LanguageVersion v = split("""
                The Parties met in Ottawa in January 2023 to discuss battery supply chains.

                They agreed to strengthen cooperation on critical minerals and investment.

                A dialogue between the ministries will be held every year in each country.

                The next meeting will take place in Tokyo in the spring of the next year.

                Officials will report on progress to the ministers before each meeting.
                """, Language.EN);
        assertEquals("p.1 p.2 p.3 p.4 p.5", ids(v));
    }

    @Test
    void listsNumberedAfreshInEachChapterGetTheChapterInTheirIds() {
        LanguageVersion v = split("""
                Chapter I General provisions
                1. These rules apply to all Parties.
                2. They enter into force on signature.
                Chapter II Cooperation
                1. The Parties cooperate.
                2. The Parties meet annually.
                """, Language.EN);
        assertEquals("chapter.1 chapter.1.1 chapter.1.2 chapter.2 chapter.2.1 chapter.2.2", ids(v));
        assertEquals("Chapter 2, 1", v.clause("chapter.2.1").orElseThrow().label());
    }

    @Test
    void aHeadingWrappedMidSentenceIsACrossReference() {
        LanguageVersion v = split("""
                Article 3
                The Parties shall apply the provisions of
                Article 4 “Scope” of the Agreement on Trade, which remain in force.
                Article 4
                This Agreement covers batteries.
                """, Language.EN);
        assertEquals("3 3.p.1 4 4.p.1", ids(v));
        LanguageVersion ja = split("""
                第２条　目的
                この覚書は、協力を目的とする。ただし、
                第３条又は第４条に定める措置は除く。
                第３条　協力分野
                当事者は、協力する。
                """, Language.JA);
        assertEquals("2 2.p.1 3 3.p.1", ids(ja));
    }

    @Test
    void flatJapaneseTextAfterAListIsAParagraphOfTheClauseHoldingTheList() {
        LanguageVersion ja = split("""
                第4条 データベース権

                データベース権が含まれる場合：

                a. 抽出し、再利用する権利を付与します。

                b. 共有する場合は、第3条の条件に従います。

                誤解を避けるために記すと、本第4条は、義務を置き換えるものではありません。

                第5条 無保証
                """, Language.JA);
        assertEquals("4 4.p.1 4.a 4.b 4.p.2 5", ids(ja));
    }

    @Test
    void textSetBackFromAListThatResumesAfterItIsAParagraphOfTheItemBefore() {
        LanguageVersion v = split("""
                Section 6 – Term and Termination.

                  a. This Public License applies for the term of the rights.

                  b. Where Your right has terminated, it reinstates:

                       1. automatically as of the date the violation is cured; or

                       2. upon express reinstatement by the Licensor.

                For the avoidance of doubt, this Section 6(b) does not affect any right.

                  c. The Licensor may also offer the Licensed Material under separate terms.

                For the avoidance of doubt, this Section 6 survives.

                Section 7 – Other Terms.
                """, Language.EN);
        assertEquals("6 6.a 6.b 6.b.1 6.b.2 6.b.p.1 6.c 6.p.1 7", ids(v));
    }

    @Test
    void commonHeadingFormsAreRead() {
        assertEquals("1 1.1 1.2 2", ids(split("""
                第一条（目的）
                （１）この契約は、売買を目的とする。
                （２）売主は、物品を引き渡す。
                第二条（代金）
                """, Language.JA)));
        assertEquals("1 1.p.1 2 2.p.1", ids(split("""
                Article 1er
                Les Parties coopèrent dans le domaine des batteries.
                Article 2
                Le présent accord entre en vigueur à sa signature.
                """, Language.FR)));
    }

    @Test
    void decimalNumberingInFullWidthDigitsGetsDecimalLabels() {
        LanguageVersion v = split("""
                １．定義
                １．１　「サービス」とは、本契約に基づく役務をいう。
                １．２　「料金」とは、サービスの対価をいう。
                ２．料金
                """, Language.JA);
        assertEquals("1 1.1 1.2 2", ids(v));
        assertEquals("1.2", v.clause("1.2").orElseThrow().label());
    }

    @Test
    void aBareHeadingTakesTheShortTitleLineBelowIt() {
        LanguageVersion v = split("""
                Article 2

                Scope

                1. This Agreement applies to battery supply chains in both countries and their partners.

                2. Cooperation under this Agreement may include:

                (a) joint research; and

                (b) exchanges of information.
                """, Language.EN);
        assertEquals("2 2.1 2.2 2.2.a 2.2.b", ids(v));
        assertEquals("Scope", v.clause("2").orElseThrow().text());
    }

    @Test
    void aFrenchRecitalEndingInAQuotationEndsItsParagraph() {
        LanguageVersion v = split("""
                ACCORD ENTRE LE JAPON ET LE CANADA SUR LES CHAÎNES D'APPROVISIONNEMENT
                Le Japon et le Canada, ci-après désignés « les Participants »,
                Affirmant que la coopération entre le Japon et le Canada dans le domaine des batteries est
                « essentielle pour les deux pays. »
                Sont parvenus à l’entente suivante :
                1. Objectif
                """, Language.FR);
        assertEquals("title parties recital.1 formula 1", ids(v));
        assertTrue(Punctuation.endsSentence("les deux pays. »"));
        assertTrue(!Punctuation.endsSentence("« les Participants »,"));
    }

    @Test
    void aRuleOfUnderscoresFollowedByMoreNumberingIsAFootnoteRule() {
        LanguageVersion v = split("""
                1. The Parties cooperate on energy.
                2. The Parties meet annually.
                __________
                See the Joint Statement of 2023.
                3. This Agreement is not legally binding.
                """, Language.EN);
        assertEquals("1 2 3", ids(v).replace(" ", " "));
        assertEquals("The Parties meet annually. See the Joint Statement of 2023.", v.clause("2").orElseThrow().text());
    }

    @Test
    void aVersionWithMoreClausesThanTheLimitIsRefused() {
        String many = "No numbering here at all.\n\n".repeat(ClauseSplitter.MAX_CLAUSES + 1);
        org.clausealign.InputException e = org.junit.jupiter.api.Assertions.assertThrows(org.clausealign.InputException.class,
                () -> split(many, Language.EN));
        assertEquals("test: has more than 500,000 clauses in its en version, the limit for one file", e.getMessage());
    }
}
