package org.clausealign.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Lays the lines of PDF pages out as the text the clause splitter reads, repairing what page layout
 * did to it: a heading wrapped over lines is one line again, a paragraph wrapped over lines (where
 * gaps mark paragraphs, or in Japanese where layout shows a line wrapped: {@link JapaneseWraps}) or
 * over a page break is joined, a word hyphenated at a line end is whole,
 * and a label or a full-width full stop that layout put on a line of its own goes back to its text
 * ({@code 1} / {@code ．Objectif} becomes {@code 1．Objectif}). Running headers, footers and
 * footnotes are taken off first ({@link PdfMargins}).
 */
final class PdfPages {
    /** A label alone on its line: 1, 1., １．, (a), a), (iv), IV. */
    private static final Pattern LABEL_ONLY = Pattern.compile(
            "^(?:[(（]?(?:[0-9０-９]{1,3}|[a-zａ-ｚA-Z]|[ivxlIVXL]{1,6})[)）.．]?|第[一二三四五六七八九十百千〇0-9０-９]+条)$");
    private static final Pattern HYPHENATED_END = Pattern.compile("\\p{L}{2}-$");
    /** A line that starts with a label starts a clause: 1., １．, (a), a), iv., Article 5, 第５条. */
    private static final Pattern LABEL_START = Pattern.compile(
            "^(?:[(（]?(?:[0-9０-９]{1,3}|[a-zA-Zａ-ｚ]|[ivxlIVXL]{1,6})[)）.．]|第[一二三四五六七八九十百千〇0-9０-９]+条"
                    + "|(?:Article|Section|Chapter|Part|Article premier|Chapitre|Partie)\\s+[0-9IVXL])");
    /** A label followed by a space: a label that starts a clause, not text wrapped to the line start, "(a)の条件". */
    private static final Pattern SPACED_LABEL = Pattern.compile(LABEL_START.pattern() + "(?:[\\s　]|$)");
    /**
     * A list number in square brackets, as LibreOffice prints the number of a list item with tracked
     * changes ({@code [(a)]}); "[1]", a reference, has neither brackets nor a stop inside.
     */
    private static final Pattern TRACKED_LABEL = Pattern.compile("^\\[([(（][^\\]\\s]{1,6}[)）]|[^\\]\\s]{1,6}[.．])\\]\\s");
    private static final Pattern SENTENCE_END = Pattern.compile("[.:;!?。．：；」』）)]$");

    /** A gap between lines this much wider than the usual line spacing (in font sizes) ends a paragraph. */
    private static final float PARAGRAPH_GAP = 1.4f;
    /** Indentation is written as one space per half of the font size. */
    private static final float SPACE_WIDTH = 0.5f;
    private static final int MAX_INDENT = 40;
    /** Paragraphs are told apart by gaps when at least this share of lines is followed by one. */
    private static final double SPACED_SHARE = 0.1;
    /** A line printed at least this share larger than the usual text is a heading or a title. */
    private static final float HEADING_SIZE = 1.05f;
    /** A line reaching this share of the text's width is a full line, not a paragraph's last. */
    private static final double FULL_LINE = 0.8;
    /** A line ending within this many font sizes of the text's right edge was wrapped there. */
    private static final float WRAPPED = 2.5f;
    /** Lines starting within this share of the font size of each other are in one column. */
    static final float SAME_COLUMN = 0.5f;

    private PdfPages() {}

