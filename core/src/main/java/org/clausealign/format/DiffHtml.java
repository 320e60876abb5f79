package org.clausealign.format;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.clausealign.lang.Language;
import org.clausealign.revision.Change;
import org.clausealign.revision.ChangeStatus;
import org.clausealign.revision.Comparison;
import org.clausealign.revision.Edit;

/**
 * Writes a {@link Comparison} as one self-contained HTML page: the translations to update first,
 * then each changed clause with its old and new text side by side in every version, deletions
 * struck through, insertions underlined, stale versions flagged (folded away where every text
 * stayed the same: a clause only renumbered or moved). Every text from the input is
 * escaped.
 */
public final class DiffHtml {
    private static final String STYLE = """
            body{font-family:system-ui,"Noto Sans CJK JP","Hiragino Sans",sans-serif;margin:1.5rem;color:#1b1b1b}
            h1{font-size:1.3rem}h2{font-size:1.05rem;margin:1.6rem 0 .4rem}p.summary{color:#555}
            table{border-collapse:collapse;width:100%;table-layout:fixed}
            th,td{border-bottom:1px solid #ddd;padding:.45rem .6rem;vertical-align:top;text-align:left;line-height:1.5}
            thead th{background:#f4f4f4}
            th.lang,td.lang{width:8.5rem}
            .status{display:inline-block;font-size:.75rem;font-weight:600;padding:.05rem .45rem;border-radius:.6rem;
              margin-left:.4rem;background:#e7ecf3;color:#24477a;vertical-align:middle}
            .status.added{background:#e3f4e6;color:#1d6b2c}.status.deleted{background:#fbe4e4;color:#9b1c1c}
            .status.modified{background:#fff0d6;color:#8a5a00}.status.moved{background:#efe4fb;color:#5b2a91}
            .status.stale,tr.stale td.lang .flag{background:#d9480f;color:#fff}
            tr.stale td{background:#fff4e5}
            .flag{display:block;font-size:.75rem;font-weight:600;margin-top:.2rem;padding:.05rem .35rem;border-radius:.3rem;width:max-content}
            del{background:#fbd5d5;color:#7f1d1d}ins{background:#cdeed4;color:#14532d;text-decoration:underline}
            td.missing{color:#8a5a00;font-style:italic}
            .id{color:#888;font-size:.75rem;font-weight:400}
            ul.todo{margin:.3rem 0 0 1.2rem;padding:0}ul.todo a{color:inherit}
            summary{color:#555;font-size:.85rem;cursor:pointer}
            """;

    private DiffHtml() {}

    /**
     * {@return the HTML page}
     *
     * @param comparison the compared revisions
     */
    public static String write(Comparison comparison) {
        String title = String.join(", ", comparison.oldSources()) + " → " + String.join(", ", comparison.newSources());
        StringBuilder out = new StringBuilder(16384);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Markup.html("clausealign diff: " + title)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(Markup.html(title)).append("</h1>\n")
                .append("<p class=\"summary\">").append(Markup.html(DiffFormat.summary(comparison))).append("</p>\n");
        List<Change> changes = comparison.changes();
        Map<Change, Integer> anchors = new IdentityHashMap<>();
        for (int n = 0; n < changes.size(); n++) {
            anchors.put(changes.get(n), n);
        }
        todo(out, comparison, anchors);
        for (int n = 0; n < changes.size(); n++) {
            if (changes.get(n).status() != ChangeStatus.UNCHANGED) {
                change(out, changes.get(n), n, comparison.languages());
            }
        }
        return out.append("</body>\n</html>\n").toString();
    }

    /** The translator's to-do list: each version's stale clauses, linked to their change. */
    private static void todo(StringBuilder out, Comparison comparison, Map<Change, Integer> anchors) {
        for (Language language : comparison.languages()) {
            List<Change> stale = comparison.staleIn(language);
            if (stale.isEmpty()) {
                continue;
            }
            out.append("<p><strong>To update in ").append(language.code()).append("</strong> (")
                    .append(stale.size()).append("):</p>\n<ul class=\"todo\">");
            for (Change change : stale) {
                out.append("<li><a href=\"#c").append(anchors.get(change)).append("\">")
                        .append(Markup.html(DiffFormat.labels(change))).append("</a> ")
                        .append(change.status().code()).append("</li>");
            }
            out.append("</ul>\n");
        }
    }

    private static void change(StringBuilder out, Change change, int n, List<Language> languages) {
        out.append("<section id=\"c").append(n).append("\">\n<h2>").append(Markup.html(DiffFormat.labels(change)))
                .append("<span class=\"status ").append(change.status().code()).append("\">")
                .append(change.status().code()).append("</span>");
        if (!change.stale().isEmpty()) {
            out.append("<span class=\"status stale\">stale: ").append(DiffFormat.codes(change.stale())).append("</span>");
        }
        String oldId = change.old() == null ? null : change.old().id();
        String newId = change.revised() == null ? null : change.revised().id();
        String ids = oldId == null ? newId : newId == null || newId.equals(oldId) ? oldId : oldId + " → " + newId;
        // Renumbered or moved with every text kept: the texts are there to check, folded away.
        boolean folded = languages.stream().noneMatch(change::textChanged);
        out.append(" <span class=\"id\">").append(Markup.html(ids)).append("</span></h2>\n")
                .append(folded ? "<details><summary>Text unchanged in every version</summary>\n" : "")
                .append("<table>\n<thead><tr><th class=\"lang\">Version</th><th>Old</th><th>New</th></tr></thead>\n<tbody>\n");
        for (Language language : languages) {
            boolean stale = change.stale().contains(language);
            List<Edit> edits = change.redline().getOrDefault(language, List.of());
            out.append(stale ? "<tr class=\"stale\">" : "<tr>").append("<td class=\"lang\">").append(language.code())
                    .append("<span class=\"status\">").append(change.languages().get(language).code()).append("</span>");
            if (stale) {
                out.append("<span class=\"flag\">stale: to update</span>");
            }
            out.append("</td>");
            side(out, language, edits, Edit.Op.DELETE, "del");
            side(out, language, edits, Edit.Op.INSERT, "ins");
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n").append(folded ? "</details>\n" : "").append("</section>\n");
    }

    /** One revision's text: the equal runs and its own runs, those marked with the tag. */
    private static void side(StringBuilder out, Language language, List<Edit> edits, Edit.Op own, String tag) {
        boolean any = edits.stream().anyMatch(edit -> edit.op() == Edit.Op.EQUAL || edit.op() == own);
        if (!any) {
            out.append("<td class=\"missing\">missing</td>");
            return;
        }
        out.append("<td lang=\"").append(language.code()).append("\">");
        for (Edit edit : edits) {
            if (edit.op() == Edit.Op.EQUAL) {
                out.append(Markup.html(edit.text()));
            } else if (edit.op() == own) {
                out.append('<').append(tag).append('>').append(Markup.html(edit.text())).append("</").append(tag).append('>');
            }
        }
        out.append("</td>");
    }
}
