package org.clausealign.clause;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.clausealign.InputException;
import org.clausealign.SourceText;
import org.clausealign.lang.VersionLine;
import org.clausealign.lang.VersionLines;
import org.clausealign.text.Scripts;

/**
 * Splits one language version into its clauses.
 *
 * <p>Reading goes line by line. A line starts a numbered clause when its marker fits the open
 * numbering levels ({@link Numbering}); otherwise it continues the current clause unless the
 * layout shows a paragraph end ({@link Layout}). Unnumbered paragraphs are then named by where
 * they stand: before the first numbered clause they are the title, parties, recitals and formula;
 * after a heading they are its paragraphs ({@code 3.p.1}); after an item that has not finished its
 * sentence they continue it ("For Japan:" and the ministries under it); after the last numbered
 * clause they are the closing. Lines after a rule of underscores form signature blocks.
 */
public final class ClauseSplitter {
    /** A caption line: a few words in brackets, alone on the line. */
    private static final Pattern CAPTION = Pattern.compile("^[（(][^（）()]{1,40}[）)]$");
    private static final Pattern PREAMBLE_HEADING = Pattern.compile(
            "^[〈<《\\[(（【]?\\s*(Preamble|PREAMBLE|Préambule|PRÉAMBULE|前文)\\s*[〉>》\\])）】]?$");

    /**
     * The most clauses one version may have: far above any legal text (the MOC has 67), low enough
     * that a 32 MB file of one-character lines cannot exhaust memory.
     */
    public static final int MAX_CLAUSES = 500_000;
    /** Unnumbered paragraphs a structured text may have around its numbering: title, recitals… */
    private static final int MAX_PREAMBLE = 5;
    /** A heading's title is a few words: "Scope", "General provisions", 目的. */
    private static final int TITLE_WORDS = 6;
    private static final int TITLE_WIDTH = 30;

    private ClauseSplitter() {}

    /** @return whether a line reads as a heading's title: a few words, no sentence end */
    private static boolean looksLikeTitle(String content) {
        if (Punctuation.endsSentenceOrList(content)) {
            return false;
        }
        boolean japanese = content.codePoints().anyMatch(Scripts::isJapaneseLetter);
        return japanese ? Scripts.width(content) <= TITLE_WIDTH
                : content.split(" +").length <= TITLE_WORDS;
    }

    /**
     * {@return the version's clauses}
     *
     * @param source the text the lines come from
     * @param version the lines of one language version
     */
    public static LanguageVersion split(SourceText source, VersionLines version) {
        Layout layout = new Layout(version.language(), version.lines());
        // A layout with a reading of its own is consulted first; the general reading is the rest.
        boolean statute = ConsolidatedStatute.fits(version.lines());
        List<ClauseBuilder> units = statute ? ConsolidatedStatute.read(version.lines(), layout, version.language())
                : read(version.lines(), layout);
        if (units.size() > MAX_CLAUSES) {
            throw new InputException(source.name(), String.format(java.util.Locale.ROOT,
                    "has more than %,d clauses in its %s version, the limit for one file", MAX_CLAUSES,
                    version.language().code()));
        }
        if (!statute) {
            name(units, layout);
        }
        List<Clause> clauses = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (ClauseBuilder unit : units) {
            if (unit.id != null && !unit.isEmpty()) {
                // Ids are unique within a version even where numbering restarts unforeseen.
                int count = seen.merge(unit.id, 1, Integer::sum);
                if (count > 1) {
                    unit.id = unit.id + "~" + count;
                }
                clauses.add(unit.build());
            }
        }
        return new LanguageVersion(version.language(), source, clauses);
    }