    /**
     * Lays the pages out as text: running headers, footers and page numbers removed, a blank line
     * where the gap above a line shows a new paragraph (or where a Japanese line above it ends its
     * paragraph, in a document without such gaps) and around headings, indentation as spaces
     * from the text's left edge, and what layout split joined again.
     *
     * @param pages each page's lines, top to bottom
     * @return each page's text lines; an empty line is a paragraph end, also at a page's start or end
     */
    static List<List<String>> layout(List<List<PdfLine>> pages) {
        List<List<PdfLine>> kept = PdfMargins.strip(pages);
        Geometry geometry = Geometry.of(kept);
        JapaneseWraps japanese = JapaneseWraps.of(kept, Geometry::column,
                line -> geometry.isHeading(line) || isLabelled(line));
        List<List<String>> text = new ArrayList<>();
        List<String> previousPage = null;
        PdfLine lastOfPrevious = null;
        for (List<PdfLine> page : kept) {
            List<String> lines = new ArrayList<>();
            float left = Math.min(geometry.left, (float) page.stream().mapToDouble(PdfLine::x).min().orElse(geometry.left));
            PdfLine above = null;
            for (PdfLine raw : page) {
                PdfLine line = untracked(raw);
                boolean heading = geometry.isHeading(line);
                boolean gap = above != null && geometry.isGap(above, line);
                boolean labelled = isLabelled(line);
                // The line above, on this page or at the foot of the one before.
                PdfLine lineAbove = above != null ? above : lastOfPrevious;
                if (above != null && !gap && heading && geometry.isHeading(above) && above.size() == line.size()
                        && !labelled) {
                    // A heading or a title wrapped over lines.
                    join(lines, line);
                } else if (above != null && !gap && labelled && geometry.wrapsLabel(above, line)) {
                    join(lines.isEmpty() ? previousPage : lines, line);
                } else if (geometry.spaced && above != null && !gap && !labelled && !geometry.isHeading(above)
                        && !japanese.ends(above, line)) {
                    // Where gaps mark paragraphs, a line without one continues its paragraph: it is
                    // joined, as a web page or a Word file gives a paragraph on one line; unless the
                    // layout shows a Japanese line ending its paragraph there: a short one (附　則),
                    // or one followed by a statute's number set off by a space (２　, 一　).
                    join(lines.isEmpty() ? previousPage : lines, line);
                } else if (above == null && geometry.spaced && !labelled && !heading
                        && geometry.endsUnfinished(lastOfPrevious)) {
                    // A paragraph going on over a page break stays on the page it started on.
                    join(previousPage, line);
                } else if (!geometry.spaced && lineAbove != null && !gap && !labelled && !heading
                        && !geometry.isHeading(lineAbove) && japanese.wraps(lineAbove, line)) {
                    // Japanese text without gaps: where layout shows a line wrapped, its paragraph goes on.
                    join(lines.isEmpty() ? previousPage : lines, line);
                } else {
                    if (gap || heading || above != null && geometry.isHeading(above)
                            || above == null && lastOfPrevious != null && geometry.isHeading(lastOfPrevious)
                            || !geometry.spaced && !labelled && japanese.ends(lineAbove, line)) {
                        paragraphEnd(lines);
                    }
                    int indent = Math.min(MAX_INDENT, Math.round((line.x() - left) / (SPACE_WIDTH * line.size())));
                    lines.add(" ".repeat(Math.max(0, indent)) + line.text());
                }
                above = line;
            }
            if (above != null && geometry.isHeading(above)) {
                paragraphEnd(lines);
            }
            text.add(lines);
            if (!lines.isEmpty()) {
                previousPage = lines;
                lastOfPrevious = above;
            }
        }
        return repair(text);
    }

    /** @return whether a line starts with a label, as a clause does: 1., １．, (a), a), iv., Article 5, 第５条 */
    static boolean isLabelled(PdfLine line) {
        return LABEL_START.matcher(line.text()).find();
    }

    /** @return the line with a list number LibreOffice bracketed for tracked changes unbracketed */
    private static PdfLine untracked(PdfLine line) {
        var tracked = TRACKED_LABEL.matcher(line.text());
        if (!tracked.find()) {
            return line;
        }
        return new PdfLine(tracked.replaceFirst("$1 "), line.x(), line.y(), line.size(), line.end(), line.second(),
                line.lead());
    }

    private static void paragraphEnd(List<String> lines) {
        if (lines.isEmpty() || !lines.get(lines.size() - 1).isEmpty()) {
            lines.add("");
        }
    }

    private static void join(List<String> lines, PdfLine line) {
        int last = lines.size() - 1;
        lines.set(last, joinWrapped(lines.get(last), line.text()));
    }

    private static String joinWrapped(String line, String next) {
        boolean cjk = !line.isEmpty() && !next.isEmpty() && line.codePointBefore(line.length()) > 0x2E7F
                && next.codePointAt(0) > 0x2E7F;
        if (HYPHENATED_END.matcher(line).find() && Character.isLowerCase(next.codePointAt(0))) {
            return line.substring(0, line.length() - 1) + next;
        }
        return cjk ? line + next : line + " " + next;
    }

    /**
     * What the pages' layout says about the whole document: its usual text size and line spacing,
     * its text's left and right edges, and whether gaps between lines mark its paragraphs.
     */
    private record Geometry(float size, float spacing, float left, float right, boolean spaced) {
        static Geometry of(List<List<PdfLine>> pages) {
            float spacing = usualSpacing(pages);
            // Every page's text starts at one margin; a page of list items alone does not move it.
            Map<Integer, Integer> lefts = new HashMap<>();
            float right = 0;
            for (List<PdfLine> page : pages) {
                page.stream().mapToDouble(PdfLine::x).min()
                        .ifPresent(x -> lefts.merge((int) Math.floor(x), 1, Integer::sum));
                for (PdfLine line : page) {
                    right = Math.max(right, line.end());
                }
            }
            int left = 0;
            int pagesAtLeft = 0;
            for (Map.Entry<Integer, Integer> margin : lefts.entrySet()) {
                if (margin.getValue() > pagesAtLeft || margin.getValue() == pagesAtLeft && margin.getKey() < left) {
                    left = margin.getKey();
                    pagesAtLeft = margin.getValue();
                }
            }
            Geometry unspaced = new Geometry(PdfMargins.usualSize(pages), spacing, left, right, false);
            return new Geometry(unspaced.size, spacing, left, right, unspaced.paragraphsAreSpaced(pages));
        }

