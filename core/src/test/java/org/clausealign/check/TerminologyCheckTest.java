package org.clausealign.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.clausealign.ClauseAlign;
import org.clausealign.InputException;
import org.clausealign.TestData;
import org.clausealign.align.Alignment;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;

class TerminologyCheckTest {
    private static final Alignment MOC = ClauseAlign.align(ClauseAlign.read(TestData.moc()));

    private static List<String> findings(Glossary glossary) {
        return Checks.run(MOC, CheckOptions.DEFAULTS.withChecks(Set.of("terminology")).withGlossary(glossary)).findings()
                .stream().map(f -> f.group() + " " + f.languages().stream().map(Language::code).toList()).toList();
    }

    @Test
    void aVersionLackingTheGlossarysRenderingIsReported() {
        // The French MOC says "minéraux essentiels" where the glossary (and elsewhere the French
        // itself) says "minéraux critiques": in recital 11, 2(c)(i) and 2(c)(vi). Singular and
        // plural ("critical mineral supply chain") match through stems.
        assertEquals(List.of("recital.11 [ja, fr]", "recital.11 [en, fr]", "2.c.i [ja, fr]", "2.c.i [en, fr]",
                "2.c.vi [ja, fr]", "2.c.vi [en, fr]"), findings(Glossary.read(TestData.path("check/glossary.tsv"))));
    }

    @Test
    void termsRenderedAsAgreedGiveNothing() {
        Glossary agreed = new Glossary(List.of(java.util.Map.of(Language.JA, "先住民族", Language.EN, "Indigenous peoples",
                Language.FR, "peuples autochtones")));
        assertEquals(List.of(), findings(agreed));
        assertEquals(List.of(), findings(null));
    }

    @Test
    void aGlossaryWhoseHeaderNamesNoLanguageIsRefused() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("glossary", ".csv");
        java.nio.file.Files.writeString(file, "source,target\nbattery,batterie\n");
        InputException e = assertThrows(InputException.class, () -> Glossary.read(file));
        assertEquals(file + ": has a header naming 'source'; the header must name the languages of the columns, e.g. ja, en, fr",
                e.getMessage());
    }
}
