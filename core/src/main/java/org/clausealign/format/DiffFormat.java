package org.clausealign.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clausealign.lang.Language;
import org.clausealign.revision.Change;
import org.clausealign.revision.ChangeStatus;
import org.clausealign.revision.ClauseRef;
import org.clausealign.revision.Comparison;
import org.clausealign.revision.Edit;
import org.clausealign.text.Plural;

/**
 * Renders a {@link Comparison} of two revisions as text for a terminal or as JSON.
 *
 * <p>JSON: {@code {"old":["v1.txt"],"new":["v2.txt"],"changes":[{"old":{"id":"1.c","label":"1(c)"},
 * "new":{"id":"1.d","label":"1(d)"},"status":"renumbered","languages":{"ja":"unchanged",
 * "en":"unchanged","fr":"unchanged"},"stale":[],"redline":{"ja":[{"op":"equal","text":"…"}],…}}]}};
 * every clause is listed, unchanged ones included; {@code old} is null for an added clause and
 * {@code new} for a deleted one.
 *
 * <p>Text lists the changes only, words marked as {@code git diff --word-diff} does:
 * {@code [-deleted-]} and {@code {+inserted+}}.
 */
public final class DiffFormat {
    private DiffFormat() {}

    /**
     * {@return one line of counts, then each changed clause: its labels, status and stale versions,
     *     and each version's words with the deletions and insertions marked}
     *
     * @param comparison the compared revisions
     */
    public static String text(Comparison comparison) {
        StringBuilder out = new StringBuilder(summary(comparison)).append('\n');
        for (Change change : comparison.changes()) {
            if (change.status() == ChangeStatus.UNCHANGED) {
                continue;
            }
            out.append('\n').append(labels(change)).append("  ").append(change.status().code());
            if (!change.stale().isEmpty()) {
                out.append("  stale: ").append(codes(change.stale()));
            }
            out.append('\n');
            boolean mixed = change.languages().values().stream().distinct().count() > 1;
            for (Language language : comparison.languages()) {
                ChangeStatus status = change.languages().get(language);
                if (change.textChanged(language)) {
                    out.append("  ").append(language.code()).append("  ")
                            .append(marked(change.redline().get(language))).append('\n');
                } else if (change.stale().contains(language)) {
                    String text = change.newText(language);
                    out.append("  ").append(language.code()).append("  stale: ")
                            .append(text.isEmpty() ? "missing" : "unchanged: " + text).append('\n');
                } else if (mixed && status != ChangeStatus.UNCHANGED) {
                    // Only some versions were renumbered or moved: say which.
                    out.append("  ").append(language.code()).append("  ").append(status.code()).append('\n');
                }
            }
        }
        return out.toString();
    }

    /**
     * {@return the JSON document, one change a line, ending with a line break}
     *
     * @param comparison the compared revisions
     */
    public static String json(Comparison comparison) {
        StringBuilder out = new StringBuilder("{\"old\":");
        strings(out, comparison.oldSources()).append(",\"new\":");
        strings(out, comparison.newSources()).append(",\"changes\":[");
        boolean first = true;
        for (Change change : comparison.changes()) {
            out.append(first ? "\n{\"old\":" : ",\n{\"old\":");
            first = false;
            ref(out, change.old()).append(",\"new\":");
            ref(out, change.revised()).append(",\"status\":");
            Json.string(out, change.status().code()).append(",\"languages\":{");
            boolean firstLanguage = true;
            for (Map.Entry<Language, ChangeStatus> entry : change.languages().entrySet()) {
                Json.string(out.append(firstLanguage ? "" : ","), entry.getKey().code()).append(':');
                Json.string(out, entry.getValue().code());
                firstLanguage = false;
            }
            out.append("},\"stale\":");
            strings(out, change.stale().stream().map(Language::code).toList()).append(",\"redline\":{");
            firstLanguage = true;
            for (Map.Entry<Language, List<Edit>> entry : change.redline().entrySet()) {
                Json.string(out.append(firstLanguage ? "" : ","), entry.getKey().code()).append(":[");
                firstLanguage = false;
                for (int i = 0; i < entry.getValue().size(); i++) {
                    Edit edit = entry.getValue().get(i);
                    Json.string(out.append(i == 0 ? "{\"op\":" : ",{\"op\":"), edit.op().code()).append(",\"text\":");
                    Json.string(out, edit.text()).append('}');
                }
                out.append(']');
            }
            out.append("}}");
        }
        return out.append("]}\n").toString();
    }

    /**
     * {@return one sentence: how many clauses changed, how, and how many versions are stale}
     *
     * @param comparison the compared revisions
     */
    public static String summary(Comparison comparison) {
        String versions = codes(comparison.languages());
        if (!comparison.changed()) {
            return "No changes: every clause (" + comparison.changes().size() + ", in " + versions
                    + ") is the same in both revisions.";
        }
        List<String> counts = new ArrayList<>();
        for (ChangeStatus status : ChangeStatus.values()) {
            int count = comparison.count(status);
            if (count > 0 && status != ChangeStatus.UNCHANGED) {
                counts.add(count + " " + status.code());
            }
        }
        List<String> stale = new ArrayList<>();
        for (Language language : comparison.languages()) {
            int count = comparison.staleIn(language).size();
            if (count > 0) {
                stale.add(count + " in " + language.code());
            }
        }
        int changed = comparison.changes().size() - comparison.count(ChangeStatus.UNCHANGED);
        return changed + " of " + Plural.count(comparison.changes().size(), "clause") + " changed (" + versions + "): "
                + String.join(", ", counts) + "; stale translations: "
                + (stale.isEmpty() ? "none" : String.join(", ", stale)) + ".";
    }

    /** @return "1(c) → 1(d)", "1(c)" when the label stayed, "(new) → 1(i)" for an added clause */
    static String labels(Change change) {
        String before = change.old() == null ? "(new)" : change.old().label();
        String after = change.revised() == null ? "(deleted)" : change.revised().label();
        return before.equals(after) ? before : before + " → " + after;
    }

    static String codes(List<Language> languages) {
        return String.join(", ", languages.stream().map(Language::code).toList());
    }

    private static String marked(List<Edit> edits) {
        StringBuilder out = new StringBuilder();
        for (Edit edit : edits) {
            switch (edit.op()) {
                case EQUAL -> out.append(edit.text());
                case DELETE -> out.append("[-").append(edit.text()).append("-]");
                case INSERT -> out.append("{+").append(edit.text()).append("+}");
            }
        }
        return out.toString();
    }

    private static StringBuilder ref(StringBuilder out, ClauseRef ref) {
        if (ref == null) {
            return out.append("null");
        }
        Json.string(out.append("{\"id\":"), ref.id()).append(",\"label\":");
        return Json.string(out, ref.label()).append('}');
    }

    private static StringBuilder strings(StringBuilder out, List<String> values) {
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            Json.string(out.append(i == 0 ? "" : ","), values.get(i));
        }
        return out.append(']');
    }
}
