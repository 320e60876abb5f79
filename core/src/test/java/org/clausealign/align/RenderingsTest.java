package org.clausealign.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RenderingsTest {
    @Test
    void theRenderingIsTheWordMostTiedToItInTwoGroupsOrMore() {
        // 投資 is in all three groups and nowhere else: Dice 2·3/(3+3) = 1. 技術 is in one of them
        // only; 促進 in two of them but in eight groups of the document: 2·2/(3+8) = 0.36, below 0.4.
        List<Set<String>> together = List.of(Set.of("投資", "技術", "促進"), Set.of("投資", "促進"), Set.of("投資", "貿易"));
        Map<String, Integer> groupsWith = Map.of("投資", 3, "技術", 1, "促進", 8, "貿易", 1);
        assertEquals(Set.of("投資"), Renderings.of(together, 1, groupsWith::get));
    }

    @Test
    void aWordUsedOnceTeachesNothing() {
        assertEquals(Set.of(), Renderings.of(List.of(Set.of("リサイクル", "指針")), 1, w -> 1));
    }

    @Test
    void contentWordsAreTheAnalysedWordsThatCarryContent() {
        assertEquals(Set.of("research", "batteri"), Renderings.contentWords(Language.EN, "research on the batteries"));
    }

    @ParameterizedTest
    @CsvSource({"recycling,recyclage,true", "investment,l’investissement,true", "technology,technologie,true",
        "promoting,promouvoir,false", "battery,recyclage,false"})
    void cognatesShareALongStemAccentsAndCaseAside(String a, String b, boolean cognates) {
        assertEquals(cognates, Renderings.cognates(a, b));
    }
}
