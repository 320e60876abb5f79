package org.clausealign.clause;

import java.util.ArrayList;
import java.util.List;
import org.clausealign.lang.VersionLine;

/**
 * A clause while it is being read: its lines so far, and where it sits.
 */
final class ClauseBuilder {
    /** The marker that starts the clause, or null for an unnumbered paragraph. */
    final Marker marker;
    final List<VersionLine> lines = new ArrayList<>();
    String id;
    String label;
    ClauseKind kind;
    /** The clause an unnumbered paragraph belongs to, for ids such as 3.p.1; null at top level. */
    ClauseBuilder parent;
    /** How many unnumbered paragraphs this clause holds so far. */
    int paragraphs;
    boolean signature;
    /** The numbering levels open when an unnumbered paragraph started, to find what it belongs to. */
    List<Numbering.Level> openLevels = List.of();

    ClauseBuilder(Marker marker) {
        this.marker = marker;
    }

    /** @return the clause's text: lines joined, marker removed */
    String text() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String content = lines.get(i).line().content();
            ClauseText.append(text, i == 0 && marker != null ? content.substring(marker.textOffset()) : content);
        }
        return text.toString();
    }

    /** @return whether the text reads as finished: it ends a sentence, not a heading or a list lead */
    boolean endsSentence() {
        String text = text();
        if (text.isEmpty()) {
            return false;
        }
        int i = text.length() - 1;
        while (i > 0 && "”’\"»)）」』".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return ".。!?！？".indexOf(text.charAt(i)) >= 0;
    }

    /** @return whether the clause is a heading-style unit (Article 5, 第5条, Chapter 2) */
    boolean isHeading() {
        return marker != null && marker.style().isHeading();
    }

    Clause build() {
        VersionLine first = lines.get(0);
        int start = first.line().contentStart();
        int end = lines.get(lines.size() - 1).line().contentEnd();
        String text = text();
        return new Clause(id, label, kind, marker == null ? "" : marker.printed(), text,
                ClauseText.normalize(text), start, end);
    }
}
