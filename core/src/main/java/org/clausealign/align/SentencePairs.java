package org.clausealign.align;

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
}
