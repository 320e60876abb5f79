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

    @Test
    void theUniversalDeclarationShowsOnlyTheJapaneseNote() {
        assertEquals(List.of("WARNING structure note.1 [ja, en, fr]"), findings("udhr"));
    }
}
