package org.clausealign.clause;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.clausealign.lang.VersionLine;

/**
 * A clause while it is being read: its lines so far, its text joined as they come (so that
 * asking for it costs nothing however long the clause grows), and where it sits.
 */
final class ClauseBuilder {
    /** The marker that starts the clause, or null for an unnumbered paragraph. */
    final Marker marker;
    private final List<VersionLine> lines = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean allShort = true;
    /** A caption line above the clause's first line, or null. */
    private VersionLine caption;
    /** A statute's marginal note above the provision, kept apart from its text; "" if none. */
    String marginalNote = "";
    String id;
    String label;
    ClauseKind kind;
    /** The clause an unnumbered paragraph belongs to, for ids such as 3.p.1; null at top level. */
    ClauseBuilder parent;
    /** How many unnumbered paragraphs this clause holds so far. */
    int paragraphs;
    boolean signature;
    /** The paragraph end before this unit rests only on a sentence ending a line a little short ({@link Layout#weakEnd}). */
    boolean weakBreak;
    /** The numbering levels open when an unnumbered paragraph started, to find what it belongs to. */
    List<Numbering.Level> openLevels = List.of();

    ClauseBuilder(Marker marker) {
        this.marker = marker;
    }

    /** Adds a line; {@code isShort} says whether the layout finds it shorter than a full line. */
    void add(VersionLine line, boolean isShort) {
        String content = line.line().content();
        ClauseText.append(text, lines.isEmpty() && marker != null ? content.substring(marker.textOffset()) : content);
        lines.add(line);
        allShort &= isShort;
    }

    /**
     * Puts a caption line, such as （目的） or (Purpose) above an article, before the clause's text.
     *
     * @param line the caption's line, which the unit before no longer holds
     */
    void caption(VersionLine line) {
        caption = line;
    }

    /**
     * Takes the last line from this unit, for the clause below it.
     *
     * @return the line
     */
    VersionLine removeLastLine() {
        VersionLine last = lines.remove(lines.size() - 1);
        List<VersionLine> kept = new ArrayList<>(lines);
        lines.clear();
        text.setLength(0);
        boolean wasShort = allShort;
        for (VersionLine line : kept) {
            add(line, wasShort);
        }
        return last;
    }

    /** Moves another unit's lines to the end of this clause, which it continues. */
    void absorb(ClauseBuilder other) {
        for (VersionLine line : other.lines) {
            add(line, other.allShort);
        }
        other.lines.clear();
        other.text.setLength(0);
    }

    List<VersionLine> lines() {
        return Collections.unmodifiableList(lines);
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    /** @return whether every line so far is short, as the lines of a centred title are */
    boolean allShort() {
        return allShort;
    }

    /** @return the clause's text: lines joined, marker removed */
    String text() {
        return text.toString();
    }

    /** @return whether the text reads as finished: it ends a sentence, not a heading or a list lead */
    boolean endsSentence() {
        return Punctuation.endsSentence(text);
    }

    /** @return whether the text ends with a comma */
    boolean endsWithComma() {
        return Punctuation.endsWithComma(text);
    }

    /** @return whether the clause is a heading-style unit (Article 5, 第5条, Chapter 2) */
    boolean isHeading() {
        return marker != null && marker.style().isHeading();
    }

    Clause build() {
        VersionLine first = caption != null ? caption : lines.get(0);
        int start = first.line().contentStart();
        int end = lines.get(lines.size() - 1).line().contentEnd();
        String joined = text.toString();
        if (caption != null) {
            StringBuilder captioned = new StringBuilder();
            ClauseText.append(captioned, caption.line().content());
            ClauseText.append(captioned, joined);
            joined = captioned.toString();
        }
        return new Clause(id, label, kind, marker == null ? "" : marker.printed(), joined,
                ClauseText.normalize(joined), start, end, marginalNote, "");
    }
}
