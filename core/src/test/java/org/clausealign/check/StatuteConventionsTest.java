package org.clausealign.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.clausealign.ClauseAlign;
import org.clausealign.TestData;
import org.clausealign.clause.Clause;
import org.clausealign.clause.LanguageVersion;
import org.clausealign.clause.ParallelDocument;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;

/**
 * What bilingual statutes do as a matter of course is not reported: French labels ("a)") and each
 * version's own defined terms, text after a list that the other version says in the list's lead,
 * a list lead ending with no punctuation, repealed definitions that name no counterpart, a
 * cross-reference left to a word ("Toutefois" for "Despite subsection (2)"), French compound number
 * words and English words spelled like French numbers. The act (testdata/statute-conventions) is a
 * faithful translation written for these tests; each test changes it in one way.
 */
class StatuteConventionsTest {
    private static final String EN = TestData.read("statute-conventions/en.txt");
    private static final String FR = TestData.read("statute-conventions/fr.txt");

    private static ParallelDocument act(String en, String fr) {
        List<LanguageVersion> versions = new ArrayList<>();
        versions.addAll(ClauseAlign.parse(en, "en.txt", List.of(Language.EN)).versions());
        versions.addAll(ClauseAlign.parse(fr, "fr.txt", List.of(Language.FR)).versions());
        return new ParallelDocument(versions);
    }

    private static List<String> findings(ParallelDocument document, Severity minimum) {
        return Checks.run(ClauseAlign.align(document), CheckOptions.DEFAULTS.withMinimum(minimum)).findings().stream()
                .map(f -> f.severity() + " " + f.check() + " " + f.group() + " "
                        + f.languages().stream().map(Language::code).toList()).toList();
    }

    @Test
    void aFaithfulActWrittenEachVersionsOwnWayGivesNoWarning() {
        ParallelDocument act = act(EN, FR);
        assertEquals(List.of(), findings(act, Severity.WARNING));
        // What stays as information: the repealed definitions that name no counterpart, and the
        // cross-reference the French leaves to "Toutefois".
        List<String> information = findings(act, Severity.INFO);
        assertTrue(information.contains("INFO structure 2.def.film_maker [en, fr]"), information.toString());
        assertTrue(information.contains("INFO number 3.3 [en, fr]"), information.toString());
    }

    @Test
    void labelsAndTermsWrittenTheFrenchWayAreTheSameNumbering() {
        // The ids agree, so the numbering does: 3(3)(a) is 3(3)a), "board" is « conseil ».
        List<String> findings = findings(act(EN, FR), Severity.INFO);
        assertTrue(findings.stream().noneMatch(f -> f.startsWith("WARNING structure")), findings.toString());
        // A provision numbered otherwise is still told.
        List<String> renumbered = findings(act(EN, FR.replace("c) engager", "d) engager")), Severity.WARNING);
        assertTrue(renumbered.contains("WARNING structure 3.3.c [en, fr]"), renumbered.toString());
    }

    @Test
    void textAfterAListIsComparedWithTheProvisionHoldingTheList() {
        // The English says in 3(2)'s continuation what the French says in its lead: nothing is missing.
        // A number changed there is still a number that differs.
        List<String> changed = findings(act(EN.replace("subsection (1) does not apply", "subsection (4) does not apply"),
                FR), Severity.WARNING);
        assertEquals(List.of("WARNING number 3.2 [en, fr]"), changed);
    }

    @Test
    void aRepealedDefinitionIsInformationButAMissingDefinitionAnError() {
        List<String> findings = findings(act(EN.replace("minister means the Minister of Sample Affairs; (ministre)\n\n", ""),
                FR), Severity.WARNING);
        assertEquals(List.of("ERROR structure 2.def.minister [en, fr]"), findings);
    }

    @Test
    void aCrossReferenceLeftToAWordIsInformationButOneContradictedIsAWarning() {
        List<String> findings = findings(act(EN, FR.replace("(3) Toutefois,", "(3) Malgré le paragraphe (4),")),
                Severity.WARNING);
        assertEquals(List.of("WARNING number 3.3 [en, fr]"), findings);
    }

    @Test
    void definitionsReadWithoutMarkersStillPairByTheirIds() {
        // A structured reader (Justice Laws XML) may give a definition no marker: its id still names its term.
        UnaryOperator<Clause> unmarked = c -> c.id().contains(".def.") && !c.id().matches(".*\\.def\\.[^.]+\\..*")
                ? new Clause(c.id(), c.label(), c.kind(), "", c.text(), c.normalized(), c.start(), c.end()) : c;
        List<LanguageVersion> versions = act(EN, FR).versions().stream().map(v -> new LanguageVersion(v.language(),
                v.source(), v.clauses().stream().map(unmarked).toList())).toList();
        assertEquals(List.of(), findings(new ParallelDocument(versions), Severity.WARNING));
    }
}
