package org.clausealign.format;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clausealign.check.Finding;
import org.clausealign.lang.Invariants;
import org.clausealign.lang.Language;

/**
 * Marks in a version's text what findings say differs, and only that: the numbers, months and
 * acronyms one version states a different number of times than another, wherever and however
 * each version writes them (２０５０, 二千五十年 and 2050; Ｇ７ and G7; 2023年1月, January and
 * janvier), and the terms a terminology finding names.
 *
 * <p>Each word, run of digits or run of kanji numerals with its counter is read on its own, after
 * NFKC, by the same {@link Invariants} the checks use, so a text is marked where the checks read
 * the number it holds.
 */
final class DifferenceMarks {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final String KANJI_NUMERALS = "〇一二三四五六七八九十百千万億兆";
    /** Terms are marked where the evidence is a term, not a whole clause. */
    private static final int LONGEST_TERM = 60;

    private final Set<String> numbers = new HashSet<>();
    private final Set<Integer> months = new HashSet<>();
    private final Set<String> acronyms = new HashSet<>();
    private final Set<String> terms = new HashSet<>();

    /** @param findings the findings about one clause group */
    DifferenceMarks(List<Finding> findings) {
        for (Finding finding : findings) {
            switch (finding.check()) {
                case "number" -> differing(finding).forEach(item -> numbers.add(item.split(" ", 2)[0]));
                case "date" -> differing(finding).forEach(name -> months.addAll(Invariants.of(name, Language.EN).months()));
                case "acronym" -> acronyms.addAll(unmatched(finding));
                case "terminology" -> finding.evidence().values().stream().filter(t -> t.length() <= LONGEST_TERM)
                        .forEach(terms::add);
                default -> { }
            }
        }
    }

    /**
     * @param text a version's text
     * @param language its language, to read its numbers
     * @return the text escaped for HTML, with what differs in mark elements
     */
    String html(String text, Language language) {
        boolean[] marked = new boolean[text.length()];
        for (Token token : tokens(text)) {
            if (differs(token, language)) {
                java.util.Arrays.fill(marked, token.start(), token.end(), true);
            }
        }
        for (String term : terms) {
            for (int at = text.indexOf(term); at >= 0 && !term.isEmpty(); at = text.indexOf(term, at + 1)) {
                if (!asciiAlphanumeric(text, at - 1) && !asciiAlphanumeric(text, at + term.length())) {
                    java.util.Arrays.fill(marked, at, at + term.length(), true);
                }
            }
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && marked[end] == marked[i]) {
                end++;
            }
            String part = Markup.html(text.substring(i, end));
            out.append(marked[i] ? "<mark>" + part + "</mark>" : part);
            i = end;
        }
        return out.toString();
    }

    private boolean differs(Token token, Language language) {
        if (acronyms.contains(token.normalized())) {
            return true;
        }
        if (numbers.isEmpty() && months.isEmpty()) {
            return false;
        }
        Invariants.Stated stated = Invariants.of(token.normalized(), language);
        return stated.numbers().stream().anyMatch(numbers::contains) || stated.months().stream().anyMatch(months::contains);
    }

    /** The items of a number or date finding that the versions do not state equally often. */
    private static Set<String> differing(Finding finding) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        for (String evidence : finding.evidence().values()) {
            Map<String, Integer> count = new HashMap<>();
            if (!evidence.equals("none")) {
                for (String item : evidence.split(", ")) {
                    count.merge(item, 1, Integer::sum);
                }
            }
            counts.add(count);
        }
        Set<String> differing = new HashSet<>();
        counts.forEach(count -> count.keySet().forEach(item -> {
            if (counts.stream().anyMatch(other -> !count.get(item).equals(other.get(item)))) {
                differing.add(item);
            }
        }));
        return differing;
    }

    /**
     * The acronym an acronym finding is about: it names it first ("FOIP in the en version…"); the
     * others in its evidence have counterparts.
     */
    private static Set<String> unmatched(Finding finding) {
        Set<String> named = new HashSet<>();
        for (String evidence : finding.evidence().values()) {
            for (String item : evidence.split(", ")) {
                if (finding.message().startsWith(item + " ")) {
                    named.add(item);
                }
            }
        }
        return named;
    }

    private static boolean asciiAlphanumeric(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /** A word, number or kanji numeral with its counter, and its NFKC form. */
    private record Token(int start, int end, String normalized) {}

    /**
     * The words and numbers of a text: runs of Latin letters and digits (with the thousands and
     * decimal separators between digits), and runs of kanji numerals; a run of numerals ends
     * before a letter, and takes the Han character after it, the counter (年, 月, 通) that makes
     * it a number.
     */
    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            StringBuilder normalized = new StringBuilder();
            boolean numeral = true;
            while (i < text.length()) {
                String c = NFKC.normalize(text.substring(i, i + Character.charCount(text.codePointAt(i))));
                boolean separator = (c.equals(",") || c.equals(".")) && i > start && i + 1 < text.length()
                        && isDigits(normalized.substring(normalized.length() - 1))
                        && isDigits(NFKC.normalize(text.substring(i + 1, i + 2)));
                boolean kanji = KANJI_NUMERALS.contains(c) && !c.isEmpty();
                // A number ends before its unit (600 in 600GWh), so that only the number is marked.
                boolean unitAfterNumber = numeral && i > start && !isDigits(c) && !separator && !kanji;
                if (!(isLatinOrDigits(c) || separator || kanji) || unitAfterNumber) {
                    break;
                }
                numeral &= isDigits(c) || separator || kanji;
                normalized.append(c);
                i += Character.charCount(text.codePointAt(i));
            }
            if (i == start) {
                i += Character.charCount(text.codePointAt(i));
                continue;
            }
            if (numeral && i < text.length() && Character.UnicodeScript.of(text.codePointAt(i)) == Character.UnicodeScript.HAN) {
                normalized.append(Character.toChars(text.codePointAt(i)));
                i += Character.charCount(text.codePointAt(i));
            }
            tokens.add(new Token(start, i, normalized.toString()));
        }
        return tokens;
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean isLatinOrDigits(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(c -> c >= '0' && c <= '9'
                || Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }
}
