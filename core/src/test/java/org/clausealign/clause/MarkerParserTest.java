package org.clausealign.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkerParserTest {
    private static String readings(String line) {
        return MarkerParser.parse(line).stream()
                .map(m -> m.style() + ":" + m.value() + ":" + m.component() + ":" + line.substring(m.textOffset()))
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "１．目的|DOT_NUMBER:1:1:目的",
        "1. Objective|DOT_NUMBER:1:1:Objective",
        "1．Objectif|DOT_NUMBER:1:1:Objectif",
        "２． 協力分野|DOT_NUMBER:2:2:協力分野",
        "(a)本協力覚書の適用から|PAREN_LOWER:1:a:本協力覚書の適用から",
        "(c) This MOC encourages|PAREN_LOWER:3:c:This MOC encourages",
        "(i) promoting|PAREN_LOWER:9:i:promoting PAREN_ROMAN:1:i:promoting",
        "(vii) promoting|PAREN_ROMAN:7:vii:promoting",
        "(x) other areas|PAREN_LOWER:24:x:other areas PAREN_ROMAN:10:x:other areas",
        "(A) text|PAREN_UPPER:1:A:text",
        "（１）日本国は|PAREN_NUMBER:1:1:日本国は",
        "①日本国は|CIRCLED:1:1:日本国は",
        "Article 1|ARTICLE:1:1:",
        "Article premier|ARTICLE:1:1:",
        "Section 1 – Definitions.|ARTICLE:1:1:Definitions.",
        "Article 2 - Champ d’application|ARTICLE:2:2:Champ d’application",
        "第１条|ARTICLE:1:1:",
        "第10条|ARTICLE:10:10:",
        "第十二条　定義|ARTICLE:12:12:定義",
        "第1条　定義|ARTICLE:1:1:定義",
        "第１章　総則|CHAPTER:1:1:総則",
        "Chapter 2 General provisions|CHAPTER:2:2:General provisions",
        "1.1 Scope|DECIMAL:1:1.1:Scope",
        "a. Adapted Material means|DOT_LOWER:1:a:Adapted Material means",
        "iv. a notice|DOT_ROMAN:4:iv:a notice",
        "A. reproduce|DOT_UPPER:1:A:reproduce",
        "第二条の二　国は|ARTICLE:2:2-2:国は",
        "第10条の3|ARTICLE:10:10-3:",
        "Article 2-2 The State must|ARTICLE:2:2-2:The State must",
        "Article 2 (1) The term|ARTICLE:2:2:The term",
        "２　前項の規定は|JA_PARAGRAPH:2:2:前項の規定は",
        "一　リチウムイオン蓄電池|JA_ITEM:1:i:リチウムイオン蓄電池",
        "十二　その他|JA_ITEM:12:xii:その他",
        "イ　製造業者|JA_SUBITEM:1:a:製造業者 JA_SUBITEM_GOJUON:2:b:製造業者",
        "ハ　輸入業者|JA_SUBITEM:3:c:輸入業者 JA_SUBITEM_GOJUON:26:z:輸入業者",
        "ア　障害対応|JA_SUBITEM:36:36:障害対応 JA_SUBITEM_GOJUON:1:a:障害対応",
    })
    void readsTheNumberingLegalTextsUse(String line, String expected) {
        assertEquals(expected, readings(line));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "(1)-(2) are not Copyright and Similar Rights.",
        "Section 2(b)(1)-(2) are not",
        "第3条(a)(1)(A)(i)に定められている",
        "第3条に定める",
        "Article 11 of the WIPO Copyright Treaty",
        "(MSP); and",
        "(ESG) standards",
        "(CIV) unit",
        "2050; ",
        "U.S. and Canada",
        "e.g. batteries",
        "i.e. the",
        "etc. and",
        "２０２３年１月のオタワでの",
        "第二条の規定により",
        "一層の協力",
        "二国間の協力",
        "２０３０年までに",
        "2 million tonnes",
        "イノベーションの推進",
        "ハイブリッド車",
    })
    void crossReferencesAndOrdinaryWordsAreNotMarkers(String line) {
        assertEquals(List.of(), MarkerParser.parse(line));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "第二条　この法律において|JA_PARAGRAPH",
        "Article 3 (1) The Minister|PAREN_NUMBER",
        "Article 3 The Minister|",
        "第一章　総則|",
    })
    void anArticleHoldsTheFirstParagraphOfTheListThatFollows(String line, String firstInside) {
        assertEquals(firstInside == null ? null : Style.valueOf(firstInside), MarkerParser.parse(line).get(0).firstInside());
    }
}
