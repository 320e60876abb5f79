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

    /**
     * Removes running headers and footers: lines near the top or bottom of a page that repeat, with
     * their digits ignored, on more than half the pages; and page numbers there.
     *
     * @param pages the text of each page
     * @return each page's remaining lines
     */
    static List<List<String>> withoutRunningLines(List<String> pages) {
        List<List<String>> lines = new ArrayList<>();
        Map<String, Integer> pagesWith = new HashMap<>();
        for (String page : pages) {
            List<String> pageLines = List.of(page.split("\n", -1));
            lines.add(pageLines);
            Set<String> keys = new HashSet<>();
            for (int i : edges(pageLines)) {
                keys.add(key(pageLines.get(i)));
            }
            keys.forEach(key -> pagesWith.merge(key, 1, Integer::sum));
        }
        List<List<String>> kept = new ArrayList<>();
        for (List<String> pageLines : lines) {
            Set<Integer> drop = new HashSet<>();
            for (int i : edges(pageLines)) {
                String line = pageLines.get(i).strip();
                if (PAGE_NUMBER.matcher(line).matches()
                        || pages.size() >= 2 && pagesWith.get(key(line)) * 2 > pages.size()) {
                    drop.add(i);
                }
            }
            List<String> rest = new ArrayList<>();
            for (int i = 0; i < pageLines.size(); i++) {
                if (!drop.contains(i)) {
                    rest.add(pageLines.get(i));
                }
            }
            kept.add(rest);
        }
        return kept;
    }

    /** @return the indexes of the first and last few lines of a page that hold text */
    private static List<Integer> edges(List<String> lines) {
        List<Integer> text = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                text.add(i);
            }
        }
        if (text.size() <= 2 * EDGE_LINES) {
            return text;
        }
        List<Integer> edges = new ArrayList<>(text.subList(0, EDGE_LINES));
        edges.addAll(text.subList(text.size() - EDGE_LINES, text.size()));
        return edges;
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
    static List<List<String>> repair(List<List<String>> pages) {
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
