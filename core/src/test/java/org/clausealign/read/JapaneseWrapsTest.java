package org.clausealign.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Japanese lines of a PDF laid out without paragraph gaps or indentation, as a word processor
 * prints them: where the layout shows them wrapped they are joined, and where it shows a
 * paragraph's end they are not ({@link PdfPages#layout} with {@link JapaneseWraps}). Every line
 * here starts at the left margin and its characters are one font size wide; the text is 30
 * characters wide.
 */
class JapaneseWrapsTest {
    private static final float SIZE = 10;
    private static final float LEFT = 72;
    private static final int WIDTH = 30;

    /** A line of full-width characters on the given row of its page; its first unit is one character. */
    private static PdfLine line(int row, String text) {
        return line(row, text, SIZE * text.length(), SIZE);
    }

    private static PdfLine line(int row, String text, float width, float lead) {
        return new PdfLine(text, LEFT, 100 + 16 * row, SIZE, LEFT + width, LEFT, lead);
    }

    /** A line that fills the text's width. */
    private static PdfLine full(int row, String text) {
        assertEquals(WIDTH, text.length(), "a full line");
        return line(row, text);
    }

    @Test
    void aLineIsJoinedWhereTheNextCharacterWouldNotHaveFittedAfterItAndEndsItsParagraphWhereItWould() {
        List<String> text = PdfPages.layout(List.of(List.of(
                full(0, "全ての当事者は、本協力覚書を含む既存の二国間戦略的パートナー"),
                line(1, "シップを通じて協力する。"),
                // A sentence ending on a full line: the next line could not have started on it.
                full(2, "全ての当事者は、安全保障を達成するために協力するものとする。"),
                line(3, "本協力覚書は、二国間協力を推進する。"),
                line(4, "全ての当事者は、情報交換を行う。")))).get(0);
        assertEquals(List.of("全ての当事者は、本協力覚書を含む既存の二国間戦略的パートナーシップを通じて協力する。", "",
                "全ての当事者は、安全保障を達成するために協力するものとする。本協力覚書は、二国間協力を推進する。", "",
                "全ての当事者は、情報交換を行う。"), text);
    }

    @Test
    void aFullLineEndsItsRecitalWhereItEndsAsThePreamblesVisiblyEndedRecitalsEnd() {
        List<String> text = PdfPages.layout(List.of(List.of(
                line(0, "日本国経済産業省及びカナダ産業省は、"),
                full(1, "カーボンニュートラル及び経済安全保障を実現し、上流から下流ま"),
                line(2, "で持続可能な協力を強化するという目的を共有し、"),
                full(3, "バッテリーがグリーン経済に不可欠な技術であることを再認識し、"),
                // Ends in a comma too, but not as the recitals end: the recital goes on.
                full(4, "日本とカナダは、バッテリーがグリーン経済に不可欠であるため、"),
                line(5, "その供給網を強化することに留意し、"),
                line(6, "以下の認識に達した。"),
                line(7, "１．目的"),
                // After the first numbered clause, a full line ending so is not taken to end its paragraph.
                full(8, "全ての当事者は、二国間協力を推進し、経済の安全保障を強化し、"),
                line(9, "情報交換を行う。")))).get(0);
        assertEquals(List.of("日本国経済産業省及びカナダ産業省は、", "",
                "カーボンニュートラル及び経済安全保障を実現し、上流から下流まで持続可能な協力を強化するという目的を共有し、", "",
                "バッテリーがグリーン経済に不可欠な技術であることを再認識し、", "",
                "日本とカナダは、バッテリーがグリーン経済に不可欠であるため、その供給網を強化することに留意し、", "",
                "以下の認識に達した。", "１．目的", "",
                "全ての当事者は、二国間協力を推進し、経済の安全保障を強化し、情報交換を行う。"), text);
    }

    @Test
    void aLineStoppingShortOfAWordTooWideForItGoesOnUnlessItEndsASentence() {
        List<String> text = PdfPages.layout(List.of(List.of(
                line(0, "全ての当事者は、日加次官級経済協議及び日加エネルギー政策"),
                line(1, "（JCEPD）を含む協議の場を活用する。", 200, 50),
                line(2, "本協力覚書は、原本に署名された。"),
                line(3, "________________________________", 160, 160),
                line(4, "日本国のために")))).get(0);
        assertEquals(List.of("全ての当事者は、日加次官級経済協議及び日加エネルギー政策（JCEPD）を含む協議の場を活用する。", "",
                "本協力覚書は、原本に署名された。", "", "________________________________", "日本国のために"), text);
    }

    @Test
    void aStatutesParagraphOrItemNumberSetOffByASpaceStartsAParagraphAfterAFullLine() {
        List<String> text = PdfPages.layout(List.of(List.of(
                full(0, "第二条　この法律において「電池」とは、次に掲げるものをいう。"),
                line(1, "一 リチウムイオン蓄電池"),
                full(2, "二 ニッケル水素蓄電池その他の蓄電池であって政令で定めるもの"),
                line(3, "２ この法律において「再資源化」とは、政令で定めることをいう。")))).get(0);
        assertEquals(List.of("第二条　この法律において「電池」とは、次に掲げるものをいう。", "", "一 リチウムイオン蓄電池", "",
                "二 ニッケル水素蓄電池その他の蓄電池であって政令で定めるもの", "",
                "２ この法律において「再資源化」とは、政令で定めることをいう。"), text);
    }

    @Test
    void aParagraphGoesOnOverAPageBreakWhereThePagesLastLineIsWrapped() {
        List<List<String>> pages = PdfPages.layout(List.of(
                List.of(full(0, "全ての当事者は、本協力覚書を含む既存の二国間戦略的パートナー")),
                List.of(line(0, "シップを通じて協力する。"), line(1, "本協力覚書は、二国間協力を推進する。")),
                List.of(line(0, "全ての当事者は、情報交換を行う。"))));
        assertEquals(List.of(List.of("全ての当事者は、本協力覚書を含む既存の二国間戦略的パートナーシップを通じて協力する。"),
                List.of("", "本協力覚書は、二国間協力を推進する。"), List.of("", "全ての当事者は、情報交換を行う。")), pages);
    }
}
