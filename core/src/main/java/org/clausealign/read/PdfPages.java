package org.clausealign.read;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.clausealign.text.Scripts;

/**
 * Repairs the text of PDF pages: removes running headers and footers and page numbers, undoes
 * line-end hyphenation, and joins a label or a full-width full stop that layout put on a line of its
 * own back to its text ({@code 1} / {@code ．Objectif} becomes {@code 1．Objectif}).
 */
final class PdfPages {
    /** Lines at the top and at the bottom of a page where running headers, footers and numbers sit. */
    private static final int EDGE_LINES = 3;

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^[-–—－‐\\s]*(?:page|p\\.|pág(?:ina)?\\.?|seite)?\\s*[0-9０-９]{1,5}"
                    + "\\s*(?:(?:/|of|sur|de|von|／)\\s*[0-9０-９]{1,5})?\\s*(?:ページ|頁)?[-–—－‐\\s]*$");
    /** A label alone on its line: 1, 1., １．, (a), a), (iv), IV. */
    private static final Pattern LABEL_ONLY = Pattern.compile(
            "^(?:[(（]?(?:[0-9０-９]{1,3}|[a-zａ-ｚA-Z]|[ivxlIVXL]{1,6})[)）.．]?|第[一二三四五六七八九十百千〇0-9０-９]+条)$");
    private static final Pattern HYPHENATED_END = Pattern.compile("\\p{L}{2}-$");
    private static final Pattern DIGITS = Pattern.compile("[0-9０-９]+");

    /** A gap between lines this much wider than the usual line spacing (in font sizes) ends a paragraph. */
    private static final float PARAGRAPH_GAP = 1.4f;
    /** Indentation is written as one space per half of the font size. */
    private static final float SPACE_WIDTH = 0.5f;
    private static final int MAX_INDENT = 40;
    /** Paragraphs are told apart by gaps when at least this share of lines is followed by one. */
    private static final double SPACED_SHARE = 0.1;
    /** Footnotes are printed at most this share of the usual text size. */
    private static final float SMALL_PRINT = 0.9f;
    /** A line at least this share of the page's widest is a full line, not a paragraph's last. */
    private static final double FULL_LINE = 0.8;
    private static final Pattern SENTENCE_END = Pattern.compile("[.:;!?。．：；」』）)]$");
    /** A line that starts with a label starts a clause: 1., １．, (a), a), iv., Article 5, 第５条. */
    private static final Pattern LABEL_START = Pattern.compile(
            "^(?:[(（]?(?:[0-9０-９]{1,3}|[a-zA-Zａ-ｚ]|[ivxlIVXL]{1,6})[)）.．]|第[一二三四五六七八九十百千〇0-9０-９]+条"
                    + "|(?:Article|Section|Chapter|Part|Article premier|Chapitre|Partie)\\s+[0-9IVXL])");

    private PdfPages() {}

    /**
     * Lays the pages out as text: running headers, footers and page numbers removed, a blank line
     * where the gap above a line shows a new paragraph, indentation as spaces from the page's left
     * text edge, and what layout split joined again ({@link #repair}).
     *
     * @param pages each page's lines, top to bottom
     * @return each page's text lines
     */
    static List<List<String>> layout(List<List<PdfLine>> pages) {
        List<List<PdfLine>> kept = withoutFootnotes(withoutRunningLines(pages));
        float spacing = usualSpacing(kept);
        boolean spaced = paragraphsAreSpaced(kept, spacing);
        List<List<String>> text = new ArrayList<>();
        List<String> previousPage = null;
        for (List<PdfLine> page : kept) {
            List<String> lines = new ArrayList<>();
            float left = (float) page.stream().mapToDouble(PdfLine::x).min().orElse(0);
            PdfLine above = null;
            for (PdfLine line : page) {
                boolean gap = above != null && isGap(above, line, spacing);
                if (gap) {
                    lines.add("");
                }
                boolean continues = !LABEL_START.matcher(line.text()).find();
                if (spaced && above != null && !gap && continues) {
                    // Where gaps mark paragraphs, a line without one continues its paragraph: it is
                    // joined, as a web page or a Word file gives a paragraph on one line.
                    List<String> target = lines.isEmpty() ? previousPage : lines;
                    int last = target.size() - 1;
                    target.set(last, joinWrapped(target.get(last), line.text()));
                } else if (spaced && above == null && continues && endsUnfinished(previousPage)) {
                    // A paragraph going on over a page break stays on the page it started on.
                    int last = previousPage.size() - 1;
                    previousPage.set(last, joinWrapped(previousPage.get(last), line.text()));
                } else {
                    int indent = Math.min(MAX_INDENT, Math.round((line.x() - left) / (SPACE_WIDTH * line.size())));
                    lines.add(" ".repeat(Math.max(0, indent)) + line.text());
                }
                above = line;
            }
            text.add(lines);
            if (!lines.isEmpty()) {
                previousPage = lines;
            }
        }
        return repair(text);
    }

    /** @return whether a page's last line is full and stops mid-sentence: its paragraph goes on overleaf */
    private static boolean endsUnfinished(List<String> page) {
        if (page == null || page.isEmpty() || page.get(page.size() - 1).isBlank()) {
            return false;
        }
        String last = page.get(page.size() - 1).strip();
        int widest = page.stream().mapToInt(line -> Scripts.width(line.strip())).max().orElse(0);
        // A short last line ends its paragraph (or is a heading), whatever its last character.
        return !SENTENCE_END.matcher(last).find() && Scripts.width(last) >= FULL_LINE * widest;
    }

    private static boolean isGap(PdfLine above, PdfLine line, float spacing) {
        return (line.y() - above.y()) / line.size() > PARAGRAPH_GAP * spacing;
    }

    /** @return whether at least one line in {@value #SPACED_SHARE} is followed by a paragraph gap */
    private static boolean paragraphsAreSpaced(List<List<PdfLine>> pages, float spacing) {
        int lines = 0;
        int gaps = 0;
        for (List<PdfLine> page : pages) {
            for (int i = 1; i < page.size(); i++) {
                lines++;
                gaps += isGap(page.get(i - 1), page.get(i), spacing) ? 1 : 0;
            }
        }
        return lines > 0 && gaps >= SPACED_SHARE * lines;
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
     * Removes footnotes: the lines at the foot of a page printed smaller than the document's usual
     * text. Their marks in the text stay (a superscript digit), as a reader sees them.
     */
    private static List<List<PdfLine>> withoutFootnotes(List<List<PdfLine>> pages) {
        List<Float> sizes = new ArrayList<>();
        pages.forEach(page -> page.forEach(line -> sizes.add(line.size())));
        if (sizes.isEmpty()) {
            return pages;
        }
        sizes.sort(null);
        float usual = sizes.get(sizes.size() / 2);
        List<List<PdfLine>> kept = new ArrayList<>();
        for (List<PdfLine> page : pages) {
            int end = page.size();
            while (end > 0 && page.get(end - 1).size() < SMALL_PRINT * usual) {
                end--;
            }
            kept.add(page.subList(0, end));
        }
        return kept;
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

    /**
     * Removes running headers and footers: lines near the top or bottom of a page that repeat, with
     * their digits ignored, on more than half the pages; and page numbers there.
     */
    private static List<List<PdfLine>> withoutRunningLines(List<List<PdfLine>> pages) {
        Map<String, Integer> pagesWith = new HashMap<>();
        for (List<PdfLine> page : pages) {
            Set<String> keys = new HashSet<>();
            for (int i : edges(page.size())) {
                keys.add(key(page.get(i).text()));
            }
            keys.forEach(key -> pagesWith.merge(key, 1, Integer::sum));
        }
        Map<String, Integer> pagesWithExactly = new HashMap<>();
        for (List<PdfLine> page : pages) {
            Set<String> lines = new HashSet<>();
            for (int i : edges(page.size())) {
                lines.add(page.get(i).text());
            }
            lines.forEach(line -> pagesWithExactly.merge(line, 1, Integer::sum));
        }
        List<List<PdfLine>> kept = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<PdfLine> page = pages.get(p);
            Set<Integer> drop = new HashSet<>();
            for (int i : edges(page.size())) {
                String line = page.get(i).text();
                // A line repeating with other digits is running only where it holds the page's
                // number ("Page 3 of 9", "file:///… 3/9"); "Section 12 …" on every page is text.
                boolean running = pagesWithExactly.get(line) * 2 > pages.size()
                        || pagesWith.get(key(line)) * 2 > pages.size() && holdsNumber(line, p + 1);
                if (PAGE_NUMBER.matcher(line).matches() || pages.size() >= 2 && running) {
                    drop.add(i);
                }
            }
            List<PdfLine> rest = new ArrayList<>();
            for (int i = 0; i < page.size(); i++) {
                if (!drop.contains(i)) {
                    rest.add(page.get(i));
                }
            }
            kept.add(rest);
        }
        return kept;
    }

    /** @return the indexes of the first and last few lines of a page */
    private static List<Integer> edges(int lines) {
        List<Integer> edges = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            if (i < EDGE_LINES || i >= lines - EDGE_LINES) {
                edges.add(i);
            }
        }
        return edges;
    }

    private static boolean holdsNumber(String line, int number) {
        var numbers = DIGITS.matcher(Normalizer.normalize(line, Normalizer.Form.NFKC));
        String wanted = Integer.toString(number);
        while (numbers.find()) {
            if (numbers.group().equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static String key(String line) {
        String folded = Normalizer.normalize(line, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
        return DIGITS.matcher(folded).replaceAll("#");
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
