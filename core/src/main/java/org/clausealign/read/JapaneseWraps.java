package org.clausealign.read;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.clausealign.text.Scripts;

/**
 * Where the Japanese lines of a PDF whose paragraphs are marked by neither gaps nor indentation
 * wrap, and where their paragraphs end.
 *
 * <p>Japanese is wrapped between any two characters, at the text's right edge: where the next
 * line's first unbreakable unit (a character with the punctuation that may not start a line, or a
 * word of Latin letters) would still have fitted after a line, the line ended its paragraph; where
 * it would not have, the line was wrapped and its text goes on. After a sentence's end only a full
 * line goes on: one stopping short of a long unit (a signature's rule) ended its paragraph.
 *
 * <p>A paragraph whose last line is full looks the same as a wrapped line. Japanese recitals end in
 * a comma after a verb ending ({@code …を認識し、}, {@code …を考慮し、}), so a full line before the
 * first numbered clause that ends as at least {@value #ENDINGS_SEEN} of the preamble's visibly
 * ended paragraphs end is taken to end its recital too. A full line ending a sentence is not taken
 * to end its paragraph: the text after a numbered clause's first sentence goes on in it more often
 * than a new unnumbered paragraph starts.
 */
final class JapaneseWraps {
    /** How many characters of a paragraph's end are compared: a verb ending and the comma, {@code し、}. */
    private static final int ENDING = 2;
    /** Paragraphs of the preamble that must visibly end in an ending before a full line ending so ends too. */
    private static final int ENDINGS_SEEN = 2;
    /** Japanese punctuation that word processors hang past the right edge instead of starting a line with it. */
    private static final String HANGING = "、。，．";
    private static final String SENTENCE_END = "。．！？";
    /**
     * A Japanese statute's paragraph, item or sub-item number set off from its text by a space
     * (２　, 一　, イ　): it starts a paragraph, as Japanese text has no spaces of its own.
     */
    private static final Pattern STATUTE_NUMBER = Pattern.compile(
            "^(?:[０-９]{1,2}|[一二三四五六七八九十]{1,3}|[\\p{IsKatakana}&&[^ー]])[ 　]\\S");

    private final float right;
    private final ToDoubleFunction<PdfLine> column;
    /** The lines before the first numbered clause (by identity: two lines may read the same). */
    private final Set<PdfLine> preamble;
    private final Set<String> recitalEndings;

    private JapaneseWraps(float right, ToDoubleFunction<PdfLine> column, Set<PdfLine> preamble,
            Set<String> recitalEndings) {
        this.right = right;
        this.column = column;
        this.preamble = preamble;
        this.recitalEndings = recitalEndings;
    }

    /**
     * @param pages each page's lines, running lines taken off
     * @param column where the text of a line's paragraph goes on: after its label, if it has one
     * @param startsClause whether a line starts a clause or a heading whatever is above it
     * @return what the document's layout says about its Japanese lines
     */
    static JapaneseWraps of(List<List<PdfLine>> pages, ToDoubleFunction<PdfLine> column,
            Predicate<PdfLine> startsClause) {
        // The text's right edge, without punctuation hung past it.
        float right = (float) pages.stream().flatMap(List::stream)
                .filter(line -> HANGING.indexOf(line.text().charAt(line.text().length() - 1)) < 0)
                .mapToDouble(PdfLine::end).max().orElse(0);
        JapaneseWraps layout = new JapaneseWraps(right, column, Set.of(), Set.of());
        Set<PdfLine> preamble = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<String, Integer> endings = new HashMap<>();
        PdfLine above = null;
        lines:
        for (List<PdfLine> page : pages) {
            for (PdfLine line : page) {
                boolean starts = startsClause.test(line);
                if (starts && PdfPages.isLabelled(line)) {
                    break lines;
                }
                if (!starts && layout.ends(above, line) && above.text().endsWith("、")) {
                    endings.merge(ending(above), 1, Integer::sum);
                }
                preamble.add(line);
                above = line;
            }
        }
        return new JapaneseWraps(right, column, preamble, endings.entrySet().stream()
                .filter(e -> e.getValue() >= ENDINGS_SEEN).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet()));
    }

    /**
     * @param above a line
     * @param line the line after it, which neither starts a clause nor follows a paragraph gap
     * @return whether {@code above} is Japanese and was wrapped: its paragraph goes on on {@code line}
     */
    boolean wraps(PdfLine above, PdfLine line) {
        return above != null && isJapanese(above) && inColumn(above, line) && !fits(above, line)
                && !STATUTE_NUMBER.matcher(line.text()).find()
                && !(preamble.contains(above) && recitalEndings.contains(ending(above)));
    }

    /**
     * @param above a line
     * @param line the line after it, which neither starts a clause nor follows a paragraph gap
     * @return whether {@code above} is Japanese and ends its paragraph
     */
    boolean ends(PdfLine above, PdfLine line) {
        return above != null && isJapanese(above) && !wraps(above, line);
    }

    private static boolean isJapanese(PdfLine line) {
        String text = line.text();
        return Scripts.isJapanese(text.codePointBefore(text.length()));
    }

    /** A wrapped line goes on in its paragraph's column, or left of it after an indented first line. */
    private boolean inColumn(PdfLine above, PdfLine line) {
        return line.x() < column.applyAsDouble(above) + PdfPages.SAME_COLUMN * line.size();
    }

    private boolean fits(PdfLine above, PdfLine line) {
        String text = above.text();
        float unit = SENTENCE_END.indexOf(text.charAt(text.length() - 1)) >= 0
                ? Math.min(line.lead(), line.size()) : line.lead();
        // The right edge is the widest line's: a unit fits only where it is sure to have fitted.
        return above.end() + unit <= right;
    }

    private static String ending(PdfLine line) {
        String text = line.text();
        return text.substring(Math.max(0, text.length() - ENDING));
    }
}
