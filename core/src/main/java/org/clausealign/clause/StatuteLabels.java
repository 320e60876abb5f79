package org.clausealign.clause;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels of a consolidated statute as printed at a paragraph's start, Canadian style: a
 * section number {@code 5}, {@code 3.1}, {@code 69.01}, {@code 10 and 11}; a subsection
 * {@code (1)}, {@code (1.1)}; a paragraph {@code (a)} (French {@code a)}), {@code (e.1)}; a
 * subparagraph {@code (i)}, {@code (vii.1)}; a clause {@code (A)}; a subclause {@code (I)}.
 */
final class StatuteLabels {
    /** The levels of a statute's provisions, outermost first. */
    enum Level {
        SECTION, SUBSECTION, DEFINITION, PARAGRAPH, SUBPARAGRAPH, CLAUSE, SUBCLAUSE;

        /** @return whether the level holds list items: (a), (i), (A), (I) */
        boolean isItem() {
            return ordinal() >= PARAGRAPH.ordinal();
        }
    }

    /** A number with inserted parts: "3.1", "69.01", "e.1", "vii.1". */
    private static final String NUMBER = "\\d{1,4}(?:\\.\\d{1,3})*";
    private static final String JOIN = "\\s+(?:and|to|et|à)\\s+";
    /**
     * A section line: its number (or two joined, "10 and 11"), an optional first subsection
     * "(1)" (or "(1) and (2)"), then its text, which starts as a sentence or a bracket does.
     */
    private static final Pattern SECTION = Pattern.compile("^(" + NUMBER + ")(?:" + JOIN + "(" + NUMBER + "))?"
            + "(?:\\s+\\((" + NUMBER + ")\\)(?:" + JOIN + "\\((" + NUMBER + ")\\))?)?\\s+(?=[\\p{Lu}\\[«“\"(])");
    /** A subsection or list item: "(1)", "(a)", "(vii.1)", "(A)", or French "a)", "e.1)". */
    private static final Pattern ITEM = Pattern.compile(
            "^(\\()?(\\d{1,3}(?:\\.\\d{1,3})*|[a-z]{1,5}(?:\\.\\d{1,3})*|[A-Z]{1,5}(?:\\.\\d{1,3})*)\\)"
                    + "(?:" + JOIN + "\\(?(?:[\\dA-Za-z.]{1,8})\\))?\\s+(?=\\S)");
    private static final Pattern ROMAN = Pattern.compile("x{0,3}(ix|iv|v?i{0,3})");
    private static final Pattern LETTERS = Pattern.compile("([a-z])\\1{0,2}");

    private StatuteLabels() {}

    /**
     * A label's number, comparable across one level: "e.1" comes after "e" and before "f".
     *
     * @param printed the number as printed, "e.1"
     * @param base the value of its first part: 5 for "e" or "v" read as a roman numeral
     * @param inserted the inserted parts as decimal fractions: 0.1 for ".1", 0.01 for ".01"
     */
    record Number(String printed, int base, List<BigDecimal> inserted) {
        /** @return the number as an id component: "3.1" becomes "3-1", so that it never reads as a subsection */
        String component() {
            return StatuteIds.number(printed);
        }

        /** @return whether this number may follow {@code before} in one list: next, inserted after, or a small gap */
        boolean follows(Number before) {
            int order = compareTo(before);
            return order > 0 && base - before.base <= MAX_GAP;
        }

        /** @return whether a list may open with this number: 1, a, i */
        boolean opens() {
            return base == 1 && inserted.isEmpty();
        }

        int compareTo(Number other) {
            if (base != other.base) {
                return Integer.compare(base, other.base);
            }
            for (int i = 0; i < Math.max(inserted.size(), other.inserted.size()); i++) {
                // No inserted part comes before any: "e" before "e.1".
                BigDecimal a = i < inserted.size() ? inserted.get(i) : BigDecimal.ONE.negate();
                BigDecimal b = i < other.inserted.size() ? other.inserted.get(i) : BigDecimal.ONE.negate();
                if (a.compareTo(b) != 0) {
                    return a.compareTo(b);
                }
            }
            return 0;
        }
    }

    /** Numbers this far ahead still continue a list (repealed provisions may be left out). */
    static final int MAX_GAP = 3;
    /** A section number this far ahead of the last one is a number in running text, not a section. */
    static final int MAX_SECTION_GAP = 10;

    /**
     * A section line's label.
     *
     * @param section the section's number
     * @param lastSection the last number of a joined label ("11" of "10 and 11"), or the section's
     * @param subsection the first subsection's number on the same line, or null
     * @param lastSubsection the last subsection of a joined label, or the subsection's
     * @param printed the label as a lawyer cites it: "5(1)", "10 and 11", "5(1) and (2)"
     * @param textOffset where the provision's text starts in the paragraph
     */
    record SectionLabel(Number section, Number lastSection, Number subsection, Number lastSubsection, String printed,
            int textOffset) {}

