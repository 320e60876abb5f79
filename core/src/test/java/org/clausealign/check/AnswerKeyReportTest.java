package org.clausealign.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.clausealign.ClauseAlign;
import org.clausealign.ReadOptions;
import org.clausealign.TestData;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;

/**
 * On the real external texts the default report stays quiet: what it shows was read and judged
 * worth a translator's look. Acronym counterparts with no parentheses to teach them (WIPO = OMPI,
 * EC = CE) are learned from clauses where each version has one acronym left.
 */
class AnswerKeyReportTest {
    private static List<String> findings(String folder) {
        Report report = Checks.run(ClauseAlign.align(ClauseAlign.read(List.of(TestData.path(folder + "/ja.txt"),
                TestData.path(folder + "/en.txt"), TestData.path(folder + "/fr.txt")), ReadOptions.DEFAULTS)),
                CheckOptions.DEFAULTS);
        return report.findings().stream().map(f -> f.severity() + " " + f.check() + " " + f.group() + " "
                + f.languages().stream().map(Language::code).toList()).toList();
    }

    @Test
    void theCreativeCommonsLicenceShowsOnlyItsCaptionWithoutFullStop() {
        // ja 2(a)(5) is a caption without 。 where its sibling items end with 。 (en and fr end it with ".").
        assertEquals(List.of("WARNING punctuation 2.a.5 [ja]"), findings("cc-by-4.0"));
    }

    @Test
    void theNonCommercialLicenceShowsOnlyTheSameCaptionWithoutFullStop() {
        // Read in both versions: as in CC BY, ja 2(a)(5) is the caption "ダウンストリーム（下流側）の受領者" without 。, where its
        // siblings end with 。 (en and fr end it with "."): one warning, real but cosmetic.
        assertEquals(List.of("WARNING punctuation 2.a.5 [ja]"), findings("cc-by-nc-4.0"));
    }

    private static List<String> actFindings(String act, String extension) {
        Report report = Checks.run(ClauseAlign.align(ClauseAlign.read(List.of(
                TestData.path("canada/" + act + "/en." + extension), TestData.path("canada/" + act + "/fr." + extension)),
                ReadOptions.DEFAULTS)), CheckOptions.DEFAULTS);
        return report.findings().stream().map(f -> f.severity() + " " + f.check() + " " + f.group() + " "
                + f.languages().stream().map(Language::code).toList()).toList();
    }

    @Test
    void thePreciousMetalsMarkingActShowsOneLengthWarning() {
        // Read in both versions: 7(1.2)(a) "that entry to a dwelling-house is necessary for any purpose
        // relating to the administration or enforcement of this Act" is in French "la visite est
        // nécessaire pour l'application de la présente loi", the dwelling-house being named in the
        // lead: faithful and concise, one warning a reviewer can dismiss at a glance.
        for (String extension : List.of("txt", "xml")) {
            assertEquals(List.of("WARNING length 7.1-2.a [en, fr]"), actFindings("P-19", extension), extension);
        }
    }

    @Test
    void thePrisonsAndReformatoriesActShowsItsFrenchOnlyDefinition() {
        // A confirmed real difference: 2(1) « condamné à la prison » is marked "(French version only)"
        // and the English truly has no such definition.
        for (String extension : List.of("txt", "xml")) {
            assertEquals(List.of("ERROR structure 2.1.def.condamné_à_la_prison [en, fr]"),
                    actFindings("P-20", extension), extension);
        }
    }

    @Test
    void theTelefilmCanadaActShowsOneNumberWarning() {
        // Read in both versions: 4(1) says "three shall be appointed for a term of three years and three
        // for a term of five years" where the French says "trois des six premiers membres nommés
        // reçoivent un mandat de trois ans seulement", the others keeping the five years of the rule:
        // the same terms, counted otherwise; one warning.
        for (String extension : List.of("txt", "xml")) {
            assertEquals(List.of("WARNING number 4.1 [en, fr]"), actFindings("C-16", extension), extension);
        }
    }

    @Test
    void theUniversalDeclarationShowsOnlyTheJapaneseNote() {
        assertEquals(List.of("WARNING structure note.1 [ja, en, fr]"), findings("udhr"));
    }
}
