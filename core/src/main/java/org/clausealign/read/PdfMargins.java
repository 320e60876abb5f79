package org.clausealign.read;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Takes off a PDF's pages what is not the document's running text: running headers and footers,
 * page numbers, footnotes and the reference marks that point to them.
 */
final class PdfMargins {
    /** Lines at the top and at the bottom of a page where running headers, footers and numbers sit. */
    private static final int EDGE_LINES = 3;
    /** Footnotes and reference marks are printed at most this share of the usual text size. */
    private static final float SMALL_PRINT = 0.9f;

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^[-–—－‐\\s]*(?:page|p\\.|pág(?:ina)?\\.?|seite)?\\s*[0-9０-９]{1,5}"
                    + "\\s*(?:(?:/|of|sur|de|von|／)\\s*[0-9０-９]{1,5})?\\s*(?:ページ|頁)?[-–—－‐\\s]*$");
    private static final Pattern DIGITS = Pattern.compile("[0-9０-９]+");
    /** A footnote's reference mark on a line of its own: raised and small, one to three characters. */
    private static final Pattern MARK = Pattern.compile("[0-9*†‡§a-z]{1,3}");

    private PdfMargins() {}

    /**
     * @param pages each page's lines, top to bottom
     * @return the pages without running lines, page numbers, footnotes and reference marks
     */
    static List<List<PdfLine>> strip(List<List<PdfLine>> pages) {
        // Marks first: a mark on a line of its own at the foot looks like a page number.
        return withoutSmallPrintAtFoot(withoutRunningLines(withoutMarkedFootnotes(pages)));
    }

    /** @return the median font size of the lines: the size of the running text */
    static float usualSize(List<List<PdfLine>> pages) {
        List<Float> sizes = new ArrayList<>();
        pages.forEach(page -> page.forEach(line -> sizes.add(line.size())));
        if (sizes.isEmpty()) {
            return 0;
        }
        sizes.sort(null);
        return sizes.get(sizes.size() / 2);
    }

    /**
     * Removes footnotes printed at the text's size, as word processors print them: everything from
     * a line that starts with a reference mark already seen higher on the page. The marks
     * themselves, raised small characters that layout put on lines of their own, go too: the plain
     * text has none.
     */
    private static List<List<PdfLine>> withoutMarkedFootnotes(List<List<PdfLine>> pages) {
        float usual = usualSize(pages);
        List<List<PdfLine>> kept = new ArrayList<>();
        for (List<PdfLine> page : pages) {
            float left = (float) page.stream().filter(line -> line.size() >= SMALL_PRINT * usual)
                    .mapToDouble(PdfLine::x).min().orElse(0);
            Set<String> marks = new HashSet<>();
            List<PdfLine> rest = new ArrayList<>();
            for (PdfLine line : page) {
                if (!isMark(line, usual)) {
                    rest.add(line);
                } else if (line.x() - left > usual) {
                    marks.add(line.text());
                } else if (marks.contains(line.text())) {
                    break;
                }
            }
            kept.add(rest);
        }
        return kept;
    }

    /**
     * Removes footnotes printed small: the lines at the foot of a page printed smaller than the
     * document's usual text.
     */
    private static List<List<PdfLine>> withoutSmallPrintAtFoot(List<List<PdfLine>> pages) {
        float usual = usualSize(pages);
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

    private static boolean isMark(PdfLine line, float usual) {
        return line.size() < SMALL_PRINT * usual && MARK.matcher(line.text()).matches();
    }

    /** @return for each line at a page's top or bottom, as {@code key} reads it, on how many pages it is */
    private static Map<String, Integer> pagesWith(List<List<PdfLine>> pages, Function<PdfLine, String> key) {
        Map<String, Integer> pagesWith = new HashMap<>();
        for (List<PdfLine> page : pages) {
            Set<String> keys = new HashSet<>();
            for (int i : edges(page.size())) {
                keys.add(key.apply(page.get(i)));
            }
            keys.forEach(k -> pagesWith.merge(k, 1, Integer::sum));
        }
        return pagesWith;
    }

    /**
     * Removes running headers and footers: lines near the top or bottom of a page that repeat at
     * one size, with their digits ignored, on more than half the pages; and page numbers there. A
     * title printed large under a running header of the same words is not one of them.
     */
    private static List<List<PdfLine>> withoutRunningLines(List<List<PdfLine>> pages) {
        Map<String, Integer> pagesWith = pagesWith(pages, PdfMargins::key);
        Map<String, Integer> pagesWithExactly = pagesWith(pages, PdfMargins::exactly);
        List<List<PdfLine>> kept = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<PdfLine> page = pages.get(p);
            Set<Integer> drop = new HashSet<>();
            for (int i : edges(page.size())) {
                PdfLine edge = page.get(i);
                String line = edge.text();
                // A line repeating with other digits is running only where it holds the page's
                // number ("Page 3 of 9", "file:///… 3/9"); "Section 12 …" on every page is text.
                boolean running = pagesWithExactly.get(exactly(edge)) * 2 > pages.size()
                        || pagesWith.get(key(edge)) * 2 > pages.size() && holdsNumber(line, p + 1);
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

    /** @return a line's text and size, which a running line repeats */
    private static String exactly(PdfLine line) {
        return Math.round(line.size()) + " " + line.text();
    }

    /** @return a line's size and text, digits aside */
    private static String key(PdfLine line) {
        String folded = Normalizer.normalize(line.text(), Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
        return Math.round(line.size()) + " " + DIGITS.matcher(folded).replaceAll("#");
    }
}