    /** Cuts the lines into units: numbered clauses, unnumbered paragraphs and signature blocks. */
    private static List<ClauseBuilder> read(List<VersionLine> lines, Layout layout) {
        List<ClauseBuilder> units = new ArrayList<>();
        Numbering numbering = new Numbering();
        ClauseBuilder current = null;
        VersionLine previous = null;
        for (VersionLine line : lines) {
            if (line.separator()) {
                current = new ClauseBuilder(null);
                current.signature = true;
                units.add(current);
                previous = null;
                continue;
            }
            List<Marker> readings = MarkerParser.parse(line.line().content());
            Marker marker = null;
            if (current != null && current.signature) {
                // Numbering that goes on after a rule of underscores shows the rule was a
                // footnote separator, not the start of the signatures.
                marker = readings.isEmpty() ? null : numbering.continues(readings);
                if (marker == null) {
                    current.add(line, layout.isShort(line));
                    continue;
                }
                current.signature = false;
            } else {
                boolean inTitle = units.size() == 1 && current.marker == null && numbering.isEmpty() && current.allShort();
                boolean headingLine = current != null && current.isHeading() && current.lines().size() == 1
                        && layout.isShort(previous);
                // A short line under a bare heading ("Article 2" / "Scope") is the heading's title.
                boolean headingTitle = headingLine && current.text().isEmpty() && readings.isEmpty()
                        && looksLikeTitle(line.line().content());
                boolean paragraphEnds = previous == null || (headingLine && !headingTitle)
                        || (!headingTitle && layout.paragraphEnds(previous, line, inTitle));
                if (!readings.isEmpty()) {
                    String before = previous == null ? "" : previous.line().content();
                    boolean afterHeading = current != null && current.isHeading() && current.lines().size() == 1;
                    boolean opensList = paragraphEnds || Punctuation.endsSentenceOrList(before) || afterHeading
                            || (previous != null && layout.isShort(previous) && !Punctuation.endsWithComma(before));
                    // A caption line, (Purpose), ends what stands above it as a full stop would.
                    boolean clearBreak = paragraphEnds || Punctuation.endsSentenceOrList(before) || isCaption(before);
                    marker = numbering.accept(readings, line.line().indent(), new Numbering.Context(opensList,
                            Punctuation.endsWithColon(before), clearBreak, afterHeading,
                            afterHeading && current.text().isEmpty()));
                }
                if (marker == null) {
                    if (current == null || paragraphEnds) {
                        numbering.paragraphBreak();
                        current = new ClauseBuilder(null);
                        current.openLevels = numbering.levels();
                        current.weakBreak = previous != null && layout.weakEnd(previous, line);
                        units.add(current);
                    }
                    current.add(line, layout.isShort(line));
                    previous = line;
                    continue;
                }
            }
            VersionLine caption = marker.style() == Style.ARTICLE ? takeCaption(current, line, units) : null;
            current = new ClauseBuilder(marker);
            if (caption != null) {
                current.caption(caption);
            }
            numbering.open(marker, line.line().indent(), current);
            current.id = numbering.id();
            current.label = numbering.label();
            int depth = numbering.depth();
            current.kind = depth == 0 ? ClauseKind.SECTION : depth == 1 ? ClauseKind.PARAGRAPH : ClauseKind.ITEM;
            units.add(current);
            current.add(line, layout.isShort(line));
            previous = line;
        }
        return units;
    }

    /**
     * A caption on the line right above an article, （目的） or (Purpose) as statutes print them,
     * belongs to the article: it is taken from the unit before, which it ends. A title keeps its
     * last line ((Unofficial translation), a law's number), and a bare heading its one line of
     * title ("Article 2" / "(Deleted)").
     *
     * @param article the article's heading line
     * @return the caption's line, or null if the unit before does not end with a caption
     */
    private static VersionLine takeCaption(ClauseBuilder before, VersionLine article, List<ClauseBuilder> units) {
        if (before == null || before.signature || before.isEmpty() || article.blankLinesBefore() > 0
                || article.afterOtherLanguage()) {
            return null;
        }
        VersionLine last = before.lines().get(before.lines().size() - 1);
        if (!isCaption(last.line().content())) {
            return null;
        }
        boolean title = units.indexOf(before) == 0 && before.lines().size() > 1;
        boolean bareArticleTitle = before.marker != null && before.marker.style() == Style.ARTICLE
                && before.lines().size() == 2 && before.lines().get(0).line().content().substring(before.marker.textOffset())
                        .isBlank();
        if (title || bareArticleTitle) {
            return null;
        }
        if (before.lines().size() > 1) {
            return before.removeLastLine();
        }
        if (before.marker == null) {
            units.remove(before);
            return last;
        }
        return null;
    }

    /**
     * @return whether a line is only a caption in brackets: a few words, no digits ("(Act No. 57
     *     of 2003)" is a citation), not a list marker such as (iv)
     */
    private static boolean isCaption(String content) {
        return CAPTION.matcher(content).matches() && content.codePoints().filter(Character::isLetter).count() >= 2
                && content.codePoints().noneMatch(Character::isDigit) && MarkerParser.parse(content).isEmpty();
    }

