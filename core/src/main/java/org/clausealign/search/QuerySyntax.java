package org.clausealign.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.apache.lucene.queryparser.classic.ParseException;
import org.clausealign.InputException;

/**
 * A query's syntax checked before Lucene's parser sees it, so that a mistake is told in the user's
 * terms: which character, and what to do ("the bracket ( at character 9 is never closed; add a )
 * or remove it"), never the parser's grammar.
 */
final class QuerySyntax {
    private static final Set<String> BINARY = Set.of("AND", "OR", "&&", "||");
    private static final Set<String> FILTERS = Set.of("doc:", "lang:", "clause:");
    /** Characters the classic parser reads as syntax this query language does not offer. */
    private static final String LITERAL = "/[]{}";

    private QuerySyntax() {}

    /**
     * @param text a query
     * @throws InputException for an unclosed quote or bracket, an operator with nothing on one
     *     side, or a filter without a value
     */
    static void check(String text) {
        Deque<Integer> open = new ArrayDeque<>();
        int quote = -1;
        String previous = null;
        int previousAt = -1;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (quote >= 0) {
                if (c == '"') {
                    quote = -1;
                    previous = "word";
                }
                i++;
                continue;
            }
            if (c == '"') {
                quote = i++;
                continue;
            }
            if (c == '(' || c == ')') {
                if (c == '(') {
                    open.push(i);
                } else if (open.isEmpty()) {
                    throw bad("the bracket ) at character " + (i + 1) + " closes no bracket; remove it or add a ( before it");
                } else {
                    open.pop();
                }
                requireOperand(previous, previousAt, c == ')');
                previous = String.valueOf(c);
                previousAt = i++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && "()\"".indexOf(text.charAt(i)) < 0) {
                i += text.charAt(i) == '\\' ? 2 : 1;
            }
            String word = text.substring(start, Math.min(i, text.length()));
            if (BINARY.contains(word)) {
                if (previous == null || previous.equals("(") || BINARY.contains(previous) || previous.equals("NOT")) {
                    throw bad(word + " at character " + (start + 1) + " has nothing before it; put a word before it or remove it");
                }
            } else if (FILTERS.contains(word) && (i >= text.length() || text.charAt(i) != '"')) {
                throw bad(word + " at character " + (start + 1) + " has no value; write it with one, e.g. "
                        + switch (word) {
                            case "lang:" -> "lang:ja";
                            case "clause:" -> "clause:2.c.*";
                            default -> "doc:*moc*";
                        });
            }
            previous = BINARY.contains(word) || word.equals("NOT") ? word : "word";
            previousAt = start;
        }
        if (quote >= 0) {
            throw bad("the quote \" at character " + (quote + 1) + " is never closed; add a closing \" or remove it");
        }
        if (!open.isEmpty()) {
            throw bad("the bracket ( at character " + (open.peek() + 1) + " is never closed; add a ) or remove it");
        }
        requireOperand(previous, previousAt, true);
    }

    /** An operator just before a closing bracket or the end has nothing after it. */
    private static void requireOperand(String previous, int at, boolean closing) {
        if (closing && previous != null && (BINARY.contains(previous) || previous.equals("NOT"))) {
            throw bad(previous + " at character " + (at + 1) + " has nothing after it; put a word after it or remove it");
        }
    }

    /**
     * @param text a query
     * @return the query with the characters the classic parser would read as ranges or regular
     *     expressions ({@value #LITERAL}) escaped outside quotes: here they are only characters
     */
    static String escapeLiterals(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                out.append(c).append(text.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && LITERAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * @param text a query
     * @return the query with a {@code +} before each filter that no OR joins to its neighbours
     *     and no NOT negates: {@code research clause:2.c.*} searches 2(c)'s items only, as
     *     {@code research AND clause:2.c.*} would
     */
    static String requireFilters(String text) {
        List<int[]> words = new ArrayList<>();
        boolean quoted = false;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c == '"') {
                quoted = !quoted;
            }
            if (!quoted && Character.isWhitespace(c)) {
                if (start >= 0) {
                    words.add(new int[] {start, i});
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
        }
        StringBuilder out = new StringBuilder(text);
        for (int w = words.size() - 1; w >= 0; w--) {
            int from = words.get(w)[0];
            while (from < words.get(w)[1] && text.charAt(from) == '(') {
                from++;
            }
            String word = text.substring(from, words.get(w)[1]);
            boolean filter = FILTERS.stream().anyMatch(f -> word.startsWith(f) && word.length() > f.length());
            if (filter && !joined(text, words, w - 1, true) && !joined(text, words, w + 1, false)) {
                out.insert(from, '+');
            }
        }
        return out.toString();
    }

    /** Whether the word next to a filter joins it by OR, or (before it) negates it. */
    private static boolean joined(String text, List<int[]> words, int w, boolean before) {
        if (w < 0 || w >= words.size()) {
            return false;
        }
        String word = text.substring(words.get(w)[0], words.get(w)[1]);
        return word.equals("OR") || word.equals("||") || before && (word.equals("NOT") || word.equals("!"));
    }

    /**
     * @param text the query
     * @param e what the parser could not read
     * @return the error, naming the word the parser stopped at
     */
    static InputException unreadable(String text, Exception e) {
        if (e instanceof ParseException parse && parse.currentToken != null && parse.currentToken.next != null
                && !parse.currentToken.next.image.isEmpty()) {
            String near = parse.currentToken.next.image;
            return new InputException("query", "cannot be read at '" + near + "'; put words with the characters"
                    + " + - ! ^ ~ * ? : \\ in quotes, or write \\ before each", e);
        }
        return new InputException("query", "cannot be read; put words with the characters + - ! ^ ~ * ? : \\ in"
                + " quotes, or write \\ before each", e);
    }

    private static InputException bad(String reason) {
        return new InputException("query", reason);
    }
}
