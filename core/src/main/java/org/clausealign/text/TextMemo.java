package org.clausealign.text;

import java.util.function.Function;

/**
 * What a pure function gave for one text instance (a clause's text or NFKC text) in one language,
 * kept a short while: indexing a document reads each clause several times (both alignment passes,
 * the content judgement, the word lexicon, the index's analysis), and each stage asks for the
 * same {@code String} object the clause holds. The key is that object's identity, never its
 * content, so two documents never share an entry, however alike their texts.
 *
 * <p>Bounded: a fixed table of entries, each slot holding the last text that fell into it; a
 * text pushed out is read again. Thread-safe without locks: an entry is immutable, and a slot
 * two threads fill at once keeps one of two equal results. Values must be immutable.
 *
 * @param <K> what qualifies the text (its language)
 * @param <V> the result, immutable
 */
public final class TextMemo<K, V> {
    /**
     * Enough for the clauses of the documents two workers align at once (a few hundred each), few
     * enough to add some megabytes of live heap. A document of many thousand clauses pushes its
     * own out before a later stage asks again, and is read as often as without the memo.
     */
    private static final int SLOTS = 1 << 12;
    /** The top bits of a mixed identity hash pick the slot. */
    private static final int SHIFT = Integer.SIZE - Integer.numberOfTrailingZeros(SLOTS);

    private record Entry<K, V>(String text, K qualifier, V value) {}

    private final Entry<?, ?>[] slots = new Entry<?, ?>[SLOTS];

    /** An empty memo. */
    public TextMemo() {}

    /**
     * The function's result for this text instance: the one kept, or read now and kept.
     *
     * @param text a text; the memo holds it until another takes its slot
     * @param qualifier what besides the text the result depends on
     * @param read the function, pure: the same text and qualifier always give an equal result
     * @return the result
     */
    @SuppressWarnings("unchecked")
    public V get(String text, K qualifier, Function<String, V> read) {
        int slot = System.identityHashCode(text) * 0x9E3779B9 >>> SHIFT;
        Entry<?, ?> entry = slots[slot];
        if (entry != null && entry.text() == text && entry.qualifier() == qualifier) {
            return (V) entry.value();
        }
        V value = read.apply(text);
        slots[slot] = new Entry<>(text, qualifier, value);
        return value;
    }
}
