package org.clausealign.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.clausealign.ClauseAlign;
import org.clausealign.clause.LanguageVersion;
import org.clausealign.clause.ParallelDocument;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;

/**
 * A definition paired by the counterpart term the text names is as sure as a numbered provision;
 * one paired by evidence (its terms are cognates) is not, and says so. The act is written for this
 * test: "film technician" names no French counterpart, so each version keys it by its own term.
 */
class DefinitionsConfidenceTest {
    private static final String EN = """
            Sample Act

            Short Title

            Short title

            1 This Act may be cited as the Sample Act.

            Interpretation

            Definitions

            2 In this Act,

            board means the Sample Board established by section 3; (conseil)

            film technician means a person employed in the making of films;

            minister means the Minister of Sample Affairs; (ministre)

            Meetings

            3 (1) The board shall meet at least twice a year.

            Reports

            (2) The board shall report to the minister annually.
            """;
    private static final String FR = """
            Loi type

            Titre abrégé

            Titre abrégé

            1 Loi type.

            Définitions

            Définitions

            2 Les définitions qui suivent s’appliquent à la présente loi.

            conseil Le Conseil type constitué par l’article 3. (board)

            ministre Le ministre des Affaires types. (minister)

            technicien de cinéma Personne employée à la réalisation de films.

            Réunions

            3 (1) Le conseil se réunit au moins deux fois par an.

            Rapports

            (2) Le conseil fait rapport au ministre chaque année.
            """;

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
