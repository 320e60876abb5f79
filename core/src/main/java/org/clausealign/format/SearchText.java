package org.clausealign.format;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausealign.lang.Invariants;
import org.clausealign.lang.Language;
import org.clausealign.search.SearchHit;
import org.clausealign.search.SearchResults;

/**
 * Search results as text: the hit's matches marked, and in the other versions their counterparts
 * (the same numbers and acronyms, however written: ２０５０, 2050, 二千五十 read as 2050 in the
 * query; and the words that render the matches, {@link SearchHit#counterparts()}); long clauses
 * wrapped at the terminal's width with a hanging indent.
 */
final class SearchText {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    /** Numbers (ASCII or full-width, with separators) and Latin acronyms, as written in a clause. */
    private static final Pattern SHARED = Pattern.compile(
            "[0-9０-９]+(?:[,.，．][0-9０-９]+)*|(?<![\\p{IsLatin}])[A-ZＡ-Ｚ][A-Z0-9Ａ-Ｚ０-９]+(?![\\p{IsLatin}])");
    private static final Pattern BOLD_TAG = Pattern.compile("<b>(.*?)</b>", Pattern.DOTALL);
    /** "   en  ": where a version's text begins, and where its wrapped lines go on. */
    private static final String INDENT = "       ";

    private SearchText() {}

    /** A text with spans to mark, as [start, end) offsets. */
    private record Marked(String text, List<int[]> marks) {}

    static String render(SearchResults results, boolean terminal, int width) {
        StringBuilder out = new StringBuilder();
        Set<String> asked = shared(NFKC.normalize(results.query()), results.language().orElse(Language.EN));
        int n = 0;
        for (SearchHit hit : results.hits()) {
            out.append(++n).append(". ").append(hit.doc()).append("  ").append(hit.label());
            if (!hit.caption().isEmpty()) {
                out.append("  ").append(hit.caption());
            }
            if (!hit.origin().isEmpty()) {
                out.append("  (").append(hit.origin()).append(')');
            }
            out.append("  [").append(hit.language().code()).append(String.format(Locale.ROOT, ", score %.2f]%n", hit.score()));
            Marked own = fromSnippet(hit.snippet());
            Set<String> wanted = new HashSet<>(asked);
            for (int[] mark : own.marks()) {
                wanted.addAll(shared(NFKC.normalize(own.text().substring(mark[0], mark[1])), hit.language()));
            }
            List<int[]> ownMarks = new ArrayList<>(own.marks());
            ownMarks.addAll(counterparts(own.text(), wanted));
            line(out, hit.language(), new Marked(own.text(), ownMarks), terminal, width);
            for (Language language : Language.values()) {
                String text = hit.aligned().get(language);
                if (text != null && language != hit.language()) {
                    List<int[]> marks = counterparts(text, wanted);
                    marks.addAll(renderings(text, hit.counterparts().getOrDefault(language, List.of())));
                    line(out, language, new Marked(text, marks), terminal, width);
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The numbers (as digits) and acronyms a text states, as the checks read them. */
    private static Set<String> shared(String normalized, Language language) {
        Set<String> found = new HashSet<>(Invariants.of(normalized, language).numbers());
        found.addAll(Invariants.acronyms(normalized));
        return found;
    }

    private static List<int[]> counterparts(String text, Set<String> wanted) {
        List<int[]> marks = new ArrayList<>();
        if (wanted.isEmpty()) {
            return marks;
        }
        Matcher m = SHARED.matcher(text);
        while (m.find()) {
            String value = NFKC.normalize(m.group());
            if (wanted.contains(value) || wanted.contains(value.replace(",", ""))) {
                marks.add(new int[] {m.start(), m.end()});
            }
        }
        return marks;
    }

    /** Where the words that render the hit's matches stand, each whole word wherever it occurs. */
    private static List<int[]> renderings(String text, List<String> words) {
        List<int[]> marks = new ArrayList<>();
        for (String word : words) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
                int end = at + word.length();
                // A Latin word inside a longer one is not that word; Japanese words stand unspaced.
                if (!(letter(text, at - 1) && letter(text, at)) && !(letter(text, end - 1) && letter(text, end))) {
                    marks.add(new int[] {at, end});
                }
            }
        }
        return marks;
    }

    /** @return whether the character at the index is a letter of a word that spaces delimit (Latin) */
    private static boolean letter(String text, int index) {
        return index >= 0 && index < text.length() && Character.isLetter(text.charAt(index))
                && Character.UnicodeScript.of(text.charAt(index)) == Character.UnicodeScript.LATIN;
    }

    /** The highlighter's snippet (matches in b tags, HTML-escaped) as text and marks. */
    private static Marked fromSnippet(String snippet) {
        StringBuilder text = new StringBuilder();
        List<int[]> marks = new ArrayList<>();
        Matcher m = BOLD_TAG.matcher(snippet);
        int last = 0;
        while (m.find()) {
            text.append(unescape(snippet.substring(last, m.start())));
            int start = text.length();
            text.append(unescape(m.group(1)));
            marks.add(new int[] {start, text.length()});
            last = m.end();
        }
        text.append(unescape(snippet.substring(last)));
        return new Marked(text.toString(), marks);
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'")
                .replace("&#x2F;", "/").replace("&amp;", "&");
    }

    /** One version: its code, then its text, wrapped under itself when wider than the width. */
    private static void line(StringBuilder out, Language language, Marked marked, boolean terminal, int width) {
        out.append("   ").append(language.code()).append("  ");
        int available = width - INDENT.length();
        List<int[]> lines = available < 20 ? List.of(new int[] {0, marked.text().length()})
                : wrap(marked.text(), language, available);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                out.append('\n').append(INDENT);
            }
            render(out, marked, lines.get(i)[0], lines.get(i)[1], terminal);
        }
        out.append('\n');
    }

