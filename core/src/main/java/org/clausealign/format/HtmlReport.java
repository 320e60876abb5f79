package org.clausealign.format;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.clausealign.align.Alignment;
import org.clausealign.align.ClauseGroup;
import org.clausealign.check.CheckOptions;
import org.clausealign.check.Checks;
import org.clausealign.check.Finding;
import org.clausealign.clause.Clause;
import org.clausealign.lang.Language;
import org.clausealign.text.Plural;

/**
 * Writes an alignment as one self-contained HTML page: a column per version, the citation label
 * beside each group, groups with low confidence marked with the reason, and the numbers, dates and
 * acronyms that differ between the versions marked where each version writes them (as the
 * number, date and acronym checks find them). Every text from the input is escaped.
 */
public final class HtmlReport {
    /** Groups below this confidence are marked for review. */
    public static final double LOW_CONFIDENCE = 0.8;

    private static final String STYLE = """
            body{font-family:system-ui,"Noto Sans CJK JP","Hiragino Sans",sans-serif;margin:1.5rem;color:#1b1b1b}
            h1{font-size:1.3rem}p.summary{color:#555}
            table{border-collapse:collapse;width:100%;table-layout:fixed}
            th,td{border-bottom:1px solid #ddd;padding:.45rem .6rem;vertical-align:top;text-align:left;line-height:1.45}
            th{position:sticky;top:0;background:#f4f4f4}mark{background:#ffe066}
            th.label,td.label{width:7.5rem;white-space:nowrap;font-weight:600}
            td.missing{background:#fff4e5;color:#8a5a00;font-style:italic}
            tr.low td.label{border-left:4px solid #d9480f}
            tr.low .why{display:block;font-weight:400;font-size:.8rem;color:#d9480f;white-space:normal}
            .conf{display:block;font-weight:400;font-size:.8rem;color:#777}
            .id{color:#888;font-size:.75rem}
            """;

    private HtmlReport() {}

    /**
     * {@return the HTML page}
     *
     * @param alignment the groups
     * @param title the page title, e.g. the input file names
     */
    public static String write(Alignment alignment, String title) {
        List<Language> languages = alignment.languages();
        // What the report would show by default: small counts written as words are not marked.
        Map<String, List<Finding>> differences = Checks.run(alignment, CheckOptions.DEFAULTS
                .withChecks(Set.of("number", "date", "acronym"))).findings().stream()
                .collect(Collectors.groupingBy(Finding::group));
        long low = alignment.groups().stream().filter(g -> g.confidence() < LOW_CONFIDENCE).count();
        StringBuilder out = new StringBuilder(8192);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Markup.html("clausealign: " + title)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(Markup.html(title)).append("</h1>\n")
                .append("<p class=\"summary\">").append(Plural.count(alignment.groups().size(), "clause group")).append(", ")
                .append(low).append(" marked for review (confidence below ").append(LOW_CONFIDENCE).append(").</p>\n")
                .append("<table>\n<thead><tr><th class=\"label\">Clause</th>");
        for (Language language : languages) {
            out.append("<th lang=\"").append(language.code()).append("\">").append(language.code()).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (ClauseGroup group : alignment.groups()) {
            boolean isLow = group.confidence() < LOW_CONFIDENCE;
            out.append(isLow ? "<tr class=\"low\">" : "<tr>").append("<td class=\"label\">")
                    .append(Markup.html(group.label()))
                    .append("<span class=\"conf\">").append(AlignmentFormat.confidence(group.confidence())).append("</span>");
            if (isLow && !group.reason().isEmpty()) {
                out.append("<span class=\"why\">").append(Markup.html(group.reason())).append("</span>");
            }
            out.append("</td>");
            for (Language language : languages) {
                List<Clause> clauses = group.clauses(language);
                if (clauses.isEmpty()) {
                    out.append("<td class=\"missing\">missing</td>");
                    continue;
                }
                out.append("<td lang=\"").append(language.code()).append("\">");
                DifferenceMarks marks = new DifferenceMarks(differences.getOrDefault(group.id(), List.of()));
                for (int i = 0; i < clauses.size(); i++) {
                    Clause clause = clauses.get(i);
                    out.append(i == 0 ? "" : "<br>").append("<span class=\"id\">").append(Markup.html(clause.id()))
                            .append("</span> ").append(marks.html(clause.text(), language));
                }
                out.append("</td>");
            }
            out.append("</tr>\n");
        }
        return out.append("</tbody>\n</table>\n</body>\n</html>\n").toString();
    }
}
