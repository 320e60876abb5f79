package org.clausealign.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.clausealign.ClauseAlign;
import org.clausealign.ReadOptions;
import org.clausealign.TestData;
import org.clausealign.align.Alignment;
import org.clausealign.align.ClauseGroup;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;

/**
 * A Japanese statute as e-Gov prints it and its English translation as the Japanese Law
 * Translation database prints it (testdata/statute): captions above articles, 第二条の二 / Article
 * 2-2 branch articles, paragraphs numbered from the second (２ / (2), the first unnumbered in
 * Japanese and "(1)" on the heading line in English), and items in kanji (一 / (i)).
 */
class StatuteSplitTest {
    /**
     * Both versions: the chapters, articles, their paragraphs and items, cited the same way. An
     * article holds its first paragraph, whose items are 2.1.i ("Article 2(1)(i)").
     */
    private static final String IDS = "title chapter.1 1 2 2.1.i 2.1.ii 2.1.iii 2.2 2-2 chapter.2 3 3.2 3.2.i 3.2.ii 3.3 4 suppl suppl.p.1";

    private static LanguageVersion split(String language) {
        return ClauseAlign.read(List.of(TestData.path("statute/" + language + ".txt")), ReadOptions.DEFAULTS)
                .versions().get(0);
    }

    /** @return the one version of a text in one language */
    private static LanguageVersion parse(String text, Language language) {
        return ClauseAlign.parse(text, language.code(), List.of(language)).versions().get(0);
    }

    private static String ids(LanguageVersion version) {
        return version.clauses().stream().map(Clause::id).collect(Collectors.joining(" "));
    }

    @Test
    void japaneseArticlesParagraphsAndItemsAreClauses() {
        LanguageVersion ja = split("ja");
        assertEquals(IDS, ids(ja));
        assertEquals("この法律において「再資源化」とは、使用済みの蓄電池から重要鉱物を回収し、これを原材料として利用することができる状態にすることをいう。",
                ja.clause("2.2").orElseThrow().text());
        assertEquals("リチウムイオン蓄電池", ja.clause("2.1.i").orElseThrow().text());
        assertEquals("一", ja.clause("2.1.i").orElseThrow().marker());
        assertEquals("第二条の二", ja.clause("2-2").orElseThrow().marker());
    }

    @Test
    void englishArticleHoldsItsFirstParagraphAndTheSecondContinuesIt() {
        LanguageVersion en = split("en");
        assertEquals(IDS, ids(en));
        assertEquals("(Definitions) The term \"storage battery\" as used in this Act means the following:",
                en.clause("2").orElseThrow().text());
        assertEquals("3(2)(i)", en.clause("3.2.i").orElseThrow().label());
        assertEquals("2(1)(iii)", en.clause("2.1.iii").orElseThrow().label());
        assertEquals("Article 2-2", en.clause("2-2").orElseThrow().marker());
    }

    @Test
    void aCaptionAboveAnArticleOpensItsText() {
        assertEquals("（目的）この法律は、蓄電池の再資源化を促進するための措置を講ずることにより、資源の有効な利用の確保を図り、"
                + "もって国民経済の健全な発展に寄与することを目的とする。", split("ja").clause("1").orElseThrow().text());
        LanguageVersion en = split("en");
        assertTrue(en.clause("2-2").orElseThrow().text().startsWith("(Provision of Information) The State must"),
                en.clause("2-2").orElseThrow().text());
        // The caption is not left at the end of the article above it.
        assertTrue(en.clause("1").orElseThrow().text().endsWith("national economy."), en.clause("1").orElseThrow().text());
    }

    @Test
    void itemsOfAnArticleWithOneParagraphAreCitedUnderTheArticle() {
        String ja = """
                第五条　次に掲げる者は、報告しなければならない。
                一　製造業者
                二　輸入業者
                第六条　この法律は、公布の日から施行する。
                """;
        String en = """
                Article 5 The following persons must report:
                (i) manufacturers;
                (ii) importers.
                Article 6 This Act comes into effect on the day of its promulgation.
                """;
        assertEquals("5 5.i 5.ii 6", ids(parse(ja, Language.JA)));
        assertEquals("5 5.i 5.ii 6", ids(parse(en, Language.EN)));
    }

    @Test
    void subItemsInIrohaOrderAreLetteredUnderTheirItem() {
        String ja = """
                第七条　次に掲げる者は、届け出なければならない。
                一　次のいずれかに該当する事業者
                　イ　蓄電池の製造業者
                　ロ　蓄電池の輸入業者
                二　地方公共団体
                """;
        String en = """
                Article 7 The following persons must notify:
                (i) business operators falling under either of the following:
                  (a) manufacturers of storage batteries;
                  (b) importers of storage batteries;
                (ii) local governments.
                """;
        assertEquals("7 7.i 7.i.a 7.i.b 7.ii", ids(parse(ja, Language.JA)));
        assertEquals("7 7.i 7.i.a 7.i.b 7.ii", ids(parse(en, Language.EN)));
    }

