package org.clausealign.revision;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import org.clausealign.lang.Language;

/**
 * The word-level comparison of two texts, by java-diff-utils (Myers' algorithm) over the units
 * {@link Tokens} cuts them into.
 *
 * <p>A change reads as one deletion then one insertion: a space kept between two changed words
 * joins them ("[-three months-]{+six months+}" rather than "[-three-]{+six+} [-months-]…").
 */
final class Redline {
    /**
     * Above this many units between the shared start and end, Myers' search (time grows with the
     * length times the number of differences) could take minutes: the middle is replaced whole.
     */
    private static final int MOST_UNITS = 20_000;

    private Redline() {}

    /**
     * @param language the texts' language
     * @param old the old text, "" if there is none
     * @param revised the new text, "" if there is none
     * @return the runs that turn the old text into the new: the equal and deleted runs joined
     *     give the old text, the equal and inserted ones the new text
     */
    static List<Edit> of(Language language, String old, String revised) {
        return of(Tokens.of(language, old), Tokens.of(language, revised));
    }

    /**
     * @param old the old text's units
     * @param revised the new text's units
     * @return the runs that turn the old units into the new
     */
    static List<Edit> of(List<String> old, List<String> revised) {
        int prefix = 0;
        while (prefix < old.size() && prefix < revised.size() && old.get(prefix).equals(revised.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < old.size() - prefix && suffix < revised.size() - prefix
                && old.get(old.size() - 1 - suffix).equals(revised.get(revised.size() - 1 - suffix))) {
            suffix++;
        }
        List<String> oldMiddle = old.subList(prefix, old.size() - suffix);
        List<String> newMiddle = revised.subList(prefix, revised.size() - suffix);
        List<Edit> runs = new ArrayList<>();
        runs.add(new Edit(Edit.Op.EQUAL, String.join("", old.subList(0, prefix))));
        if (oldMiddle.size() + newMiddle.size() > MOST_UNITS) {
            runs.add(new Edit(Edit.Op.DELETE, String.join("", oldMiddle)));
            runs.add(new Edit(Edit.Op.INSERT, String.join("", newMiddle)));
        } else {
            for (AbstractDelta<String> delta : DiffUtils.diff(oldMiddle, newMiddle, true).getDeltas()) {
                switch (delta.getType()) {
                    case EQUAL -> runs.add(new Edit(Edit.Op.EQUAL, String.join("", delta.getSource().getLines())));
                    case DELETE -> runs.add(new Edit(Edit.Op.DELETE, String.join("", delta.getSource().getLines())));
                    case INSERT -> runs.add(new Edit(Edit.Op.INSERT, String.join("", delta.getTarget().getLines())));
                    case CHANGE -> {
                        runs.add(new Edit(Edit.Op.DELETE, String.join("", delta.getSource().getLines())));
                        runs.add(new Edit(Edit.Op.INSERT, String.join("", delta.getTarget().getLines())));
                    }
                }
            }
        }
        runs.add(new Edit(Edit.Op.EQUAL, String.join("", old.subList(old.size() - suffix, old.size()))));
        return joined(runs);
    }

    /** Joins each stretch of changes, spaces between them included, into one deletion and one insertion. */
    private static List<Edit> joined(List<Edit> runs) {
        List<Edit> out = new ArrayList<>();
        StringBuilder deleted = new StringBuilder();
        StringBuilder inserted = new StringBuilder();
        for (int i = 0; i < runs.size(); i++) {
            Edit run = runs.get(i);
            switch (run.op()) {
                case DELETE -> deleted.append(run.text());
                case INSERT -> inserted.append(run.text());
                case EQUAL -> {
                    boolean inStretch = deleted.length() + inserted.length() > 0;
                    boolean changeFollows = i + 1 < runs.size() && runs.get(i + 1).op() != Edit.Op.EQUAL;
                    if (inStretch && changeFollows && run.text().isBlank()) {
                        deleted.append(run.text());
                        inserted.append(run.text());
                    } else {
                        flush(out, deleted, inserted);
                        append(out, run);
                    }
                }
            }
        }
        flush(out, deleted, inserted);
        return out;
    }

    /**
     * Spaces and punctuation that both ends of a replacement share stay outside it:
     * "partie{+, seulement…+} ;" rather than "partie[- -]{+, seulement… +};".
     */
    private static void flush(List<Edit> out, StringBuilder deleted, StringBuilder inserted) {
        int prefix = 0;
        while (prefix < deleted.length() && prefix < inserted.length()
                && deleted.charAt(prefix) == inserted.charAt(prefix) && !Character.isLetterOrDigit(deleted.charAt(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < deleted.length() - prefix && suffix < inserted.length() - prefix
                && deleted.charAt(deleted.length() - 1 - suffix) == inserted.charAt(inserted.length() - 1 - suffix)
                && !Character.isLetterOrDigit(deleted.charAt(deleted.length() - 1 - suffix))) {
            suffix++;
        }
        append(out, new Edit(Edit.Op.EQUAL, deleted.substring(0, prefix)));
        if (deleted.length() > prefix + suffix) {
            out.add(new Edit(Edit.Op.DELETE, deleted.substring(prefix, deleted.length() - suffix)));
        }
        if (inserted.length() > prefix + suffix) {
            out.add(new Edit(Edit.Op.INSERT, inserted.substring(prefix, inserted.length() - suffix)));
        }
        append(out, new Edit(Edit.Op.EQUAL, deleted.substring(deleted.length() - suffix)));
        deleted.setLength(0);
        inserted.setLength(0);
    }

    /** Equal runs from separate deltas are merged. */
    private static void append(List<Edit> out, Edit run) {
        if (run.text().isEmpty()) {
            return;
        }
        if (!out.isEmpty() && out.get(out.size() - 1).op() == run.op()) {
            out.set(out.size() - 1, new Edit(run.op(), out.get(out.size() - 1).text() + run.text()));
        } else {
            out.add(run);
        }
    }
}
