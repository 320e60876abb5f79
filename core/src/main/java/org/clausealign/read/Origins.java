package org.clausealign.read;

import java.util.Arrays;
import java.util.List;

/**
 * Where each stretch of a read text came from in its file: the text from {@code starts[i]} up to
 * the next start came from {@code names[i]}.
 */
public final class Origins {
    /** The origins of plain text: none. */
    public static final Origins NONE = new Origins(new int[0], List.of());

    private final int[] starts;
    private final List<String> names;

    /**
     * @param starts offsets in ascending order
     * @param names the origin of the text from each start on
     */
    Origins(int[] starts, List<String> names) {
        if (starts.length != names.size()) {
            throw new IllegalArgumentException(starts.length + " starts for " + names.size() + " origins");
        }
        this.starts = starts.clone();
        this.names = List.copyOf(names);
    }

    /**
     * {@return where the character at an offset came from, or "" for plain text}
     *
     * @param offset an offset into the read text
     */
    public String at(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        int index = i >= 0 ? i : -i - 2;
        return index < 0 ? "" : names.get(index);
    }
}
