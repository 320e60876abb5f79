package org.clausealign.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class FiguresTest {
    @Test
    void numberIdiomsMeaningWhollyAreTakenOutInAnyCase() {
        assertEquals("payé   par l'État", Figures.stated("payé cent pour cent par l'État"));
        assertEquals("funded   by the State", Figures.stated("funded ONE HUNDRED PER CENT by the State"));
        assertEquals("funded   by the State", Figures.stated("funded hundred percent by the State"));
    }

    @Test
    void aTextWithoutIdiomOrEnumeratorsIsLeftAsTheSameString() {
        // The clause memos are keyed by the string itself: an untouched text must stay that string.
        String plain = "Cent fois sur le métier, 100 % of the cost.";
        assertSame(plain, Figures.stated(plain));
        String noCent = "The Participants will meet in 2025.";
        assertSame(noCent, Figures.stated(noCent));
    }

    @Test
    void enumeratorsCountingItemsAreTakenOutButACitationStays() {
        assertEquals("the rules   and   of 5(1) apply", Figures.stated("the rules (1) and (2) of 5(1) apply"));
        assertEquals("one (1) copy", Figures.stated("one (1) copy"));
    }
}
