package org.clausealign.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the paragraphs a reader finds into one text the clause splitter reads: one paragraph a
 * line, a blank line between paragraphs (the splitter's paragraph end), each with its origin.
 */
final class TextBuilder {
    private final StringBuilder text = new StringBuilder();
    private final List<Integer> starts = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    /**
     * Adds lines that may continue the paragraph before them, such as the next page of a PDF: one
     * line break, not a blank line, separates them from what came before, unless they start with a
     * blank line. A blank line at their end ends their last paragraph. The first line keeps its
     * indentation.
     *
     * @param lines the lines, separated by line breaks
     * @param origin where they came from
     */
    void lines(String lines, String origin) {
        if (lines.isBlank()) {
            return;
        }
        String body = lines.strip();
        int end = lines.indexOf(body) + body.length();
        // The first line keeps its indentation: only the blank lines before it are left out.
        int start = lines.lastIndexOf('\n', end - body.length()) + 1;
        if (start > 0 && !endsParagraph()) {
            text.append('\n');
        }
        starts.add(text.length());
        names.add(origin);
        text.append(lines, start, end).append('\n');
        if (lines.indexOf('\n', end) >= 0) {
            text.append('\n');
        }
    }

    private boolean endsParagraph() {
        int length = text.length();
        return length == 0 || length >= 2 && text.charAt(length - 1) == '\n' && text.charAt(length - 2) == '\n';
    }

    /**
     * Adds one paragraph; blank ones are left out.
     *
     * @param paragraph the paragraph's text, on one line or several
     * @param origin where it came from
     */
    void paragraph(String paragraph, String origin) {
        paragraph(paragraph, origin, 0);
    }

    /**
     * Adds one paragraph of a list, indented two spaces a level as a list is laid out in plain
     * text, so that the splitter tells an item from unnumbered text after its list.
     *
     * @param paragraph the paragraph's text, on one line or several
     * @param origin where it came from
     * @param depth how many lists hold it: 0 outside any
     */
    void paragraph(String paragraph, String origin, int depth) {
        String lines = paragraph.strip();
        if (lines.isEmpty()) {
            return;
        }
        String indent = "  ".repeat(depth);
        text.append(indent);
        starts.add(text.length());
        names.add(origin);
        text.append(lines.replace("\n", "\n" + indent)).append("\n\n");
    }

    /** @return whether no paragraph was added */
    boolean isEmpty() {
        return text.isEmpty();
    }

    /** @return the text of all paragraphs */
    String text() {
        return text.toString();
    }

    /** @return the origin of each paragraph's offsets */
    Origins origins() {
        return new Origins(starts.stream().mapToInt(Integer::intValue).toArray(), names);
    }
}
