package org.clausealign.text;

/**
 * A counted noun in the number its count asks for: "1 finding", "2 findings", "0 findings". For
 * the messages and summaries of the outputs and the command line, which are in English.
 */
public final class Plural {
    private Plural() {}

    /**
     * {@return the noun as the count asks for it: the singular for exactly one, else with an s}
     *
     * @param count how many
     * @param singular the noun in the singular, a regular English plural ("finding", "clause group")
     */
    public static String of(long count, String singular) {
        return count == 1 ? singular : singular + "s";
    }

    /**
     * {@return the count and the noun: "1 finding", "3 findings"}
     *
     * @param count how many
     * @param singular the noun in the singular, a regular English plural
     */
    public static String count(long count, String singular) {
        return count + " " + of(count, singular);
    }
}
