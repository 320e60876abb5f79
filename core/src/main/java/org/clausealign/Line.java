package org.clausealign;

/**
 * One line of a {@link SourceText}, without its line terminator.
 *
 * @param number the line number, counted from 1 as editors do
 * @param start offset of the line's first character in the source text
 * @param raw the characters of the line, leading and trailing white space included
 */
public record Line(int number, int start, String raw) {
    /** {@return offset just past the line's last character, terminator excluded} */
    public int end() {
        return start + raw.length();
    }

    /** {@return whether the line holds only white space} */
    public boolean isBlank() {
        return raw.isBlank();
    }

    /** {@return the line without leading and trailing white space} */
    public String content() {
        return raw.strip();
    }

    /** {@return offset of the first character that is not white space (or {@link #end()})} */
    public int contentStart() {
        int i = 0;
        while (i < raw.length() && Character.isWhitespace(raw.charAt(i))) {
            i++;
        }
        return start + i;
    }

    /** {@return offset just past the last character that is not white space} */
    public int contentEnd() {
        int i = raw.length();
        while (i > 0 && Character.isWhitespace(raw.charAt(i - 1))) {
            i--;
        }
        return start + i;
    }

    /** {@return how many white space characters the line starts with (tabs count as one)} */
    public int indent() {
        return contentStart() - start;
    }

    /** {@return how many white space characters follow the line's last visible character} */
    public int trailingSpace() {
        return end() - contentEnd();
    }
}
