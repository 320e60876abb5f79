package org.clausealign.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.clausealign.ClauseAlign;
import org.clausealign.TestData;
import org.clausealign.check.CheckOptions;
import org.clausealign.check.Checks;
import org.clausealign.check.Report;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class ReportFormatTest {
    @Test
    void theHtmlReportIsOneWellFormedPageWithTheVersionsSideBySideAndMarkedDifferences() throws Exception {
        Report report = Checks.run(ClauseAlign.align(ClauseAlign.read(TestData.moc())), CheckOptions.DEFAULTS);
        String html = ReportFormat.html(report, List.of("moc.txt"));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"), html);
        assertTrue(html.contains("<span class=\"warning\">6 warnings</span>"), html);
        assertTrue(html.contains("<section class=\"finding\" data-check=\"punctuation\" data-severity=\"warning\">"), html);
        assertTrue(html.contains("<mark>FOIP</mark>"), html);
        assertTrue(html.contains("<mark>minéraux essentiels</mark>") && html.contains("<mark>重要鉱物</mark>"), html);
        // The page is well-formed XML apart from its doctype, so browsers and scripts read it alike.
        String xml = html.substring(html.indexOf("<html")).replaceAll("<meta ([^>]*)>", "<meta $1/>");
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        assertEquals(6, document.getElementsByTagName("section").getLength());
    }

    @Test
    void clauseTextIsEscapedInTheHtmlReport() {
        String hostile = "1. Objective\n(a) <script>alert('x')</script> costs 5 dollars.\n";
        Report report = Checks.run(ClauseAlign.align(ClauseAlign.parse(hostile, "<i>.txt", List.of(Language.EN))),
                CheckOptions.DEFAULTS);
        String html = ReportFormat.html(report, List.of("<i>.txt"));
        assertTrue(!html.contains("<script>alert") && !html.contains("<i>.txt"), html);
        assertTrue(html.contains("&lt;i&gt;.txt"), html);
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAsFormulasStartWithAnApostrophe() {
        var alignment = ClauseAlign.align(ClauseAlign.parse("1. Objective\n(a) The parties cooperate.\n", "en.txt",
                List.of(Language.EN)));
        var finding = new org.clausealign.check.Finding("number", org.clausealign.check.Severity.WARNING, "1.a", "=1+1",
                List.of(Language.EN), java.util.Map.of(), "@SUM(A1) \"quoted\"");
        String[] rows = ReportFormat.csv(new Report(alignment, List.of(finding))).split("\r\n");
        assertEquals("\"number\",\"warning\",\"1.a\",\"'=1+1\",\"en\",\"'@SUM(A1) \"\"quoted\"\"\"", rows[1]);
    }

    @Test
    void oneFindingAndOneOfASeverityAreCountedInTheSingular() {
        var alignment = ClauseAlign.align(ClauseAlign.parse("1. Objective\n(a) The parties cooperate.\n", "en.txt",
                List.of(Language.EN)));
        var finding = new org.clausealign.check.Finding("number", org.clausealign.check.Severity.WARNING, "1.a", "1(a)",
                List.of(Language.EN), java.util.Map.of(), "The number differs.");
        Report report = new Report(alignment, List.of(finding));
        assertTrue(ReportFormat.text(report).endsWith("\n1 finding: 0 errors, 1 warning, 0 info.\n"), ReportFormat.text(report));
        String html = ReportFormat.html(report, List.of("en.txt"));
        assertTrue(html.contains("<span class=\"error\">0 errors</span><span class=\"warning\">1 warning</span>"), html);
    }
}
