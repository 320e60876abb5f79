package org.clausealign.read;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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

    private PdfPages() {}

    /** A gap between lines this much wider than the usual line spacing (in font sizes) ends a paragraph. */
    private static final float PARAGRAPH_GAP = 1.4f;
    /** Indentation is written as one space per half of the font size. */
    private static final float SPACE_WIDTH = 0.5f;
    private static final int MAX_INDENT = 40;

    /**
     * Lays the pages out as text: running headers, footers and page numbers removed, a blank line
     * where the gap above a line shows a new paragraph, indentation as spaces from the page's left
     * text edge, and what layout split joined again ({@link #repair}).
     *
     * @param pages each page's lines, top to bottom
     * @return each page's text lines
     */
    static List<List<String>> layout(List<List<PdfLine>> pages) {
        List<List<PdfLine>> kept = withoutRunningLines(pages);
        float spacing = usualSpacing(kept);
        List<List<String>> text = new ArrayList<>();
        for (List<PdfLine> page : kept) {
            List<String> lines = new ArrayList<>();
            float left = (float) page.stream().mapToDouble(PdfLine::x).min().orElse(0);
            PdfLine above = null;
            for (PdfLine line : page) {
                if (above != null && (line.y() - above.y()) / line.size() > PARAGRAPH_GAP * spacing) {
                    lines.add("");
                }
                int indent = Math.min(MAX_INDENT, Math.round((line.x() - left) / (SPACE_WIDTH * line.size())));
                lines.add(" ".repeat(Math.max(0, indent)) + line.text());
                above = line;
            }
            text.add(lines);
        }
        return repair(text);
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
        String folded = Normalizer.normalize(line, Normalizer.Form.NFKC);
        return Pattern.compile("(?<![0-9])" + number + "(?![0-9])").matcher(folded).find();
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