    /** Lines of at most {@code available} columns (wide characters count two), broken where ICU allows. */
    private static List<int[]> wrap(String text, Language language, int available) {
        List<int[]> lines = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getLineInstance(language.locale());
        breaks.setText(text);
        int start = 0;
        while (start < text.length()) {
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            int fits = cut(text, start, available);
            if (fits >= text.length()) {
                lines.add(new int[] {start, trimEnd(text, start, text.length())});
                break;
            }
            int end = breaks.preceding(fits + 1);
            if (end <= start) {
                // A word longer than the line: cut it where the line ends.
                end = fits;
            }
            lines.add(new int[] {start, trimEnd(text, start, end)});
            start = end;
        }
        return lines;
    }

    /** @return the end of the longest run of characters from start that fits in the columns */
    private static int cut(String text, int start, int available) {
        int end = start;
        int used = 0;
        while (end < text.length()) {
            int c = text.codePointAt(end);
            used += width(c);
            if (used > available && end > start) {
                break;
            }
            end += Character.charCount(c);
        }
        return end;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static int width(int c) {
        int eastAsian = UCharacter.getIntPropertyValue(c, UProperty.EAST_ASIAN_WIDTH);
        return eastAsian == UCharacter.EastAsianWidth.WIDE || eastAsian == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
    }

    /** @return the marks in order, those that overlap (a word inside a glossary term) made one */
    private static List<int[]> merged(List<int[]> marks) {
        List<int[]> merged = new ArrayList<>();
        for (int[] mark : marks.stream().sorted((a, b) -> Integer.compare(a[0], b[0])).toList()) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && mark[0] < last[1]) {
                last[1] = Math.max(last[1], mark[1]);
            } else {
                merged.add(new int[] {mark[0], mark[1]});
            }
        }
        return merged;
    }

    /** Text from start to end, its marks in bold for a terminal, otherwise [bracketed]. */
    private static void render(StringBuilder out, Marked marked, int start, int end, boolean terminal) {
        int at = start;
        for (int[] mark : merged(marked.marks())) {
            int from = Math.max(mark[0], at);
            int to = Math.min(mark[1], end);
            if (from >= to) {
                continue;
            }
            out.append(marked.text(), at, from).append(terminal ? "\u001b[1m" : "[")
                    .append(marked.text(), from, to).append(terminal ? "\u001b[0m" : "]");
            at = to;
        }
        out.append(marked.text(), at, end);
    }
}
