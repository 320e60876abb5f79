package org.clausealign.clause;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The open numbering levels while a version is read top to bottom, e.g. section 2 › (c) › (vii).
 *
 * <p>A marker is taken when it continues an open level of its style (the next value, or a small
 * gap after a clear paragraph end, so that a version missing an item still splits), or when it
 * opens a new level below the current one with its first value after text that opens a list (a
 * heading, or a line ending in ":" or "。"). Anything else at the start of a line is text.
 */
final class Numbering {
    /** A gap this large still continues a list when the line before clearly ends a paragraph. */
    private static final int MAX_GAP = 3;

    /**
     * One open level and the clause that holds its current value.
     *
     * @param implicit the level's first value has no marker line: the clause above holds it
     *     (see {@link Marker#firstInside()}), so it adds nothing to ids
     */
    record Level(Marker marker, int indent, ClauseBuilder clause, boolean implicit) {}

    private final List<Level> levels = new ArrayList<>();
    /**
     * Articles number on across chapters: the last heading of each style, open or not. Its
     * component tells a branch article (2-2) from its main article; an article read at all lets
     * supplementary provisions follow.
     */
    private final Map<Style, Marker> lastHeading = new EnumMap<>(Style.class);
    /**
     * Whether supplementary provisions have just opened, with no article yet: a statute's number
     * theirs from 1 again (附則 第一条), a contract's go on (Article 4 after Article 3).
     */
    private boolean supplementWithoutArticles;
    /** The clauses opened below a list's unmarked first value (see {@link Level#implicit()}). */
    private final List<ClauseBuilder> belowFirstValue = new ArrayList<>();

    /**
     * What the text before a marker says about it.
     *
     * @param opensList the text before invites a new, deeper list: a heading, a line ending in
     *     ":" or "。", or a paragraph end
     * @param leadsList the line before ends with a colon, announcing a list
     * @param clearBreak the line before clearly ends a paragraph
     * @param afterHeading the line before is a heading line (Chapter 1, Article 2)
     * @param afterBareHeading the line before is a heading line with no text of its own
     *     ("Article 11"), so that a line under it is the heading's title
     */
    record Context(boolean opensList, boolean leadsList, boolean clearBreak, boolean afterHeading,
            boolean afterBareHeading) {}

    /**
     * Picks the reading of a line's marker that fits the open levels.
     *
     * @param readings the marker readings of the line
     * @param indent the line's indentation
     * @param context what the text before says
     * @return the reading to take, or null if the line's start is not numbering
     */
    Marker accept(List<Marker> readings, int indent, Context context) {
        Marker continuing = null;
        int continuedIndent = -1;
        for (Marker reading : readings) {
            // A heading ("Article 4", "第４条") mid-sentence is a cross-reference wrapped to the line start.
            if (reading.style().isHeading() && !context.clearBreak() && !context.afterHeading()) {
                continue;
            }
            int level = levelOf(reading.style());
            int last = level >= 0 ? levels.get(level).marker().value()
                    : reading.style().isHeading() ? lastValue(reading.style()) : -1;
            int gap = reading.value() - last;
            // A branch article (2-2) comes after its main article and has its value; an explicit
            // first value ("１　" under 第１条) takes the place of the unmarked one.
            boolean sameValue = gap == 0 && (isNextBranch(reading)
                    || level >= 0 && levels.get(level).implicit() && reading.value() == 1);
            // Items out of order, (vii) then (vi), each stay an item after a clear paragraph end;
            // a list restarting at its first value is a new list, not a step back.
            boolean backwards = gap < 0 && gap >= -MAX_GAP && reading.value() > 1 && level == levels.size() - 1
                    && context.clearBreak() && !reading.style().isHeading() && reading.style() != Style.DECIMAL;
            if (last >= 0 && (gap == 1 || sameValue || backwards || (gap > 1 && gap <= MAX_GAP && context.clearBreak())
                    || (gap > 1 && reading.style().isHeading() && context.clearBreak()))
                    && (reading.style() != Style.DECIMAL || fitsDecimal(reading))) {
                continuing = reading;
                continuedIndent = level >= 0 ? levels.get(level).indent() : -1;
                break;
            }
        }
        Marker opening = null;
        for (Marker reading : readings) {
            if (reading.style() == Style.DECIMAL) {
                if (levelOf(Style.DECIMAL) < 0 && reading.value() == 1 && fitsDecimal(reading)
                        && (context.opensList() || levels.isEmpty())) {
                    opening = reading;
                    break;
                }
                continue;
            }
            if (reading.style() == Style.SUPPLEMENT) {
                // Supplementary provisions follow articles, after a paragraph's end, and may come
                // again (an amending act has one per amendment). Before any article 附則 is a
                // table of contents' line; right under a heading it is that heading's title.
                if (lastHeading.containsKey(Style.ARTICLE) && context.clearBreak() && !context.afterBareHeading()) {
                    opening = reading;
                    break;
                }
                continue;
            }
            // Supplementary provisions may number their articles from 1 again.
            boolean restart = reading.style() == Style.ARTICLE && supplementWithoutArticles;
            if (levelOf(reading.style()) >= 0
                    || (reading.style().isHeading() && lastHeading.containsKey(reading.style()) && !restart)) {
                continue;
            }
            boolean subItem = reading.style() == Style.JA_SUBITEM || reading.style() == Style.JA_SUBITEM_GOJUON;
            if (subItem && !opensSubItems()) {
                // イ, ロ… letter the sub-items of an item; elsewhere イ is a word's first kana.
                continue;
            }
            // Sub-items may stand right under their item's line, "(1) システムの保守" / "ア　障害対応".
            boolean underItemLine = subItem && levels.get(levels.size() - 1).clause().lines().size() == 1;
            boolean headingFits = !reading.style().isHeading() || context.clearBreak() || context.afterHeading()
                    || levels.isEmpty();
            if (headingFits && ((reading.value() == 1 && (context.opensList() || underItemLine || levels.isEmpty()))
                    || (levels.isEmpty() && reading.style().isHeading() && context.clearBreak()))) {
                opening = reading;
                break;
            }
        }
        // "(i)" after "(h)" continues the letters, unless the line before announced a list or the
        // line is indented deeper than the letters: then it opens roman numerals.
        if (continuing != null && opening != null
                && (context.leadsList() || (continuedIndent >= 0 && indent > continuedIndent))) {
            return opening;
        }
        return continuing != null ? continuing : opening;
    }

