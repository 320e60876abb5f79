package org.clausealign.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordPairsTest {
    // Four groups; words 0, 1 and 4 of the first version, 2 and 3 of the second.
    private static final List<int[]> XS = List.of(new int[] {0, 1, 4}, new int[] {0, 1}, new int[] {0}, new int[] {1});
    private static final List<int[]> YS = List.of(new int[] {2, 3}, new int[] {2}, new int[] {2, 3}, new int[] {3});

    @Test
    void pairsMetInTwoGroupsOrMoreAreKeptInOrderOfTheFirstWordThenTheSecond() {
        WordPairs met = WordPairs.count(XS, YS, 5);
        // 0–2 in groups 0, 1, 2; 0–3 in 0, 2; 1–2 in 0, 1; 1–3 in 0, 3; word 4 is in one group only.
        assertEquals(List.of("0-2:3", "0-3:2", "1-2:2", "1-3:2"), pairs(met));
        assertEquals(3, met.countA(0));
        assertEquals(1, met.countA(4));
        assertEquals(3, met.countB(3));
    }

    @Test
    void leavingGroupsOutCountsAsIfTheyHadNeverBeenCounted() {
        WordPairs without = WordPairs.count(XS, YS, 5).without(List.of(XS.get(2)), List.of(YS.get(2)));
        // Group 2 held 0–2 and 0–3: 0–3 is left in one group, too few.
        assertEquals(List.of("0-2:2", "1-2:2", "1-3:2"), pairs(without));
        assertEquals(2, without.countA(0));
        assertEquals(2, without.countB(2));
        WordPairs anew = WordPairs.count(List.of(XS.get(0), XS.get(1), XS.get(3)), List.of(YS.get(0), YS.get(1), YS.get(3)), 5);
        assertEquals(pairs(anew), pairs(without));
    }

    @Test
    void transposedCountsReadTheSecondVersionFirst() {
        WordPairs back = WordPairs.count(XS, YS, 5).transposed();
        assertEquals(List.of("2-0:3", "2-1:2", "3-0:2", "3-1:2"), pairs(back));
        assertEquals(pairs(WordPairs.count(YS, XS, 5)), pairs(back));
        assertEquals(3, back.countA(2));
        assertEquals(3, back.countB(0));
    }

    private static List<String> pairs(WordPairs met) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < met.size(); i++) {
            out.add(met.first(i) + "-" + met.second(i) + ":" + met.together(i));
        }
        return out;
    }
}