    @Test
    void aBracketedLineAboveRunningTextStaysWhereItIs() {
        LanguageVersion en = parse("""
                Article 1 The parties cooperate.
                (Reference only)
                This paragraph explains the article.
                Article 2 The parties report.
                """, Language.EN);
        // Only a line right above an article is its caption.
        assertEquals("The parties report.", en.clause("2").orElseThrow().text());
        assertTrue(en.clauses().stream().anyMatch(c -> c.text().contains("(Reference only) This paragraph explains")),
                en.clauses().toString());
    }

    @Test
    void supplementaryProvisionsAreNumberedAfreshNotAsParagraphsOfTheLastArticle() {
        LanguageVersion ja = parse("""
                第三条　経済産業大臣は、報告をさせることができる。

                附　則
                １　この法律は、公布の日から施行する。
                ２　政府は、この法律の施行後五年を経過した場合において、検討を加える。
                """, Language.JA);
        assertEquals("3 suppl suppl.1 suppl.2", ids(ja));
        assertEquals("Suppl. 2", ja.clause("suppl.2").orElseThrow().label());
    }

    @Test
    void anExplicitFirstParagraphNumberTakesThePlaceOfTheUnmarkedOne() {
        LanguageVersion ja = parse("""
                第１条（目的）
                １　本契約は、業務に関する基本的事項を定める。
                ２　甲及び乙は、誠実に本契約を履行しなければならない。
                """, Language.JA);
        assertEquals("1 1.1 1.2", ids(ja));
        assertEquals("本契約は、業務に関する基本的事項を定める。", ja.clause("1.1").orElseThrow().text());
    }

    @Test
    void aTitlesLastLineAndABareHeadingsTitleStayWhereTheyAre() {
        LanguageVersion ja = parse("""
                日本国とフランス共和国との間の社会保障に関する協定
                （仮訳）
                第一条　この協定の適用上、「権限のある当局」とは、大臣をいう。
                第二条　この協定は、両締約国の法令の適用を受ける者について適用する。
                """, Language.JA);
        assertTrue(ja.clause("title").orElseThrow().text().endsWith("（仮訳）"), ja.clauses().toString());
        assertTrue(ja.clause("1").orElseThrow().text().startsWith("この協定"), ja.clauses().toString());
        LanguageVersion en = parse("""
                Article 1 The competent authority means the Minister.
                Article 2
                (Deleted)
                Article 3 This Agreement applies to persons subject to the legislation of either State.
                """, Language.EN);
        assertEquals("(Deleted)", en.clause("2").orElseThrow().text());
        assertTrue(en.clause("3").orElseThrow().text().startsWith("This Agreement"), en.clauses().toString());
    }

    @Test
    void lettersAndCitationsThatLookLikeNumberingStayText() {
        // ア, イ, ウ letter a list of their own: イ is not a sub-item outside a kanji item.
        LanguageVersion list = parse("""
                １．事業の概要
                本年度は、次の事業を実施することとする。
                ア　防災訓練の実施
                イ　備蓄品の整備
                ウ　情報の提供
                ２．予算
                """, Language.JA);
        assertEquals("1 2", ids(list));
        // An amending act cites branch articles at line starts: 第一条の二中… is an amendment, not an article.
        LanguageVersion amending = parse("""
                蓄電池の再資源化の促進に関する法律の一部を改正する法律
                第一条　第一条中「蓄電池」を「蓄電池等」に改める。
                第一条の二中「国」を「国及び地方公共団体」に改める。
                第一条の二後段を削る。
                """, Language.JA);
        assertTrue(amending.clauses().stream().noneMatch(c -> c.id().startsWith("1-2")), amending.clauses().toString());
    }

    @Test
    void branchChaptersAreChapters() {
        LanguageVersion en = parse("""
                Chapter 1 General Provisions
                Article 1 The operator must keep the facility safe.
                Chapter 1-2 Operation
                Article 2 The operator must keep records.
                """, Language.EN);
        assertEquals("chapter.1 1 chapter.1-2 2", ids(en));
    }

    @Test
    void supplementaryProvisionsOpenOnlyAfterArticlesAndNotAsATitle() {
        // A table of contents lists 附則 before any article; "Dispositions supplémentaires" under
        // "Article 11" is that article's title; 附則（…）第二条の規定 cites an older act's provisions.
        LanguageVersion contents = parse("""
                蓄電池法
                目次
                第一章　総則（第一条）
                附則

                第一章　総則
                第一条　この法律は、目的を定める。
                第二条　この法律は、定義を定める。

                附　則
                （施行期日）
                第一条　この法律は、公布の日から施行する。
                """, Language.JA);
        assertTrue(ids(contents).endsWith("1 2 suppl suppl.1"), ids(contents));
        assertEquals("（施行期日）この法律は、公布の日から施行する。", contents.clause("suppl.1").orElseThrow().text());
        LanguageVersion fr = parse("""
                Article 11
                Dispositions supplémentaires
                Les Parties peuvent convenir de dispositions supplémentaires.

                Article 12
                Entrée en vigueur
                Le présent Accord entre en vigueur à la date de sa signature.
                """, Language.FR);
        assertTrue(fr.clause("12").isPresent() && fr.clauses().stream().noneMatch(c -> c.id().startsWith("suppl")),
                fr.clauses().toString());
        LanguageVersion cited = parse("""
                第一条　電気事業法の一部を次のように改正する。
                第二条　次に掲げる規定は、なおその効力を有する。
                附則（平成二十年法律第五号）第二条の規定
                第三条　この法律の施行に関し必要な事項は、政令で定める。
                """, Language.JA);
        assertTrue(cited.clauses().stream().noneMatch(c -> c.id().startsWith("suppl")), cited.clauses().toString());
        assertTrue(cited.clause("3").isPresent(), cited.clauses().toString());
    }

