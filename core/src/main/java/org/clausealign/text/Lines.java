package org.clausealign.text;

import java.util.ArrayList;
import java.util.List;
import org.clausealign.Line;

/** Splits a text into {@link Line}s at CRLF, CR or LF, keeping every offset. */
public final class Lines {
    private Lines() {}

    /**
     * {@return its lines in order; a final line terminator does not add an empty line}
     *
     * @param text any text
     */
    public static List<Line> of(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new Line(number++, start, text.substring(start, i)));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(new Line(number, start, text.substring(start)));
        }
        return lines;
    }
}
