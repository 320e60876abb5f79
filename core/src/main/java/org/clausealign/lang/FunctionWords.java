package org.clausealign.lang;

import java.util.Set;

/**
 * Counts a language's function words in a line: the words that are frequent, short, and differ
 * between English and French, so that a handful of them tells the languages apart.
 */
public final class FunctionWords {
    /**
     * The words in an open-addressing table keyed by a hash of their lower-case letters, so that
     * a line's words are looked up where they stand, without copying each: language separation
     * reads every word of every line.
     */
    private final String[] table;
    private final int longest;

    /**
     * Builds the lookup table.
     *
     * @param words the function words, in lower case
     */
    public FunctionWords(Set<String> words) {
        this.longest = words.stream().mapToInt(String::length).max().orElse(0);
        this.table = new String[Integer.highestOneBit(Math.max(1, words.size()) * 4) * 2];
        for (String word : words) {
            int slot = hash(word, 0, word.length()) & (table.length - 1);
            while (table[slot] != null) {
                slot = (slot + 1) & (table.length - 1);
            }
            table[slot] = word;
        }
    }

    private static int hash(CharSequence text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + Character.toLowerCase(text.charAt(i));
        }
        return h ^ (h >>> 16);
    }

    private boolean contains(String line, int start, int end) {
        int length = end - start;
        for (int slot = hash(line, start, end) & (table.length - 1); table[slot] != null; slot = (slot + 1) & (table.length - 1)) {
            String word = table[slot];
            if (word.length() == length && line.regionMatches(true, start, word, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@return how many of its words are function words of this list}
     *
     * @param line any text
     */
    public int count(String line) {
        int count = 0;
        int i = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && !Character.isLetter(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(line.charAt(i))) {
                i++;
            }
            if (i > start && i - start <= longest && contains(line, start, i)) {
                count++;
            }
        }
        return count;
    }
}
