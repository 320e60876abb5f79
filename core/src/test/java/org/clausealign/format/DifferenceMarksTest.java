package org.clausealign.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.clausealign.ClauseAlign;
import org.clausealign.align.Alignment;
import org.clausealign.check.CheckOptions;
import org.clausealign.check.Checks;
import org.clausealign.clause.ParallelDocument;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;

/** The HTML pages mark what differs between the versions, in every version, and nothing else. */
class DifferenceMarksTest {
    /**
     * ja and fr say 600 GWh, en 500; ja and fr say January 2023, en February; ja and en name the G7
     * (ja in full-width letters), fr does not. 2022, 2030 and 2023 agree everywhere.
     */
    private static final Alignment THREE = ClauseAlign.align(new ParallelDocument(Stream.of(
            ClauseAlign.parse("1. 目的\n(a) 両参加者は、２０２２年から２０３０年までに６００ＧＷｈの生産を目指し、"
                    + "２０２３年１月にＧ７に報告する。\n", "ja.txt", List.of(Language.JA)),
            ClauseAlign.parse("1. Objective\n(a) The participants aim to produce 500 GWh from 2022 to 2030, and will "
                    + "report to the G7 in February 2023.\n", "en.txt", List.of(Language.EN)),
            ClauseAlign.parse("1. Objet\n(a) Les participants visent une production de 600 GWh de 2022 à 2030, et "
                    + "rendront compte en janvier 2023.\n", "fr.txt", List.of(Language.FR)))
            .flatMap(d -> d.versions().stream()).toList()));

    private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>");

    private static List<String> marks(String html) {
        List<String> marks = new ArrayList<>();
        Matcher m = MARK.matcher(html);
        while (m.find()) {
            marks.add(m.group(1));
        }
        return marks;
    }

    /** The cell of one version in the section of one check. */
    private static String cell(String html, String check, Language language) {
        String section = html.substring(html.indexOf("data-check=\"" + check + "\""));
        section = section.substring(0, section.indexOf("</section>"));
        String cell = section.substring(section.indexOf("<td lang=\"" + language.code() + "\">"));
        return cell.substring(0, cell.indexOf("</td>"));
    }

    /** The marks in each version's cell of a check's section of the report, ja, en, fr. */
    private static List<List<String>> reportMarks(String check) {
        String html = ReportFormat.html(Checks.run(THREE, CheckOptions.DEFAULTS), List.of("ja.txt", "en.txt", "fr.txt"));
        return Stream.of(Language.JA, Language.EN, Language.FR).map(l -> marks(cell(html, check, l))).toList();
    }

    @Test
    void theReportMarksOnlyTheNumberThatDiffersInEveryVersionAsItIsWritten() {
        assertEquals(List.of(List.of("６００"), List.of("500"), List.of("600")), reportMarks("number"));
    }

    @Test
    void theReportMarksTheMonthThatDiffersInEveryLanguage() {
        assertEquals(List.of(List.of("１月"), List.of("February"), List.of("janvier")), reportMarks("date"));
    }

    @Test
    void theReportMarksAnAcronymInFullWidthLettersToo() {
        assertEquals(List.of(List.of("Ｇ７"), List.of("G7"), List.of()), reportMarks("acronym"));
    }

    @Test
    void theAlignmentPageMarksNumberDateAndAcronymDifferences() {
        String html = HtmlReport.write(THREE, "three");
        String row = html.substring(html.indexOf("<span class=\"id\">1.a</span>"));
        List<String> ja = marks(row.substring(0, row.indexOf("</td>")));
        assertEquals(List.of("６００", "１月", "Ｇ７"), ja);
        String en = row.substring(row.indexOf("<td lang=\"en\">"));
        assertEquals(List.of("500", "G7", "February"), marks(en.substring(0, en.indexOf("</td>"))));
        String fr = row.substring(row.indexOf("<td lang=\"fr\">"));
        assertEquals(List.of("600", "janvier"), marks(fr.substring(0, fr.indexOf("</td>"))));
        assertTrue(html.contains("<meta name=\"viewport\""), html);
    }

    @Test
    void aKanjiNumeralIsMarkedWhereItDiffers() {
        Alignment two = ClauseAlign.align(new ParallelDocument(Stream.of(
                ClauseAlign.parse("1. 目的\n(a) 二千五十年までに排出を実質ゼロにする。\n", "ja.txt", List.of(Language.JA)),
                ClauseAlign.parse("1. Objective\n(a) To reach net zero emissions by 2040.\n", "en.txt", List.of(Language.EN)))
                .flatMap(d -> d.versions().stream()).toList()));
        String html = HtmlReport.write(two, "two");
        assertTrue(html.contains("<mark>二千五十年</mark>までに"), html);
        assertTrue(html.contains("by <mark>2040</mark>."), html);
    }
}