    @Test
    void branchNumbersInKanjiAboveTenAreReadWhole() {
        LanguageVersion amending = parse("""
                第一条　電気事業法の一部を次のように改正する。
                第三条の十一中「経済産業大臣」を「経済産業大臣又は都道府県知事」に改める。
                第二十七条の二十九中「公表」を「通知」に改める。
                """, Language.JA);
        // Neither line is a branch article (3-10, 27-20): they amend articles 3-11 and 27-29.
        assertTrue(amending.clauses().stream().noneMatch(c -> c.id().contains("-")), ids(amending));
        assertTrue(amending.clauses().stream().anyMatch(c -> c.text().startsWith("第三条の十一中")), ids(amending));
    }

    @Test
    void aCitationInBracketsIsNotACaptionNorABreak() {
        LanguageVersion en = parse("""
                Article 1
                1. The provisions of the Act on the Protection of Personal Information of Japan
                (Act No. 57 of 2003)
                Article 23 (1) of which restricts disclosure, shall apply to the information.
                2. Each Party shall notify the other Party of any change in its laws.

                Article 2
                This Agreement shall enter into force on the date of its signature.
                """, Language.EN);
        assertTrue(ids(en).startsWith("1 1.1 1.2 2"), ids(en));
    }

    @Test
    void irohaSubItemsStandUnderNumberedItemsAndACaptionMayOpenTheFile() {
        LanguageVersion contract = parse("""
                第１条（解除）
                甲は、乙が次の各号のいずれかに該当するときは、本契約を解除することができる。
                (1)　乙が本契約に違反したとき。
                (2)　乙に次に掲げる事由が生じたとき。
                イ　破産手続開始の申立てがあったとき。
                ロ　差押えを受けたとき。
                """, Language.JA);
        assertTrue(ids(contract).endsWith("1.2 1.2.a 1.2.b"), ids(contract));
        LanguageVersion bare = parse("""
                （目的）
                第一条　この法律は、資源の有効な利用の確保を図ることを目的とする。
                （定義）
                第二条　この法律において「蓄電池」とは、政令で定めるものをいう。
                """, Language.JA);
        assertEquals("1 2", ids(bare));
        assertTrue(bare.clause("1").orElseThrow().text().startsWith("（目的）"), bare.clauses().toString());
    }

    @Test
    void kanaSubItemsInTheKanaTablesOrderAreLetteredToo() {
        LanguageVersion contract = parse("""
                第２条（業務の内容）
                乙が行う業務は、次のとおりとする。
                （1）システムの保守
                ア　障害対応
                イ　定期点検
                ウ　報告書の作成
                （2）利用者の支援
                """, Language.JA);
        assertTrue(ids(contract).endsWith("2.1 2.1.a 2.1.b 2.1.c 2.2"), ids(contract));
        assertEquals("定期点検", contract.clause("2.1.b").orElseThrow().text());
    }

    @Test
    void aContractsArticlesNumberOnPastSupplementaryProvisions() {
        LanguageVersion en = parse("""
                Article 1. Purpose. The parties agree to cooperate.

                Article 2. Term. This Agreement runs for five years.

                Article 3. Fees. The fees are set out in the annex.

                Supplementary Provisions

                Article 4. Governing law. This Agreement is governed by the laws of Japan.

                Article 5. Counterparts. This Agreement is made in two counterparts.
                """, Language.EN);
        assertTrue(ids(en).endsWith("suppl suppl.4 suppl.5"), ids(en));
    }

    @Test
    void translationAlignsClauseForClause() {
        Alignment alignment = ClauseAlign.align(ClauseAlign.read(
                List.of(TestData.path("statute/ja.txt"), TestData.path("statute/en.txt")), ReadOptions.DEFAULTS));
        assertEquals(IDS, alignment.groups().stream().map(ClauseGroup::id).collect(Collectors.joining(" ")));
        for (ClauseGroup group : alignment.groups()) {
            assertEquals(1, group.clauses().get(Language.JA).size(), group.id());
            assertEquals(1, group.clauses().get(Language.EN).size(), group.id());
        }
    }
}
