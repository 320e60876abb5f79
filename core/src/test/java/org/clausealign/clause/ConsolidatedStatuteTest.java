package org.clausealign.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.clausealign.ClauseAlign;
import org.clausealign.TestData;
import org.clausealign.align.ClauseGroup;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;

/**
 * A small statute of our own in the Canadian layout (testdata/statute-ca): what the three acts
 * of testdata/canada lack, inserted numbers 3.1, 69.01, (e.1), (1.1), (vii.1), clauses (A) and
 * subclauses (I), paragraph (i) after subparagraphs (i) and (ii), PART headings, a repealed
 * section and definition, a definition with no counterpart.
 */
class ConsolidatedStatuteTest {
    private static final String ITEMS = " heading.4 3 3-1 4 5.1 5.1.a 5.1.b 5.1.c 5.1.d 5.1.e 5.1.e-1 5.1.f 5.1.g 5.1.h"
            + " 5.1.h.i 5.1.h.ii 5.1.i 5.1-1 5.2 chapter.2 heading.5 67 69-01.1 69-01.2 69-01.2.a 69-01.2.b 69-01.2.b.i"
            + " 69-01.2.b.ii 69-01.2.b.iii 69-01.2.b.iv 69-01.2.b.v 69-01.2.b.vi 69-01.2.b.vii 69-01.2.b.vii-1"
            + " 69-01.2.b.vii-1.A 69-01.2.b.vii-1.B 69-01.2.b.vii-1.B.I 69-01.2.b.vii-1.B.II 69-01.2.b.viii";
    private static final String OPENING = "title longtitle heading.1 1 chapter.1 heading.2 heading.3 2";

    private static LanguageVersion read(String file, Language language) {
        return ClauseAlign.parse(TestData.read("statute-ca/" + file), file, List.of(language)).versions().get(0);
    }

    private static String ids(LanguageVersion version) {
        return version.clauses().stream().map(Clause::id).collect(Collectors.joining(" "));
    }

    @Test
    void englishSectionsSubsectionsItemsAndDefinitionsGetTheSharedIds() {
        LanguageVersion en = read("en.txt", Language.EN);
        assertEquals(OPENING + " 2.def.berth 2.def.harbour_master 2.def.pilot 2.def.vessel 2.def.vessel.a"
                + " 2.def.vessel.b 2.def.vessel.p.1" + ITEMS, ids(en));
        assertEquals("69.01(2)(b)(vii.1)(B)(I)", en.clause("69-01.2.b.vii-1.B.I").orElseThrow().label());
        assertEquals("5(1)(e.1)", en.clause("5.1.e-1").orElseThrow().label());
        assertEquals("5(1.1)", en.clause("5.1-1").orElseThrow().label());
        assertEquals("3.1", en.clause("3-1").orElseThrow().label());
        assertEquals("2 “vessel”(a)", en.clause("2.def.vessel.a").orElseThrow().label());
        assertEquals("2 “vessel” ¶1", en.clause("2.def.vessel.p.1").orElseThrow().label());
        assertEquals("Part 2", en.clause("chapter.2").orElseThrow().label());
    }

    @Test
    void frenchDefinitionsAreKeyedByTheirEnglishCounterpartWhateverTheirOrder() {
        LanguageVersion fr = read("fr.txt", Language.FR);
        assertEquals(OPENING + " 2.def.vessel 2.def.vessel.a 2.def.vessel.b 2.def.harbour_master 2.def.pilote"
                + " 2.def.berth 2.def.zone_portuaire" + ITEMS, ids(fr));
        assertEquals("2 « capitaine de port »", fr.clause("2.def.harbour_master").orElseThrow().label());
        assertEquals("poste d’amarrage Lieu où un bâtiment peut être amarré. (berth)",
                fr.clause("2.def.berth").orElseThrow().text());
        assertEquals("5(1)(h)(i)", fr.clause("5.1.h.i").orElseThrow().label());
        assertEquals("ferme le port pendant les tempêtes.", fr.clause("5.1.i").orElseThrow().text());
    }

    @Test
    void marginalNotesAreCaptionsAndHeadingsAreClausesOfTheirOwn() {
        LanguageVersion en = read("en.txt", Language.EN);
        Clause appointment = en.clause("3").orElseThrow();
        assertEquals("Appointment", appointment.caption());
        assertEquals("The Minister may appoint a harbour master for each harbour.", appointment.text());
        assertEquals("Harbour Masters", en.clause("heading.4").orElseThrow().text());
        assertEquals("Exception", en.clause("5.1-1").orElseThrow().caption());
        assertEquals("Duties", en.clause("5.1").orElseThrow().caption());
        assertEquals("Delegation", en.clause("5.2").orElseThrow().caption());
        assertTrue(en.clause("5.1.i").orElseThrow().text().endsWith("storms."), "no marginal note in the text above");
        for (Clause clause : en.clauses()) {
            assertFalse(clause.text().equals("Appointment") || clause.text().equals("Exception"), clause.id());
        }
    }

    @Test
    void repealedProvisionsStayClausesWithoutCaption() {
        Clause repealed = read("en.txt", Language.EN).clause("4").orElseThrow();
        assertEquals("[Repealed, 2010, c. 4, s. 3]", repealed.text());
        assertEquals("", repealed.caption());
        assertEquals("pilot[Repealed, 2010, c. 4, s. 2]", read("en.txt", Language.EN).clause("2.def.pilot")
                .orElseThrow().text());
    }

    /**
     * Both versions side by side: every provision pairs by its id, the repealed definitions whose
     * terms are cognates (pilot, pilote) pair by them, and the French-only definition and the
     * English text after a list stand alone.
     */
    @Test
    void versionsAlignProvisionByProvision() {
        ParallelDocument document = new ParallelDocument(List.of(read("en.txt", Language.EN), read("fr.txt", Language.FR)));
        List<String> pairs = new ArrayList<>();
        for (ClauseGroup group : ClauseAlign.align(document).groups()) {
            String en = group.clauses(Language.EN).stream().map(Clause::id).collect(Collectors.joining("+"));
            String fr = group.clauses(Language.FR).stream().map(Clause::id).collect(Collectors.joining("+"));
            if (!en.equals(fr)) {
                pairs.add(en + "=" + fr);
            }
        }
        assertEquals(List.of("2.def.pilot=2.def.pilote", "2.def.vessel.p.1=", "=2.def.zone_portuaire"), pairs);
    }

    /**
     * The same text wrapped at 60 columns with no blank lines, as a PDF's text comes: headings,
     * marginal notes and provisions are found by short lines and labels. Only the text after the
     * list of "vessel" is left in its last item: a short line ending with a comma, then a line in
     * lower case, reads as one sentence going on.
     */
    @Test
    void wrappedTextGivesTheSameClauses() {
        LanguageVersion wrapped = read("en-wrapped.txt", Language.EN);
        LanguageVersion en = read("en.txt", Language.EN);
        assertEquals(ids(en).replace(" 2.def.vessel.p.1", ""), ids(wrapped));
        for (Clause clause : wrapped.clauses()) {
            Clause original = en.clause(clause.id()).orElseThrow();
            assertEquals(original.caption(), clause.caption(), clause.id());
            if (!clause.id().equals("2.def.vessel.b")) {
                assertEquals(original.text(), clause.text(), clause.id());
            }
        }
    }
}