    /**
     * An item's label.
     *
     * @param token the number without brackets: "1.1", "e", "vii"
     * @param closeOnly whether it has only a closing bracket, as French paragraphs a) do
     * @param printed the label as printed, "(e.1)" or "e.1)"
     * @param textOffset where the item's text starts in the paragraph
     */
    record ItemLabel(String token, boolean closeOnly, String printed, int textOffset) {
        /**
         * @return each level the label may stand for, with its number there: "(i)" is the ninth
         *     paragraph or the first subparagraph
         */
        List<Reading> readings() {
            List<Reading> readings = new ArrayList<>();
            int dot = token.indexOf('.');
            String head = dot < 0 ? token : token.substring(0, dot);
            List<BigDecimal> inserted = new ArrayList<>();
            if (dot >= 0) {
                for (String part : token.substring(dot + 1).split("\\.")) {
                    inserted.add(new BigDecimal("0." + part));
                }
            }
            if (Character.isDigit(head.charAt(0))) {
                if (!closeOnly) {
                    readings.add(new Reading(Level.SUBSECTION, new Number(token, Integer.parseInt(head), inserted)));
                }
                return readings;
            }
            boolean lower = Character.isLowerCase(head.charAt(0));
            String folded = head.toLowerCase(java.util.Locale.ROOT);
            if (LETTERS.matcher(folded).matches()) {
                int base = folded.charAt(0) - 'a' + 1 + 26 * (folded.length() - 1);
                readings.add(new Reading(lower ? Level.PARAGRAPH : Level.CLAUSE, new Number(token, base, inserted)));
            }
            int roman = roman(folded);
            if (roman > 0 && !closeOnly) {
                readings.add(new Reading(lower ? Level.SUBPARAGRAPH : Level.SUBCLAUSE, new Number(token, roman, inserted)));
            }
            return readings;
        }
    }

    /** One level a label may stand for, and its number there. */
    record Reading(Level level, Number number) {}

    /**
     * @param text a paragraph's text
     * @return its section label, or null if it does not start with one
     */
    static SectionLabel section(String text) {
        // Every line of a document is asked: most do not start with a digit, and need no matcher.
        if (text.isEmpty() || !isAsciiDigit(text.charAt(0))) {
            return null;
        }
        Matcher m = SECTION.matcher(text);
        if (!m.lookingAt()) {
            return null;
        }
        Number section = number(m.group(1));
        Number lastSection = m.group(2) == null ? section : number(m.group(2));
        Number subsection = m.group(3) == null ? null : number(m.group(3));
        Number lastSubsection = m.group(4) == null ? subsection : number(m.group(4));
        String printed = m.group(1) + (m.group(2) == null ? "" : text.substring(m.end(1), m.start(2)).replaceAll("\\s+", " ")
                + m.group(2));
        if (subsection != null) {
            printed = m.group(1) + "(" + m.group(3) + ")" + (m.group(4) == null ? ""
                    : text.substring(m.end(3) + 1, m.start(4) - 1).replaceAll("\\s+", " ") + "(" + m.group(4) + ")");
        }
        return new SectionLabel(section, lastSection, subsection, lastSubsection, printed, m.end());
    }

    /**
     * @param text a paragraph's text
     * @return its item label, or null if it does not start with one
     */
    static ItemLabel item(String text) {
        // A label closes with ")": a line without one needs no matcher.
        if (text.indexOf(')') < 0) {
            return null;
        }
        Matcher m = ITEM.matcher(text);
        if (!m.lookingAt()) {
            return null;
        }
        String printed = text.substring(0, m.end()).strip().replaceAll("\\s+", " ");
        return new ItemLabel(m.group(2), m.group(1) == null, printed, m.end());
    }

    /** @return whether the character is one that {@code \d} matches in the patterns above: 0 to 9 */
    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** @return a section or subsection number: "69.01" is 69 with 0.01 inserted */
    private static Number number(String printed) {
        String[] parts = printed.split("\\.");
        List<BigDecimal> inserted = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            inserted.add(new BigDecimal("0." + parts[i]));
        }
        return new Number(printed, Integer.parseInt(parts[0]), inserted);
    }

    /** @return the value of a lower-case roman numeral up to 39, or 0 if it is none */
    private static int roman(String s) {
        if (s.isEmpty() || !ROMAN.matcher(s).matches()) {
            return 0;
        }
        int value = 0;
        for (int i = 0; i < s.length(); i++) {
            int digit = switch (s.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                default -> 10;
            };
            boolean subtract = i + 1 < s.length() && digit == 1 && s.charAt(i + 1) != 'i';
            value += subtract ? -digit : digit;
        }
        return value;
    }
}
