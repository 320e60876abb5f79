package org.clausealign.align;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import org.clausealign.SourceText;
import org.clausealign.clause.Clause;
import org.clausealign.clause.ClauseKind;
import org.clausealign.clause.LanguageVersion;
import org.clausealign.clause.ParallelDocument;
import org.clausealign.lang.Language;

/**
 * The sentences of a clause group, paired across the versions: each version's text is cut into
 * sentences by ICU's sentence {@link BreakIterator} (which ends Japanese sentences at 。), and the
 * sentences are aligned by the same scoring as clauses, 1–1, 2–1, 1–2 or alone.
 */
public final class SentencePairs {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private SentencePairs() {}

    /**
     * {@return the group's sentence groups, in order; each maps a language to its sentence(s)}
     *
     * @param group a clause group
     * @param languages the languages of the alignment, in order
     */
    public static List<ClauseGroup> of(ClauseGroup group, List<Language> languages) {
        List<LanguageVersion> versions = new ArrayList<>();
        for (Language language : languages) {
            List<Clause> clauses = group.clauses(language);
            if (clauses.isEmpty()) {
                continue;
            }
            List<Clause> sentences = new ArrayList<>();
            for (Clause clause : clauses) {
                for (String sentence : sentences(clause.text(), language)) {
                    String id = group.id() + ".s" + (sentences.size() + 1);
                    sentences.add(new Clause(id, group.label(), ClauseKind.PARAGRAPH, "", sentence,
                            NFKC.normalize(sentence), clause.start(), clause.end()));
                }
            }
            SourceText source = new SourceText(group.id(), "", java.nio.charset.StandardCharsets.UTF_8);
            versions.add(new LanguageVersion(language, source, sentences));
        }
        List<ClauseGroup> result = new ArrayList<>();
        for (ClauseGroup sentenceGroup : Aligner.align(new ParallelDocument(versions)).groups()) {
            result.add(sentenceGroup);
        }
        return result;
    }

    /**
     * {@return its sentences, trimmed, in order}
     *
     * @param text a clause's text
     * @param language its language
     */
    public static List<String> sentences(String text, Language language) {
        if (oneAtMost(text)) {
            String sentence = text.strip();
            return sentence.isEmpty() ? List.of() : List.of(sentence);
        }
        return byIterator(text, language);
    }

    /**
     * {@return the text's sentences as ICU's sentence iterator cuts them, trimmed, in order}
     *
     * @param text a clause's text
     * @param language its language
     */
    static List<String> byIterator(String text, Language language) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(ULocale.forLocale(language.locale()));
        breaks.setText(text);
        List<String> sentences = new ArrayList<>();
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String sentence = text.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    /**
     * Whether ICU's rules cannot break the text: they break only after a sentence terminator or a
     * paragraph separator, so a text whose only terminator is its last (closing brackets and spaces
     * aside) is one sentence. Most clauses are; the iterator is not set up for them.
     */
    private static boolean oneAtMost(String text) {
        int end = text.length();
        while (end > 0 && isAny(text.charAt(end - 1), UCharacter.SentenceBreak.CLOSE, UCharacter.SentenceBreak.SP)) {
            end--;
        }
        if (end > 0 && isAny(text.charAt(end - 1), UCharacter.SentenceBreak.STERM, UCharacter.SentenceBreak.ATERM)) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            if (isAny(text.charAt(i), UCharacter.SentenceBreak.STERM, UCharacter.SentenceBreak.ATERM,
                    UCharacter.SentenceBreak.SEP, UCharacter.SentenceBreak.CR, UCharacter.SentenceBreak.LF)
                    || Character.isSurrogate(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAny(char c, int... kinds) {
        int kind = UCharacter.getIntPropertyValue(c, UProperty.SENTENCE_BREAK);
        for (int k : kinds) {
            if (kind == k) {
                return true;
            }
        }
        return false;
    }
}