    /**
     * @param readings the marker readings of a line
     * @return the reading that continues an open list with its next value, or null
     */
    Marker continues(List<Marker> readings) {
        for (Marker reading : readings) {
            int level = levelOf(reading.style());
            if (level >= 0 && reading.value() == levels.get(level).marker().value() + 1) {
                return reading;
            }
        }
        return null;
    }

    /**
     * An unnumbered paragraph has begun: a list whose first value had no marker line
     * (第二条's first paragraph) does not go on past it, so "２" there starts nothing.
     */
    void paragraphBreak() {
        if (levels.removeIf(Level::implicit)) {
            belowFirstValue.clear();
        }
    }

    /** @return whether the innermost open list is one whose items have iroha sub-items: 一, (1), ２ */
    private boolean opensSubItems() {
        if (levels.isEmpty()) {
            return false;
        }
        Style innermost = levels.get(levels.size() - 1).marker().style();
        return innermost == Style.JA_ITEM || innermost == Style.PAREN_NUMBER || innermost == Style.JA_PARAGRAPH;
    }

    /** @return the value of the last heading of a style, open or not, or -1 if none was read */
    private int lastValue(Style style) {
        Marker last = lastHeading.get(style);
        return last == null ? -1 : last.value();
    }

    /**
     * Whether a heading is a branch (2-2, 第二条の二) after its main heading or an earlier branch
     * of it: 2-3 after 2-2, not 2-2 again (an amending act's "第一条の二中…" lines cite it).
     */
    private boolean isNextBranch(Marker reading) {
        Marker last = lastHeading.get(reading.style());
        return last != null && branch(reading) > branch(last);
    }

    /** @return a heading's branch number, 2 for 2-2, or 0 for a main heading */
    private static int branch(Marker heading) {
        int dash = heading.component().indexOf('-');
        return dash < 0 ? 0 : Integer.parseInt(heading.component().substring(dash + 1));
    }

    /** A decimal marker "2.3" must continue the open path: its prefix "2" is an open clause. */
    private boolean fitsDecimal(Marker marker) {
        String component = marker.component();
        String prefix = component.substring(0, component.lastIndexOf('.'));
        for (Level level : levels) {
            String id = level.marker().style() == Style.DECIMAL ? level.marker().component() : null;
            if (prefix.equals(id)) {
                return true;
            }
        }
        if (levels.isEmpty()) {
            return false;
        }
        List<String> open = path();
        String current = String.join(".", open);
        if (levelOf(Style.DECIMAL) >= 0) {
            String decimal = levels.get(levelOf(Style.DECIMAL)).marker().component();
            return prefix.equals(decimal.substring(0, decimal.lastIndexOf('.'))) || prefix.equals(decimal);
        }
        return prefix.equals(current) || open.size() > 0 && prefix.equals(open.get(0));
    }

