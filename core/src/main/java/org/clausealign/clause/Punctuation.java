package org.clausealign.clause;

/** The punctuation that tells where sentences, lists and paragraphs end, in all three languages. */
final class Punctuation {
    /** Closing quotes and brackets, looked through to find how a sentence ends: "pays. »". */
    private static final String CLOSERS = "”’\"»)）」』]";
    /** Marks that end a sentence. */
    private static final String SENTENCE_END = ".。!?！？";
    /** Marks that end a list lead or a list item: the text goes on in the next clause. */
    private static final String LIST_END = ":：;；";

    private Punctuation() {}

    /**
     * @param text any text
     * @return its last character that is neither white space nor a closing quote or bracket, or -1
     */
    static int lastMeaningful(CharSequence text) {
        int i = text.length();
        while (i > 0 && (Character.isWhitespace(text.charAt(i - 1)) || CLOSERS.indexOf(text.charAt(i - 1)) >= 0)) {
            i--;
        }
        return i == 0 ? -1 : Character.codePointBefore(text, i);
    }

    /** @return whether the text ends a sentence */
    static boolean endsSentence(CharSequence text) {
        int last = lastMeaningful(text);
        return last >= 0 && SENTENCE_END.indexOf(last) >= 0;
    }

    /** @return whether the text ends a sentence or a list lead or item */
    static boolean endsSentenceOrList(CharSequence text) {
        int last = lastMeaningful(text);
        return last >= 0 && (SENTENCE_END.indexOf(last) >= 0 || LIST_END.indexOf(last) >= 0);
    }

    /** @return whether the text ends with a colon, announcing a list */
    static boolean endsWithColon(CharSequence text) {
        int last = lastMeaningful(text);
        return last == ':' || last == '：';
    }

    /** @return whether the text ends with a comma, as a parties clause does before the recitals */
    static boolean endsWithComma(CharSequence text) {
        int last = lastMeaningful(text);
        return last == ',' || last == '、' || last == '，';
    }
}
