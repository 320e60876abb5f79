package org.clausealign.align;

import java.util.regex.Pattern;
import org.clausealign.lang.Language;

/**
 * A clause's form, which says whether it can be one part of a larger unit: a clause that stops
 * mid-sentence (on a comma, semicolon, colon or 、, or on a conjunction) goes on in the next clause,
 * while one that ends a sentence (. 。 ! ?) or stops without punctuation (a heading) is a unit of
 * its own, unless the next clause carries on in lower case. How many sentences it holds (by ICU's
 * sentence break iterator, see {@link SentencePairs#sentences}) says whether it can stand for two
 * complete sentences of another version.
 *
 * @param ending how the text ends
 * @param startsLower whether the text starts with a lower-case letter, carrying on a sentence
 * @param sentences how many sentences the text holds
 */
record Form(Ending ending, boolean startsLower, int sentences) {
    /** How a clause's text ends. */
    enum Ending {
        /** Mid-sentence: the text goes on in the next clause. */
        OPEN,
        /** A full stop or other sentence end. */
        SENTENCE,
        /** No punctuation at all: a heading, or a line the next clause may carry on. */
        BARE
    }

    /** Closing quotes and brackets, looked through: "(as designated）" ends like its content. */
    private static final String CLOSERS = "”’\"»)）」』]";
    /** The longest conjunction ending a text, with what may come before and after it ("; mais,"). */
    private static final int CONJUNCTION_REACH = 8;
    /** A conjunction ending the text, after a comma or semicolon or not: "; and", "、及び". */
    private static final Pattern CONJUNCTION = Pattern.compile(
            "(?:(?:^|[\\s;,])(?:and|or|et|ou|but|mais),?|(?:および|及び|並びに|ならびに|又は|または|若しくは|もしくは|かつ)、?)$",
            Pattern.CASE_INSENSITIVE);
    private static final String MID_SENTENCE = ",;:、，；：";

    /** {@return the form of a clause's text in a language} */
    static Form of(String text, Language language) {
        int end = text.length();
        while (end > 0 && (CLOSERS.indexOf(text.charAt(end - 1)) >= 0 || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        String t = text.substring(0, end).strip();
        Ending ending;
        if (t.isEmpty()) {
            ending = Ending.BARE;
        } else if (MID_SENTENCE.indexOf(t.charAt(t.length() - 1)) >= 0 || endsOnConjunction(t)) {
            ending = Ending.OPEN;
        } else {
            ending = Character.isLetterOrDigit(t.charAt(t.length() - 1)) ? Ending.BARE : Ending.SENTENCE;
        }
        boolean lower = !t.isEmpty() && Character.isLowerCase(t.codePointAt(0));
        return new Form(ending, lower, Math.max(1, SentencePairs.sentences(text, language).size()));
    }

    /** Only the text's end is searched: a regular expression anchored at the end still tries every start. */
    private static boolean endsOnConjunction(String t) {
        return CONJUNCTION.matcher(t).region(Math.max(0, t.length() - CONJUNCTION_REACH), t.length())
                .useAnchoringBounds(false).find();
    }

    /** @return whether this clause reads as going on in the next one */
    boolean goesOnIn(Form next) {
        return ending == Ending.OPEN || ending == Ending.BARE && next.startsLower();
    }
}
