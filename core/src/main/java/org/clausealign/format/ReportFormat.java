package org.clausealign.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clausealign.align.ClauseGroup;
import org.clausealign.check.Finding;
import org.clausealign.check.Report;
import org.clausealign.check.Severity;
import org.clausealign.lang.Language;
import org.clausealign.text.Plural;

/**
 * Renders a discrepancy report: text grouped by clause for a terminal, JSON, CSV for
 * spreadsheets, or one self-contained HTML page.
 *
 * <p>JSON: {@code {"documents":["moc.txt"],"summary":{"error":0,"warning":3,"info":0},
 * "findings":[{"check":"number","severity":"warning","clause":"9.c","label":"9(c)",
 * "languages":["en","ja","fr"],"message":"…","evidence":{"ja":"…","en":"…","fr":"…"}}]}}.
 */
public final class ReportFormat {
    private ReportFormat() {}

    /**

     * {@return the number of findings of each severity, most severe first}

     *

     * @param report the findings

     */
    public static Map<Severity, Long> summary(Report report) {
        Map<Severity, Long> counts = new LinkedHashMap<>();
        for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            counts.put(severity, report.findings().stream().filter(f -> f.severity() == severity).count());
        }
        return counts;
    }

    /**
     * {@return the findings grouped by clause: the label, then each finding's severity, check and
     *     sentence, and the evidence from each version}
     *
     * @param report the findings
     */
    public static String text(Report report) {
        if (report.findings().isEmpty()) {
            return "No discrepancies found between the versions.\n";
        }
        StringBuilder out = new StringBuilder();
        String clause = null;
        for (Finding finding : report.findings()) {
            if (!finding.group().equals(clause)) {
                clause = finding.group();
                out.append(out.length() == 0 ? "" : "\n").append(finding.label()).append('\n');
            }
            out.append("  ").append(finding.severity().name().toLowerCase(Locale.ROOT)).append(" [")
                    .append(finding.check()).append("]  ").append(finding.message()).append('\n');
            for (Language language : Language.values()) {
                String evidence = finding.evidence().get(language);
                if (evidence != null) {
                    out.append("      ").append(language.code()).append("  ").append(SplitFormat.truncate(evidence, 150))
                            .append('\n');
                }
            }
        }
        Map<Severity, Long> summary = summary(report);
        return out.append('\n').append(Plural.count(report.findings().size(), "finding")).append(": ")
                .append(Plural.count(summary.get(Severity.ERROR), "error")).append(", ")
                .append(Plural.count(summary.get(Severity.WARNING), "warning")).append(", ")
                .append(summary.get(Severity.INFO)).append(" info.\n").toString();
    }

    /**
     * {@return the JSON document, ending with a line break}
     *
     * @param report the findings
     * @param documents the names of the files checked
     */
    public static String json(Report report, List<String> documents) {
        StringBuilder out = new StringBuilder("{\"documents\":[");
        for (int i = 0; i < documents.size(); i++) {
            Json.string(out.append(i == 0 ? "" : ","), documents.get(i));
        }
        out.append("],\"summary\":{");
        int k = 0;
        for (Map.Entry<Severity, Long> e : summary(report).entrySet()) {
            Json.string(out.append(k++ == 0 ? "" : ","), e.getKey().name().toLowerCase(Locale.ROOT)).append(':')
                    .append(e.getValue());
        }
        out.append("},\"findings\":[");
        boolean first = true;
        for (Finding finding : report.findings()) {
            out.append(first ? "\n" : ",\n");
            first = false;
            out.append("{\"check\":");
            Json.string(out, finding.check()).append(",\"severity\":");
            Json.string(out, finding.severity().name().toLowerCase(Locale.ROOT)).append(",\"clause\":");
            Json.string(out, finding.group()).append(",\"label\":");
            Json.string(out, finding.label()).append(",\"languages\":[");
            for (int i = 0; i < finding.languages().size(); i++) {
                Json.string(out.append(i == 0 ? "" : ","), finding.languages().get(i).code());
            }
            out.append("],\"message\":");
            Json.string(out, finding.message()).append(",\"evidence\":");
            Json.byLanguage(out, finding.evidence());
            out.append('}');
        }
        return out.append("]}\n").toString();
    }

    /**
     * {@return CSV (RFC 4180): check, severity, clause, label, languages, message; cells that a
     *     spreadsheet would run as formulas start with an apostrophe}
     *
     * @param report the findings
     */
    public static String csv(Report report) {
        StringBuilder out = new StringBuilder("check,severity,clause,label,languages,message\r\n");
        for (Finding f : report.findings()) {
            out.append(String.join(",", cell(f.check()), cell(f.severity().name().toLowerCase(Locale.ROOT)),
                    cell(f.group()), cell(f.label()),
                    cell(String.join(" ", f.languages().stream().map(Language::code).toList())), cell(f.message())))
                    .append("\r\n");
        }
        return out.toString();
    }

    private static String cell(String value) {
        return SpreadsheetCells.csv(value);
    }

    private static final String STYLE = """
            body{font-family:system-ui,"Noto Sans CJK JP","Hiragino Sans",sans-serif;margin:1.5rem;color:#1b1b1b}
            h1{font-size:1.3rem}.summary span{margin-right:1.2rem;font-weight:600}
            .error{color:#c92a2a}.warning{color:#d9480f}.info{color:#1971c2}
            #filters{margin:1rem 0;padding:.5rem;background:#f4f4f4}#filters label{margin-right:.8rem}
            section.finding{border-top:1px solid #ddd;padding:.6rem 0}
            section.finding h2{font-size:1rem;margin:.2rem 0}
            table{border-collapse:collapse;width:100%;table-layout:fixed}
            td,th{vertical-align:top;text-align:left;padding:.3rem .5rem;line-height:1.45}
            th{width:3rem;color:#666}mark{background:#ffe066}
            @media print{#filters{display:none}section.finding{break-inside:avoid}}
            """;

    private static final String SCRIPT = """
            function filter(){var on={};document.querySelectorAll('#filters input').forEach(function(b){on[b.value]=b.checked;});
            document.querySelectorAll('section.finding').forEach(function(s){
            s.style.display=on[s.dataset.check]?(on[s.dataset.severity]?'':'none'):'none';});}
            """;

    /**
     * {@return one self-contained page: a summary, filters by check and severity, then each
     *     finding with every version of its clause side by side and the differing items marked}
     *
     * @param report the findings
     * @param documents the names of the files checked, for the title
     */
    public static String html(Report report, List<String> documents) {
        String title = "clausealign report: " + String.join(", ", documents);
        Map<String, ClauseGroup> groups = new LinkedHashMap<>();
        report.alignment().groups().forEach(g -> groups.put(g.id(), g));
        StringBuilder out = new StringBuilder(16384);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").append(Markup.html(title))
                .append("</title>\n<style>\n").append(STYLE).append("</style>\n<script>\n").append(SCRIPT)
                .append("</script>\n</head>\n<body>\n<h1>").append(Markup.html(title)).append("</h1>\n<p class=\"summary\">");
        summary(report).forEach((severity, n) -> out.append("<span class=\"").append(name(severity)).append("\">").append(n)
                .append(' ').append(severity == Severity.INFO ? name(severity) : Plural.of(n, name(severity))).append("</span>"));
        out.append("</p>\n<div id=\"filters\">Show: ");
        Set<String> checks = new LinkedHashSet<>();
        report.findings().forEach(f -> checks.add(f.check()));
        for (String value : concat(List.of("error", "warning", "info"), new ArrayList<>(checks))) {
            out.append("<label><input type=\"checkbox\" checked=\"checked\" value=\"").append(Markup.html(value))
                    .append("\" onchange=\"filter()\"/> ").append(Markup.html(value)).append("</label>");
        }
        out.append("</div>\n");
        if (report.findings().isEmpty()) {
            out.append("<p>No discrepancies found between the versions.</p>\n");
        }
        for (Finding finding : report.findings()) {
            out.append("<section class=\"finding\" data-check=\"").append(Markup.html(finding.check()))
                    .append("\" data-severity=\"").append(name(finding.severity())).append("\">\n<h2><span class=\"")
                    .append(name(finding.severity())).append("\">").append(name(finding.severity())).append("</span> ")
                    .append(Markup.html(finding.label())).append(" · ").append(Markup.html(finding.check())).append("</h2>\n<p>")
                    .append(Markup.html(finding.message())).append("</p>\n<table>\n");
            ClauseGroup group = groups.get(finding.group());
            DifferenceMarks marks = new DifferenceMarks(List.of(finding));
            for (Language language : report.alignment().languages()) {
                String text = group == null ? finding.evidence().getOrDefault(language, "") : group.text(language);
                out.append("<tr><th lang=\"").append(language.code()).append("\">").append(language.code())
                        .append("</th><td lang=\"").append(language.code()).append("\">")
                        .append(text.isEmpty() ? "<em>missing</em>" : marks.html(text, language)).append("</td></tr>\n");
            }
            out.append("</table>\n</section>\n");
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static String name(Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
