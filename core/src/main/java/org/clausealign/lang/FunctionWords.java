package org.clausealign.lang;

import java.util.Locale;
import java.util.Set;

/**
 * Counts a language's function words in a line: the words that are frequent, short, and differ
 * between English and French, so that a handful of them tells the languages apart.
 */
public final class FunctionWords {
    private final Set<String> words;
    private final int longest;

    /** @param words the function words, in lower case */
    public FunctionWords(Set<String> words) {
        this.words = Set.copyOf(words);
        this.longest = words.stream().mapToInt(String::length).max().orElse(0);
    }

    /**
     * @param line any text
     * @return how many of its words are function words of this list
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
            if (i > start && i - start <= longest && words.contains(line.substring(start, i).toLowerCase(Locale.ROOT))) {
                count++;
            }
        }
        return count;
    }
}