        boolean isHeading(PdfLine line) {
            return line.size() > HEADING_SIZE * size;
        }

        boolean isGap(PdfLine above, PdfLine line) {
            return (line.y() - above.y()) / line.size() > PARAGRAPH_GAP * spacing;
        }

        /** @return whether a line reaches the text's right edge: its text went on on the next line */
        private boolean isWrapped(PdfLine line) {
            return line.end() >= right - WRAPPED * line.size();
        }

        /** @return where the lines of the paragraph a line belongs to go on: after its label, if it has one */
        static float column(PdfLine line) {
            return SPACED_LABEL.matcher(line.text()).find() ? line.second() : line.x();
        }

        private static boolean sameColumn(PdfLine line, float column) {
            return Math.abs(line.x() - column) < SAME_COLUMN * line.size();
        }

        /**
         * @return whether a line that starts like a label is the text of the line above wrapped at
         *     a label-like word ("第3条" / "(a)の条件…"): the line above is wrapped mid-sentence and
         *     the line is in its text's column, the label not followed by a space
         */
        boolean wrapsLabel(PdfLine above, PdfLine line) {
            return above != null && isWrapped(above) && !SENTENCE_END.matcher(above.text()).find()
                    && !SPACED_LABEL.matcher(line.text()).find() && sameColumn(line, column(above))
                    && above.size() == line.size();
        }

        /** @return whether a page's last line is full and stops mid-sentence: its paragraph goes on overleaf */
        boolean endsUnfinished(PdfLine last) {
            return last != null && !isHeading(last) && !SENTENCE_END.matcher(last.text()).find()
                    && last.end() - left >= FULL_LINE * (right - left);
        }

        /** @return whether at least one line in {@value #SPACED_SHARE} is followed by a paragraph gap */
        private boolean paragraphsAreSpaced(List<List<PdfLine>> pages) {
            int lines = 0;
            int gaps = 0;
            for (List<PdfLine> page : pages) {
                for (int i = 1; i < page.size(); i++) {
                    lines++;
                    gaps += isGap(page.get(i - 1), page.get(i)) ? 1 : 0;
                }
            }
            return lines > 0 && gaps >= SPACED_SHARE * lines;
        }

        /** @return the median distance between the baselines of neighbouring lines, in font sizes */
        private static float usualSpacing(List<List<PdfLine>> pages) {
            List<Float> gaps = new ArrayList<>();
            for (List<PdfLine> page : pages) {
                for (int i = 1; i < page.size(); i++) {
                    float gap = page.get(i).y() - page.get(i - 1).y();
                    if (gap > 0 && gap < 4 * page.get(i).size()) {
                        gaps.add(gap / page.get(i).size());
                    }
                }
            }
            if (gaps.isEmpty()) {
                return Float.MAX_VALUE;
            }
            gaps.sort(null);
            return gaps.get((gaps.size() - 1) / 2);
        }
    }

    /**
     * Joins what layout split: a word hyphenated at a line end (when the next line goes on in lower
     * case), a line starting with a full-width full stop onto the line before, and a label alone on
     * its line onto the line after.
     *
     * @param pages each page's lines
     * @return the same pages with those lines joined; a join across pages keeps the text on the
     *     earlier page
     */
    private static List<List<String>> repair(List<List<String>> pages) {
        List<List<String>> repaired = new ArrayList<>();
        Line previous = null;
        for (List<String> page : pages) {
            List<String> out = new ArrayList<>();
            repaired.add(out);
            for (String raw : page) {
                String line = raw.strip();
                if (previous != null && !line.isEmpty() && previous.joinsNext(line)) {
                    previous.append(line);
                    continue;
                }
                out.add(raw);
                previous = line.isEmpty() ? null : new Line(out, out.size() - 1);
            }
        }
        return repaired;
    }

    /** A line already written, which the next line may still join. */
    private static final class Line {
        private final List<String> page;
        private final int index;

        Line(List<String> page, int index) {
            this.page = page;
            this.index = index;
        }

        String text() {
            return page.get(index).strip();
        }

        boolean joinsNext(String next) {
            String text = text();
            return next.startsWith("．") || LABEL_ONLY.matcher(text).matches()
                    || HYPHENATED_END.matcher(text).find() && Character.isLowerCase(next.codePointAt(0));
        }

        void append(String next) {
            String text = page.get(index).stripTrailing();
            String joined;
            if (next.startsWith("．") || text.endsWith("．") || text.endsWith("）")) {
                joined = text + next;
            } else if (LABEL_ONLY.matcher(text.strip()).matches()) {
                joined = text + " " + next;
            } else {
                joined = text.substring(0, text.length() - 1) + next;
            }
            page.set(index, joined);
        }
    }
}
