package org.clausealign.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.clausealign.ClauseAlign;
import org.clausealign.InputException;
import org.clausealign.ReadOptions;
import org.clausealign.TestData;
import org.clausealign.clause.Clause;
import org.clausealign.clause.LanguageVersion;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;

class EGovLawReaderTest {
    private static LanguageVersion read(String xml) {
        Reading reading = Readers.read(xml.getBytes(StandardCharsets.UTF_8), "law.xml", ReadOptions.DEFAULTS);
        return ((Reading.Clauses) reading).versions().get(0);
    }

    private static List<String> ids(LanguageVersion version) {
        return version.clauses().stream().map(Clause::id).toList();
    }

    @Test
    void theStatuteInEGovXmlGivesTheClausesOfItsPlainText() {
        LanguageVersion text = ClauseAlign.read(List.of(TestData.path("statute/ja.txt")),
                ReadOptions.DEFAULTS.withLanguages(List.of(Language.JA))).versions().get(0);
        LanguageVersion xml = ClauseAlign.read(List.of(TestData.path("formats/statute-ja.xml")), ReadOptions.DEFAULTS)
                .versions().get(0);
        assertEquals(List.of("title", "chapter.1", "1", "2", "2.1.i", "2.1.ii", "2.1.iii", "2.2", "2-2", "chapter.2",
                "3", "3.2", "3.2.i", "3.2.ii", "3.3", "4", "suppl", "suppl.p.1"), ids(xml));
        assertEquals(ids(text), ids(xml));
        // The caption （目的） is the clause's caption here, in the text as the plain text prints it.
        assertEquals(text.clauses().stream().map(c -> c.label() + " " + c.marker() + " " + c.text()).toList(),
                xml.clauses().stream().map(c -> c.label() + " " + c.marker() + " " + c.caption() + c.text()).toList());
        assertEquals("（定義）", xml.clause("2").orElseThrow().caption());
        assertEquals("Article 2 Paragraph 1 Item 3", xml.clause("2.1.iii").orElseThrow().origin());
    }

    @Test
    void subitemsItemsOfAOneParagraphArticleAndSupplementaryArticlesGetTheStatuteIds() {
        LanguageVersion v = read("""
                <Law Lang="ja"><LawBody><LawTitle>電池法</LawTitle><MainProvision>
                <Chapter Num="1"><ChapterTitle>第一章　総則</ChapterTitle>
                <Section Num="1"><SectionTitle>第一節　通則</SectionTitle>
                <Article Num="1"><ArticleCaption>（定義）</ArticleCaption><ArticleTitle>第一条</ArticleTitle>
                <Paragraph Num="1"><ParagraphNum/><ParagraphSentence><Sentence>次に掲げる用語の意義は、当該各号による。</Sentence></ParagraphSentence>
                <Item Num="1"><ItemTitle>一</ItemTitle><ItemSentence><Column><Sentence>蓄電池</Sentence></Column>
                <Column><Sentence>次に掲げるものをいう。</Sentence></Column></ItemSentence>
                <Subitem1 Num="1"><Subitem1Title>イ</Subitem1Title><Subitem1Sentence><Sentence>リチウムイオン蓄電池</Sentence></Subitem1Sentence></Subitem1>
                <Subitem1 Num="2"><Subitem1Title>ロ</Subitem1Title><Subitem1Sentence><Sentence>ニッケル水素蓄電池</Sentence></Subitem1Sentence></Subitem1>
                </Item>
                <Item Num="1_2"><ItemTitle>一の二</ItemTitle><ItemSentence><Sentence>再資源化　回収することをいう。</Sentence></ItemSentence></Item>
                </Paragraph></Article></Section></Chapter></MainProvision>
                <SupplProvision><SupplProvisionLabel>附　則</SupplProvisionLabel>
                <Article Num="1"><ArticleCaption>（施行期日）</ArticleCaption><ArticleTitle>第一条</ArticleTitle>
                <Paragraph Num="1"><ParagraphNum/><ParagraphSentence><Sentence>この法律は、公布の日から施行する。</Sentence>
                <Sentence>ただし、次条の規定は、別に定める。</Sentence></ParagraphSentence></Paragraph></Article>
                <Article Num="2"><ArticleTitle>第二条</ArticleTitle><Paragraph Num="1"><ParagraphNum/>
                <ParagraphSentence><Sentence>従前の例による。</Sentence></ParagraphSentence></Paragraph></Article>
                </SupplProvision></LawBody></Law>
                """);
        assertEquals(List.of("title", "chapter.1", "1", "1.i", "1.i.a", "1.i.b", "1.i-2", "suppl", "suppl.1", "suppl.2"),
                ids(v));
        assertEquals(List.of("Title", "Chapter 1", "1", "1(i)", "1(i)(a)", "1(i)(b)", "1(i-2)", "Supplementary Provisions",
                "Suppl. 1", "Suppl. 2"), v.clauses().stream().map(Clause::label).toList());
        assertEquals("蓄電池　次に掲げるものをいう。", v.clause("1.i").orElseThrow().text());
        assertEquals("この法律は、公布の日から施行する。ただし、次条の規定は、別に定める。",
                v.clause("suppl.1").orElseThrow().text());
        assertEquals(Language.JA, v.language());
    }

    @Test
    void aLawWithADtdIsRefusedBeforeAnyOfItIsRead() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE Law [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Law><LawBody><LawTitle>&x;</LawTitle></LawBody></Law>";
        assertEquals(Format.E_GOV_LAW_XML, Format.of(xml.getBytes(StandardCharsets.UTF_8)));
        InputException e = assertThrows(InputException.class, () -> read(xml));
        assertEquals("law.xml: has a DTD (<!DOCTYPE …>), which clausealign never loads or expands (entities can read"
                + " other files or blow up in memory)", e.getMessage());
    }
}
