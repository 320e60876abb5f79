package org.clausealign.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.clausealign.align.Words;

/**
 * A clause's words, already read by its language's search analysis ({@link Words#of}), given to
 * the index as the analyzer would give them: the same terms, positions and offsets. Alignment
 * has read most clauses' words already, so the index does not run kuromoji on them again.
 */
final class WordStream extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
    private final List<Words.Word> words;
    private final int textLength;
    private int next;

    /**
     * @param words the text's words, in order
     * @param textLength the text's length, where the stream ends
     */
    WordStream(List<Words.Word> words, int textLength) {
        this.words = words;
        this.textLength = textLength;
    }

    @Override
    public boolean incrementToken() {
        if (next == words.size()) {
            return false;
        }
        clearAttributes();
        Words.Word word = words.get(next++);
        term.setEmpty().append(word.term());
        offset.setOffset(word.start(), word.end());
        increment.setPositionIncrement(word.increment());
        length.setPositionLength(word.length());
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        offset.setOffset(textLength, textLength);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        next = 0;
    }
}
