package org.clausealign.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.clausealign.ClauseAlign;
import org.clausealign.TestData;
import org.clausealign.clause.LanguageVersion;
import org.clausealign.clause.ParallelDocument;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;

/**
 * A definition paired by the counterpart term the text names is as sure as a numbered provision;
 * one paired by evidence (its terms are cognates) is not, and says so: "film technician" names no
 * French counterpart, so each version keys it by its own term.
 */
class DefinitionsConfidenceTest {
    /** The act of testdata/statute-conventions, its film technician in force and naming no counterpart. */
    private static final String EN = TestData.read("statute-conventions/en.txt").replace(
            "film technician[Repealed, 2001, c. 4, s. 2]", "film technician means a person employed in the making of films;");
    private static final String FR = TestData.read("statute-conventions/fr.txt").replace(
            "technicien de cinéma[Abrogée, 2001, ch. 4, art. 2]", "technicien de cinéma Personne employée à la réalisation de films.");

    private static ClauseGroup groupOf(Alignment alignment, String englishId) {
        return alignment.groups().stream().filter(g -> g.clauses(Language.EN).stream().anyMatch(c -> c.id().equals(englishId)))
                .findFirst().orElseThrow();
    }

    @Test
    void aDefinitionPairedByEvidenceStaysBelowNinetyWithItsReason() {
        List<LanguageVersion> versions = new ArrayList<>();
        versions.addAll(ClauseAlign.parse(EN, "en.txt", List.of(Language.EN)).versions());
        versions.addAll(ClauseAlign.parse(FR, "fr.txt", List.of(Language.FR)).versions());
        Alignment alignment = ClauseAlign.align(new ParallelDocument(versions));
        ClauseGroup technician = groupOf(alignment, "2.def.film_technician");
        assertEquals("2.def.technicien_de_cinéma", technician.clauses(Language.FR).get(0).id());
        assertTrue(technician.confidence() < 0.9, technician.toString());
        assertTrue(technician.reason().contains("definitions paired by their terms"), technician.reason());
        // Named counterparts pair by id, as sure as numbering.
        ClauseGroup board = groupOf(alignment, "2.def.board");
        assertEquals("2.def.board", board.clauses(Language.FR).get(0).id());
        assertTrue(board.confidence() >= 0.9, board.toString());
    }
}
