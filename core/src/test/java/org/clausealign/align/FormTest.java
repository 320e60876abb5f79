package org.clausealign.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.clausealign.align.Form.Ending;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;

class FormTest {
    @Test
    void aClauseEndingOnACommaOrConjunctionGoesOnInTheNext() {
        assertEquals(Ending.OPEN, Form.of("Now, therefore,", Language.EN).ending());
        assertEquals(Ending.OPEN, Form.of("retain an indication of any previous modifications; and", Language.EN).ending());
        assertEquals(Ending.OPEN, Form.of("法の支配によって人権を保護することが肝要であるので、", Language.JA).ending());
        assertEquals(Ending.OPEN, Form.of("Le présent Protocole peut :", Language.FR).ending());
        assertEquals(Ending.OPEN, Form.of("次に掲げる行為及び", Language.JA).ending());
        assertTrue(Form.of("Now, therefore,", Language.EN).goesOnIn(Form.of("The General Assembly", Language.EN)));
        assertEquals(Ending.OPEN, Form.of("les droits reconnus au présent article ; mais, ", Language.FR).ending());
        assertEquals(Ending.OPEN, Form.of("and", Language.EN).ending());
        assertEquals(Ending.OPEN, Form.of("（第二条に定める者を含む。）又は」 ", Language.JA).ending());
    }

    @Test
    void aWordEndingLikeAConjunctionIsNoConjunction() {
        assertEquals(Ending.BARE, Form.of("Adopted as a common standard", Language.EN).ending());
        assertEquals(Ending.BARE, Form.of("Notices given by the Licensor", Language.EN).ending());
        assertEquals(Ending.BARE, Form.of("Article premier : Objet", Language.FR).ending());
        assertEquals(Ending.BARE, Form.of("Lorsque le sens du texte est flou", Language.FR).ending());
        assertEquals(Ending.SENTENCE, Form.of("shall be recorded in a register (the \"Register\").” ", Language.EN).ending());
    }

    @Test
    void aSentenceOrHeadingIsAUnitOfItsOwn() {
        Form heading = Form.of("Other rights.", Language.EN);
        assertEquals(Ending.SENTENCE, heading.ending());
        assertEquals(Ending.SENTENCE, Form.of("（以下「本覚書」という。）", Language.JA).ending());
        assertEquals(Ending.BARE, Form.of("Areas of Cooperation", Language.EN).ending());
        assertEquals(Ending.BARE, Form.of("その他の条項", Language.JA).ending());
        Form next = Form.of("Moral rights, such as the right of integrity, are not licensed.", Language.EN);
        assertFalse(heading.goesOnIn(next));
        assertFalse(Form.of("Areas of Cooperation", Language.EN).goesOnIn(next));
    }

    @Test
    void anUnpunctuatedLineGoesOnWhereTheNextCarriesOnInLowerCase() {
        Form line = Form.of("the Licensor shall not be liable for any losses arising out of", Language.EN);
        assertTrue(line.goesOnIn(Form.of("the use of the Licensed Material.", Language.EN)));
        assertFalse(line.goesOnIn(Form.of("The Licensor shall not be liable.", Language.EN)));
    }

    @Test
    void sentencesAreCountedAtTheirEnds() {
        assertEquals(2, Form.of("母と子とは、特別の保護及び援助を受ける権利を有する。すべての児童は、同じ社会的保護を享有する。",
                Language.JA).sentences());
        assertEquals(1, Form.of("Everyone has the right to education.", Language.EN).sentences());
        assertEquals(2, Form.of("Everyone has the right to education. Education shall be free.", Language.EN).sentences());
    }
}