    /**
     * Opens the level of an accepted marker, closing the levels below its parent, and records the
     * clause it starts.
     *
     * @param marker a marker returned by {@link #accept}
     * @param indent the indentation of its line
     * @param clause the clause it starts
     */
    void open(Marker marker, int indent, ClauseBuilder clause) {
        int level = levelOf(marker.style());
        if (level >= 0 && levels.get(level).implicit()) {
            citeUnderFirstValue(levels.get(level));
        }
        if (level >= 0) {
            truncate(level);
        } else if (marker.style() == Style.CHAPTER || marker.style() == Style.SUPPLEMENT) {
            truncate(0);
        } else if (marker.style() == Style.ARTICLE) {
            truncate(Math.max(levelOf(Style.CHAPTER), levelOf(Style.SUPPLEMENT)) + 1);
        }
        if (marker.style() == Style.SUPPLEMENT || marker.style() == Style.ARTICLE) {
            supplementWithoutArticles = marker.style() == Style.SUPPLEMENT;
        }
        levels.add(new Level(marker, indent, clause, false));
        if (marker.style().isHeading()) {
            lastHeading.put(marker.style(), marker);
        }
        if (levels.stream().noneMatch(Level::implicit)) {
            belowFirstValue.clear();
        } else {
            belowFirstValue.add(clause);
        }
        if (marker.firstInside() != null) {
            levels.add(new Level(new Marker(marker.firstInside(), 1, "1", "", 0), indent, clause, true));
        }
    }

    /**
     * A list whose first value has no marker line of its own turns out to go on ("２" after
     * 第二条, "(2)" after "Article 2 (1)"): the items read so far belong to that first value, and
     * are cited under it, 2(1)(i) rather than 2(i). Until then they are 2(i), as an article with a
     * single paragraph cites them.
     */
    private void citeUnderFirstValue(Level first) {
        ClauseBuilder holder = first.clause();
        String component = first.marker().component();
        for (ClauseBuilder below : belowFirstValue) {
            below.id = holder.id + "." + component + below.id.substring(holder.id.length());
            below.label = holder.label + "(" + component + ")" + below.label.substring(holder.label.length());
            if (below.kind == ClauseKind.PARAGRAPH) {
                below.kind = ClauseKind.ITEM;
            }
        }
        belowFirstValue.clear();
    }

    /** @return the id of the innermost open level: "2.c.vii", "chapter.2", "1.1" */
    String id() {
        return String.join(".", path());
    }

    /**
     * @return the citation label of the innermost open level: "2(c)(vii)", "1.1(a)", "Chapter 2",
     *     "Suppl. 1(i)"
     */
    String label() {
        Marker top = levels.get(levels.size() - 1).marker();
        if (top.style() == Style.CHAPTER) {
            return "Chapter " + top.component();
        }
        if (top.style() == Style.SUPPLEMENT) {
            return "Supplementary Provisions";
        }
        List<String> path = path();
        int decimals = 1;
        for (Level level : levels) {
            if (level.marker().style() == Style.DECIMAL) {
                decimals = level.marker().component().split("\\.").length;
            }
        }
        boolean chapter = path.get(0).equals("chapter");
        boolean supplement = path.get(0).equals("suppl");
        int head = chapter ? 2 : supplement ? 1 : 0;
        StringBuilder label = new StringBuilder(chapter ? "Chapter " + path.get(1) + ", " : supplement ? "Suppl. " : "");
        label.append(String.join(".", path.subList(head, Math.min(path.size(), head + decimals))));
        for (int i = head + decimals; i < path.size(); i++) {
            label.append('(').append(path.get(i)).append(')');
        }
        return label.toString();
    }

    /** @return how many numbered levels stand above the innermost one (chapters not counted) */
    int depth() {
        Marker top = levels.get(levels.size() - 1).marker();
        if (top.style() == Style.CHAPTER) {
            return 0;
        }
        List<String> path = path();
        return path.size() - 1 - (path.get(0).equals("chapter") ? 2 : 0);
    }

    /**
     * Chapters group articles without adding to their ids (articles number on across chapters);
     * a list numbered afresh in each chapter gets the chapter in its ids: chapter.2.1. A decimal
     * marker is a whole path.
     */
    private List<String> path() {
        Marker top = levels.get(levels.size() - 1).marker();
        if (top.style() == Style.CHAPTER) {
            return List.of("chapter", top.component());
        }
        boolean articles = levelOf(Style.ARTICLE) >= 0;
        List<String> path = new ArrayList<>();
        for (Level level : levels) {
            Style style = level.marker().style();
            if (level.implicit()) {
                continue;
            }
            if (style == Style.DECIMAL) {
                path.clear();
                path.addAll(List.of(level.marker().component().split("\\.")));
            } else if (style == Style.SUPPLEMENT) {
                path.add("suppl");
            } else if (style == Style.CHAPTER) {
                if (!articles) {
                    path.add("chapter");
                    path.add(level.marker().component());
                }
            } else {
                path.add(level.marker().component());
            }
        }
        return path;
    }

    /** @return the open levels, outermost first */
    List<Level> levels() {
        return List.copyOf(levels);
    }

    /** @return whether no level is open yet */
    boolean isEmpty() {
        return levels.isEmpty();
    }

    private int levelOf(Style style) {
        for (int i = levels.size() - 1; i >= 0; i--) {
            if (levels.get(i).marker().style() == style) {
                return i;
            }
        }
        return -1;
    }

    private void truncate(int size) {
        while (levels.size() > size) {
            levels.remove(levels.size() - 1);
        }
    }
}