    /** Gives ids to the unnumbered units, folding continuations into the clause they continue. */
    private static void name(List<ClauseBuilder> units, Layout layout) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).marker != null) {
                last = i;
                if (first < 0) {
                    first = i;
                }
            }
        }
        int signatures = 0;
        for (ClauseBuilder unit : units) {
            if (unit.signature) {
                signatures++;
                unit.id = "signature." + signatures;
                unit.label = "Signature " + signatures;
                unit.kind = ClauseKind.SIGNATURE;
            }
        }
        if (first < 0) {
            paragraphs(units);
            return;
        }
        Preamble.name(units.subList(0, first).stream().filter(u -> !u.signature).toList());
        ClauseBuilder current = null;
        int closings = 0;
        for (int i = first; i < units.size(); i++) {
            ClauseBuilder unit = units.get(i);
            if (unit.signature) {
                continue;
            }
            if (unit.marker != null) {
                current = unit;
                continue;
            }
            ClauseBuilder parent = parentOf(unit, current, layout, nextNumbered(units, i));
            if (parent != null) {
                parent.paragraphs++;
                named(unit, parent.id + ".p." + parent.paragraphs, parent.label + " ¶" + parent.paragraphs,
                        ClauseKind.PARAGRAPH);
                unit.parent = parent;
                current = unit;
            } else if (i > last && current.endsSentence() && !(current.marker != null && unit.weakBreak
                    && closingFollows(units, i))) {
                // A sentence on a line a little short, then a capital, is how a PDF's text also
                // breaks mid-paragraph: the last clause goes on while a closing still follows.
                closings++;
                named(unit, closings == 1 ? "closing" : "closing." + closings,
                        closings == 1 ? "Closing" : "Closing " + closings, ClauseKind.CLOSING);
                current = unit;
            } else {
                current.absorb(unit);
            }
        }
        long numbered = units.stream().filter(u -> u.marker != null).count();
        long loose = units.stream().filter(u -> u.marker == null && !u.signature && u.parent == null
                && !u.isEmpty()).count();
        if (loose > 2 * numbered + MAX_PREAMBLE) {
            // A few numbered lines in a mostly unnumbered text (a news digest, a web page) do not
            // make it a structured legal text: no recitals or closings are named there.
            paragraphs(units);
        }
    }

    /** Names every unit but the signatures a plain paragraph: p.1, p.2… */
    private static void paragraphs(List<ClauseBuilder> units) {
        int paragraph = 0;
        for (ClauseBuilder unit : units) {
            if (!unit.signature && !unit.isEmpty()) {
                paragraph++;
                named(unit, "p." + paragraph, "¶" + paragraph, ClauseKind.PARAGRAPH);
            }
        }
    }

    /** @return the first numbered unit after the one at {@code i}, or null */
    private static ClauseBuilder nextNumbered(List<ClauseBuilder> units, int i) {
        for (int k = i + 1; k < units.size(); k++) {
            if (units.get(k).marker != null) {
                return units.get(k);
            }
        }
        return null;
    }

    /**
     * The clause an unnumbered paragraph is a paragraph of, or null if it continues the current
     * clause or closes the document.
     *
     * @param next the next numbered clause, or null if numbering does not go on
     */
    private static ClauseBuilder parentOf(ClauseBuilder unit, ClauseBuilder current, Layout layout,
            ClauseBuilder next) {
        boolean numberingFollows = next != null;
        // An item that has not finished its sentence goes on; so does one that is only a title,
        // "ShareAlike.", which another version may print without its full stop (継承).
        if (current.marker != null && !current.isHeading() && (!current.endsSentence() || isTitleOnly(current))) {
            return null;
        }
        if (layout.indentMeaningful()) {
            int indent = unit.lines().get(0).line().indent();
            ClauseBuilder heading = null;
            ClauseBuilder deepest = null;
            for (Numbering.Level level : unit.openLevels) {
                if (heading == null && level.clause().isHeading()) {
                    heading = level.clause();
                }
                if (level.indent() < indent) {
                    deepest = level.clause();
                }
                // Text set back from a list whose numbering goes on after it ("b." text "c.")
                // interrupts the list: it is a paragraph of the item before it, as in a web page
                // that closes a list for a paragraph and resumes it with <ol start="3">.
                if (level.indent() > indent && next != null && next.marker.style() == level.marker().style()
                        && next.marker.value() == level.marker().value() + 1) {
                    return level.clause();
                }
            }
            return deepest != null ? deepest : heading;
        }
        if (current.isHeading()) {
            return current;
        }
        // Flat text after a list, a new sentence with numbering still to come, is a paragraph of
        // the clause holding the list, not of the list's last item: 3(a)(1) ¶1 after 3(a)(1)(C).
        // Japanese has no capitals: the last item ended its sentence, so the next one starts anew.
        List<Numbering.Level> open = unit.openLevels;
        int first = unit.text().codePointAt(0);
        if (numberingFollows && current.marker != null && open.size() >= 2 && open.get(open.size() - 1).clause() == current
                && (Character.isUpperCase(first) || Scripts.isJapanese(first))) {
            return open.get(open.size() - 2).clause();
        }
        return current.parent;
    }

    /** @return whether a numbered clause holds only a title on its one line: "ShareAlike.", not "upon request." */
    private static boolean isTitleOnly(ClauseBuilder clause) {
        String text = clause.text();
        return clause.lines().size() == 1 && text.endsWith(".") && Character.isUpperCase(text.codePointAt(0))
                && looksLikeTitle(text.substring(0, text.length() - 1));
    }

    /** @return whether an unnumbered paragraph that is not a signature follows the unit at {@code i} */
    private static boolean closingFollows(List<ClauseBuilder> units, int i) {
        for (int k = i + 1; k < units.size(); k++) {
            ClauseBuilder next = units.get(k);
            if (!next.isEmpty()) {
                return !next.signature && next.marker == null;
            }
        }
        return false;
    }

    private static void named(ClauseBuilder unit, String id, String label, ClauseKind kind) {
        unit.id = id;
        unit.label = label;
        unit.kind = kind;
    }

    /** Names the unnumbered paragraphs before the first numbered clause. */
    private static final class Preamble {
        static void name(List<ClauseBuilder> units) {
            if (units.isEmpty()) {
                return;
            }
            named(units.get(0), "title", "Title", ClauseKind.TITLE);
            int heading = -1;
            for (int i = 1; i < units.size(); i++) {
                if (PREAMBLE_HEADING.matcher(units.get(i).text()).matches()) {
                    heading = i;
                    break;
                }
            }
            List<ClauseBuilder> recitals;
            if (heading > 0) {
                for (int i = 1; i < heading; i++) {
                    named(units.get(i), "note." + i, "Note " + i, ClauseKind.NOTE);
                }
                named(units.get(heading), "preamble", "Preamble", ClauseKind.PREAMBLE);
                recitals = units.subList(heading + 1, units.size());
            } else {
                List<ClauseBuilder> rest = units.subList(1, units.size());
                if (rest.size() < 2) {
                    for (int i = 0; i < rest.size(); i++) {
                        named(rest.get(i), "p." + (i + 1), "¶" + (i + 1), ClauseKind.PARAGRAPH);
                    }
                    return;
                }
                if (rest.get(0).endsWithComma()) {
                    named(rest.get(0), "parties", "Parties", ClauseKind.PARTIES);
                    rest = rest.subList(1, rest.size());
                }
                recitals = rest;
            }
            int count = recitals.size();
            if (count > 0 && isFormula(recitals)) {
                named(recitals.get(count - 1), "formula", "Formula", ClauseKind.FORMULA);
                count--;
            }
            for (int i = 0; i < count; i++) {
                named(recitals.get(i), "recital." + (i + 1), "Recital " + (i + 1), ClauseKind.RECITAL);
            }
        }

        /** The last preamble paragraph leads into the operative part if it alone ends a sentence or with a colon. */
        private static boolean isFormula(List<ClauseBuilder> recitals) {
            ClauseBuilder last = recitals.get(recitals.size() - 1);
            String text = last.text();
            if (Punctuation.endsWithColon(text)) {
                return true;
            }
            if (recitals.size() < 2 || !last.endsSentence()) {
                return false;
            }
            long finished = recitals.subList(0, recitals.size() - 1).stream().filter(ClauseBuilder::endsSentence).count();
            return finished * 2 < recitals.size() - 1;
        }


    }
}
