package org.clausealign.align;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.clausealign.lang.Language;
import org.clausealign.text.Scripts;
import org.clausealign.text.TextMemo;

/**
 * A text's words as its language's search analysis gives them (stems, base forms), where they
 * stand: what the terminology check compares (read once per clause for the glossary and for the
 * document's own renderings), and what {@link ContentAgreement} learns word correspondences from.
 */
public final class Words {
    /**
     * One analysed word.
     *
     * @param term the word analysed ("miner" for minerals)
     * @param start where it starts in the text
     * @param end where it ends
     * @param increment positions from the word before (2 when a stop word was removed; 0 for a
     *     compound whole given over its parts)
     * @param length positions it spans (more than 1 for a compound whole)
     */
    public record Word(String term, int start, int end, int increment, int length) {}

    /** Words shorter than this (in Latin script) are too slight to carry content. */
    private static final int MIN_WORD = 3;

    /**
     * The content judgement, the lexicon and the index read each clause's words: kuromoji, the
     * costliest part of reading Japanese, runs once per clause.
     */
    private static final TextMemo<Language, List<Word>> READ = new TextMemo<>();

    private Words() {}

    /**
     * {@return the text's words, in order, as an unmodifiable list}
     *
     * @param language the text's language
     * @param text the text
     */
    public static List<Word> of(Language language, String text) {
        return READ.get(text, language, t -> read(language, t));
    }

    private static List<Word> read(Language language, String text) {
        List<Word> words = new ArrayList<>();
        try (TokenStream stream = language.rules().searchAnalyzer().tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(new Word(term.toString(), offset.startOffset(), offset.endOffset(),
                        increment.getPositionIncrement(), length.getPositionLength()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(words);
    }

    /**
     * {@return the analysed terms alone, in order}
     *
     * @param words analysed words
     */
    public static List<String> terms(List<Word> words) {
        return words.stream().map(Word::term).toList();
    }

    /**
     * A word that can carry a clause's content or be part of a term: Latin words of three letters
     * or more; Japanese words with a kanji or katakana (hiragana alone are particles, pronouns and
     * inflections).
     *
     * @param word an analysed word
     * @return whether it is a content word
     */
    public static boolean isContentWord(String word) {
        boolean japanese = word.codePoints().anyMatch(Scripts::isJapanese);
        if (japanese) {
            return word.codePoints().anyMatch(c -> Character.isIdeographic(c) || (c >= 0x30A0 && c <= 0x30FF));
        }
        return word.length() >= MIN_WORD && word.chars().allMatch(Character::isLetter);
    }
}
