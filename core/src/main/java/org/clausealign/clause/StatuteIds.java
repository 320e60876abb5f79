package org.clausealign.clause;

import com.ibm.icu.text.Normalizer2;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausealign.lang.Language;

/**
 * The clause ids and labels of a Canadian-style consolidated statute, one set of rules for every
 * reader that meets one: the plain-text splitter and the Justice Laws XML reader give the same
 * act the same ids.
 *
 * <pre>{@code
 * StatuteIds.number("3.1")                      // "3-1": an inserted section never reads as a subsection
 * StatuteIds.number("10 and 11")                // "10": a range is cited by its first number
 * StatuteIds.definitionKey("plated article")   // "plated_article", as in 2.def.plated_article
 * StatuteIds.part("PART 2")                     // "2", the chapter.2 of the heading
 * }</pre>
 */
public final class StatuteIds {
    /** The act's short title, the first line of its text. */
    public static final String TITLE = "title";
    /** The act's long title, "An Act respecting …". */
    public static final String LONG_TITLE = "longtitle";

    private static final Pattern PART = Pattern.compile("^(?:PART|PARTIE|Part|Partie)\\s+(\\d+|[IVXLC]+)\\b.*");
    /** Where a range's first number ends: "10 and 11", "(1) and (2)", "10 et 11", "a) à c)". */
    private static final Pattern RANGE = Pattern.compile("\\)?\\s+(?:and|et|to|à)\\s+.*$");
    private static final Pattern BRACKETS = Pattern.compile("^[(（]|[)）]$");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private StatuteIds() {}

    /**
     * {@return its id component: {@code 5}, {@code a}, {@code 3-1}, {@code e-1}; a range of repealed
     *     provisions is named by its first number, {@code 10}}
     *
     * @param printed a section, subsection or item number as printed, with or without brackets:
     *     {@code 5}, {@code (a)}, {@code 3.1}, {@code (e.1)}, {@code 10 and 11}
     */
    public static String number(String printed) {
        return unbracketed(RANGE.matcher(printed.strip()).replaceAll("")).replace('.', '-');
    }

    /**
     * {@return the item's label, bracketed the same way in every version: {@code 10(3)(a)}}
     *
     * @param parentLabel the label of the provision holding the item, {@code 10(3)}
     * @param printed the item's number as printed, with or without brackets: {@code (a)}, French {@code a)}
     */
    public static String itemLabel(String parentLabel, String printed) {
        return parentLabel + "(" + unbracketed(printed.strip()) + ")";
    }

    private static String unbracketed(String number) {
        return BRACKETS.matcher(number).replaceAll("");
    }

    /**
     * {@return its key in clause ids: NFKC, lower case, runs of other characters than letters and
     *     digits replaced by "_": {@code plated_article}}
     *
     * @param englishTerm a defined term in English (in a French version, the English counterpart
     *     named at the definition's end)
     */
    public static String definitionKey(String englishTerm) {
        String folded = NFKC.normalize(englishTerm).toLowerCase(Locale.ROOT);
        return NOT_LETTER_OR_DIGIT.matcher(folded).replaceAll("_").replaceAll("^_+|_+$", "");
    }

    /**
     * {@return the definition's id, {@code 2.def.plated_article}}
     *
     * @param provisionId the id of the provision holding the definition, {@code 2}
     * @param englishTerm the English defined term
     */
    public static String definition(String provisionId, String englishTerm) {
        return provisionId + ".def." + definitionKey(englishTerm);
    }

    /**
     * {@return the term quoted as that language quotes it, for labels: “apply”, « appliquer »}
     *
     * @param term a defined term as printed in its version
     * @param language the version's language
     */
    public static String quoted(String term, Language language) {
        return language == Language.FR ? "« " + term + " »" : "“" + term + "”";
    }

    /**
     * {@return the paragraph's id, {@code 4.4.p.1}}
     *
     * @param provisionId the provision a list belongs to, {@code 4.4}
     * @param n which unnumbered paragraph after its lists, from 1
     */
    public static String continued(String provisionId, int n) {
        return provisionId + ".p." + n;
    }

    /**
     * {@return the paragraph's label, {@code 4(4) ¶1}}
     *
     * @param provisionLabel the label of the provision a list belongs to, {@code 4(4)}
     * @param n which unnumbered paragraph after its lists, from 1
     */
    public static String continuedLabel(String provisionLabel, int n) {
        return provisionLabel + " ¶" + n;
    }

    /**
     * {@return the heading's id, {@code heading.3}}
     *
     * @param n which heading of the act, from 1, PART headings not counted
     */
    public static String heading(int n) {
        return "heading." + n;
    }

    /**
     * {@return the number of a PART heading ("PART 2", "PARTIE IV"), or null for any other heading}
     *
     * @param heading a heading's text, or the label of a heading element
     */
    public static String part(String heading) {
        Matcher m = PART.matcher(heading.strip());
        return m.matches() ? m.group(1) : null;
    }

    /**
     * {@return the part's id, {@code chapter.2}: a part gives structure as a chapter does}
     *
     * @param number a PART's number, as {@link #part} gives it
     */
    public static String partId(String number) {
        return "chapter." + number;
    }

    /**
     * {@return its label, {@code Part 2}}
     *
     * @param number a PART's number
     */
    public static String partLabel(String number) {
        return "Part " + number;
    }
}
