package org.clausealign.clause;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausealign.lang.Language;

/**
 * The definitions of a statute's definitions section, read from plain text where the defined
 * term's bold type is lost: where a definition list starts, which words are the defined term, and
 * the counterpart term the other official language's version names in parentheses at the end.
 *
 * <p>Each definition's id is keyed by its English term, so that both versions give it the same
 * id whatever their alphabetical orders: the English version's own term, the French version's
 * counterpart "(designated authority)". Without a counterpart the version's own term is the key.
 */
final class DefinedTerms {
    /** The drafting formulas that open a list of definitions, in English and French. */
    private static final Pattern LEAD = Pattern.compile(
            "^(?:In\\s+this\\s+(?:Act|Part|Division|section|subsection|Schedule|Regulations?)"
                    + "(?:\\s+and\\s+in\\s+[^,]{1,60})?\\s*,?"
                    + "|The\\s+(?:following\\s+)?definitions\\s+(?:in\\s+this\\s+\\w+\\s+)?apply\\b.*"
                    + "|Les\\s+définitions\\s+(?:qui\\s+suivent|du\\s+présent\\s+\\w+)\\s+s.appliquent\\b.*"
                    + "|(?:Dans\\s+l[ae]s?|Au|Aux|À\\s+l[ae]s?)\\s+présente?s?\\s+\\w+\\s*,?)\\s*[.:]?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Where an English term ends: the verb of its definition, a comma, a bracket. */
    private static final Pattern ENGLISH_TERM_END = Pattern.compile(
            "\\s+(?:means|includes|has|does|refers|is|are)\\b|,|\\s*\\[|\\s*\\(", Pattern.UNICODE_CHARACTER_CLASS);
    /** A counterpart in parentheses at the very end, after the definition's last punctuation. */
    private static final Pattern COUNTERPART = Pattern.compile("\\(([^()]{1,80})\\)\\s*$");
    /** "(French version only)", "(Version anglaise seulement)": the other version has no such term. */
    private static final Pattern ONE_VERSION_ONLY = Pattern.compile("\\bversion\\b.*\\bonly\\b|\\bseulement\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED = Pattern.compile("^[“\"«]\\s*([^”\"»]{1,80}?)\\s*[”\"»]");
    /** Two terms defined together, "X and X production": the key is the first. */
    private static final Pattern JOINED = Pattern.compile("^(\\S+)(.*?)\\s+(?:and|or|et|ou)\\s+\\1\\b.*");
    /**
     * A space other than the ordinary one (an en space, an em space; not the no-break space French puts before a colon) early in a definition:
     * where the web page's bold term ended, the surest cue there is.
     */
    private static final Pattern TERM_SPACE = Pattern.compile("[\\u2000-\\u200A]");
    private static final int TERM_LENGTH = 80;

    private DefinedTerms() {}

    /** @return whether a provision's text opens a list of definitions: "In this Act," */
    static boolean opensDefinitions(String text) {
        return LEAD.matcher(text.strip()).matches();
    }

    /**
     * The term a definition paragraph defines: its words up to the definition's verb ("means",
     * "includes") in English; in French up to the first capitalised word after it, which starts
     * the definition ("prison Lieu de détention…"), or "S'entend".
     *
     * @param text the paragraph's text
     * @param language its language
     * @return the term as printed
     */
    static String term(String text, Language language) {
        Matcher quoted = QUOTED.matcher(text);
        if (quoted.find()) {
            return quoted.group(1);
        }
        int bracket = text.indexOf('[');
        String head = bracket >= 0 ? text.substring(0, bracket) : text;
        Matcher space = TERM_SPACE.matcher(head);
        if (space.find() && space.start() > 0 && space.start() <= TERM_LENGTH) {
            head = head.substring(0, space.start());
        }
        if (language == Language.FR) {
            String[] words = head.strip().split("[\\s\\p{Z}]+");
            StringBuilder term = new StringBuilder(words[0]);
            for (int i = 1; i < words.length && !startsDefinition(words[i]); i++) {
                term.append(' ').append(words[i]);
            }
            return term.toString().replaceAll("[,:;]$", "");
        }
        Matcher end = ENGLISH_TERM_END.matcher(head);
        String term = (end.find() ? head.substring(0, end.start()) : head).strip();
        Matcher joined = JOINED.matcher(term);
        return joined.matches() ? joined.group(1) + joined.group(2) : term;
    }

    private static boolean startsDefinition(String word) {
        return Character.isUpperCase(word.codePointAt(0)) || word.startsWith("s’") || word.startsWith("s'");
    }

    /**
     * @param lastText the text of the definition's last paragraph (its own, or its last item's)
     * @return the counterpart term named in parentheses at its end, or null if there is none
     */
    static String counterpart(String lastText) {
        Matcher m = COUNTERPART.matcher(lastText.strip());
        if (!m.find() || ONE_VERSION_ONLY.matcher(m.group(1)).find()) {
            return null;
        }
        String inside = m.group(1).strip();
        // "(1)", "(a)", "(2) of that Act": a cross-reference, not a term.
        return inside.codePoints().filter(Character::isLetter).count() < 2
                || inside.codePoints().anyMatch(Character::isDigit) ? null : inside;
    }
}
