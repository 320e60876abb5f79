package org.clausealign.clause;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.clausealign.lang.VersionLine;

/**
 * A paragraph of a statute's version, its wrapped lines joined: the unit {@link ConsolidatedStatute}
 * reads, a provision, a marginal note, a heading or a definition.
 *
 * @param lines its lines
 * @param text their text joined
 * @param soft whether only its label started it, with no paragraph end before it
 */
record StatuteParagraph(List<VersionLine> lines, String text, boolean soft) {
    /** Above this share of blank lines inside sentences, blank lines are a PDF's, not paragraph ends. */
    private static final double MID_SENTENCE_BLANKS = 0.25;
    /** The width wrapped lines run to: the widest lines but a few. */
    private static final double WRAP_PERCENTILE = 0.95;
    private static final double STOPS_SHORT = 0.6;
    private static final double NEARLY_FULL = 0.85;
    private static final double FULL = 0.97;
    /** A sentence and brackets after it: a definition's counterpart, "… moored. (poste d’amarrage)". */
    static final Pattern AFTER_SENTENCE_BRACKETS = Pattern.compile("[.;:,][\\s\\p{Z}]*\\([^()]*\\)$");

    /**
     * Joins wrapped lines into paragraphs. A paragraph ends where the layout shows it, at a blank
     * line unless the version's blank lines fall inside sentences (a PDF's), after a line that
     * stops short, and after a definition's counterpart term "… article. (apply)". A line that starts with a label starts a paragraph too, a soft one: if its
     * label fits no open list ("under paragraph" / "(a) of that Act"), the reading puts it back
     * into the text it continues.
     *
     * @param lines one version's lines
     * @param layout what its layout tells about paragraph ends
     * @return its paragraphs, in order
     */
    static List<StatuteParagraph> of(List<VersionLine> lines, Layout layout) {
        List<StatuteParagraph> paragraphs = new ArrayList<>();
        List<VersionLine> current = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        VersionLine previous = null;
        boolean soft = false;
        boolean blankLinesEndParagraphs = blankLinesEndParagraphs(lines, layout);
        int[] widths = lines.stream().mapToInt(l -> l.line().content().length()).sorted().toArray();
        int wrapWidth = widths.length == 0 ? 0 : widths[(int) (WRAP_PERCENTILE * (widths.length - 1))];
        for (VersionLine line : lines) {
            if (line.separator()) {
                continue;
            }
            String content = line.line().content();
            boolean hard = previous == null || layout.paragraphEnds(previous, line, false)
                    || line.blankLinesBefore() > 0 && blankLinesEndParagraphs || stopsShort(previous, content, wrapWidth)
                    || AFTER_SENTENCE_BRACKETS.matcher(previous.line().content()).find();
            boolean labelled = StatuteLabels.item(content) != null || StatuteLabels.section(content) != null;
            if ((hard || labelled) && !current.isEmpty()) {
                paragraphs.add(new StatuteParagraph(List.copyOf(current), text.toString(), soft));
                current.clear();
                text.setLength(0);
            }
            if (current.isEmpty()) {
                soft = !hard;
            }
            current.add(line);
            ClauseText.append(text, content);
            previous = line;
        }
        if (!current.isEmpty()) {
            paragraphs.add(new StatuteParagraph(List.copyOf(current), text.toString(), soft));
        }
        return paragraphs;
    }

    /**
     * Wrapped lines run to about the widest lines' width: a line that stops well short of it ends
     * its paragraph (a heading, a marginal note, a provision's last line); one a little short of
     * it does where it ends a sentence or the next line starts as a paragraph does, with a
     * capital or a label (a definition's term starts in lower case).
     */
    private static boolean stopsShort(VersionLine previous, String next, int wrapWidth) {
        int width = previous.line().content().length();
        int first = next.codePointAt(0);
        boolean nextStarts = Character.isUpperCase(first) || Character.isDigit(first) || first == '(' || first == '[';
        boolean finished = Punctuation.endsSentenceOrList(previous.line().content());
        return width < STOPS_SHORT * wrapWidth || finished && width < NEARLY_FULL * wrapWidth
                || nextStarts && width < (finished ? FULL : NEARLY_FULL) * wrapWidth;
    }

    /**
     * Whether blank lines end paragraphs: they do, unless a PDF's text puts them after every line,
     * which shows as many blank lines inside sentences (a line stopping without punctuation, the
     * next going on in lower case). A statute has few such: a definition after a counterpart in
     * brackets, the text after a list.
     */
    private static boolean blankLinesEndParagraphs(List<VersionLine> lines, Layout layout) {
        int blank = 0;
        int insideSentences = 0;
        VersionLine previous = null;
        for (VersionLine line : lines) {
            if (previous != null && line.blankLinesBefore() > 0) {
                blank++;
                String content = previous.line().content();
                if (!layout.isShort(previous) && !Punctuation.endsSentenceOrList(content)
                        && Character.isLowerCase(line.line().content().codePointAt(0))) {
                    insideSentences++;
                }
            }
            previous = line;
        }
        return insideSentences < MID_SENTENCE_BLANKS * blank;
    }
}
