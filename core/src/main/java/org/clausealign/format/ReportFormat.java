package org.clausealign.format;

import java.util.Locale;
import java.util.Map;
import org.clausealign.check.Finding;
import org.clausealign.check.Report;
import org.clausealign.lang.Language;

/**
 * Renders a discrepancy report as text for a reviewer or as JSON:
 * {@code {"findings":[{"check":"number","severity":"warning","group":"2.c.i","label":"2(c)(i)",
 * "languages":["ja","fr"],"message":"…","evidence":{"ja":"…","fr":"…"}}]}}.
 */
public final class ReportFormat {
    private ReportFormat() {}

    /**
     * @param report the findings
     * @return one block per finding: severity, check and label, the sentence, then the evidence
     */
    public static String text(Report report) {
        if (report.findings().isEmpty()) {
            return "No discrepancies found between the versions.\n";
        }
        StringBuilder out = new StringBuilder();
        for (Finding finding : report.findings()) {
            out.append(finding.severity().name().toLowerCase(Locale.ROOT)).append("  ").append(finding.label())
                    .append("  [").append(finding.check()).append("]  ").append(finding.message()).append('\n');
            for (Language language : Language.values()) {
                String evidence = finding.evidence().get(language);
                if (evidence != null) {
                    out.append("    ").append(language.code()).append("  ").append(SplitFormat.truncate(evidence, 160)).append('\n');
                }
            }
            out.append('\n');
        }
        long errors = report.findings().stream().filter(f -> f.severity().name().equals("ERROR")).count();
        return out.append(report.findings().size()).append(" findings, ").append(errors).append(" errors.\n").toString();
    }

    /**
     * @param report the findings
     * @return the JSON document, ending with a line break
     */
    public static String json(Report report) {
        StringBuilder out = new StringBuilder("{\"findings\":[");
        boolean first = true;
        for (Finding finding : report.findings()) {
            out.append(first ? "\n" : ",\n");
            first = false;
            out.append("{\"check\":");
            Json.string(out, finding.check()).append(",\"severity\":");
            Json.string(out, finding.severity().name().toLowerCase(Locale.ROOT)).append(",\"group\":");
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
}
