package org.clausealign.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.clausealign.ClauseAlign;
import org.clausealign.InputException;
import org.clausealign.TestData;
import org.clausealign.align.Alignment;
import org.clausealign.clause.ParallelDocument;
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
    void termsRenderedAsAgreedGiveNothingBeyondTheDocumentsOwnVariants() {
        Glossary agreed = new Glossary(List.of(java.util.Map.of(Language.JA, "先住民族", Language.EN, "Indigenous peoples",
                Language.FR, "peuples autochtones")));
        assertEquals(findings(null), findings(agreed));
    }

    @Test
    void withoutAGlossaryATermRenderedTwoWaysIsReportedWhereItDeparts() {
        // 重要鉱物 and "critical minerals" are "minéraux critiques" in five clauses of the French
        // and "minéraux essentiels" in three: the three are reported, seen from both sources.
        assertEquals(List.of("recital.11 [ja, en, fr]", "2.c.i [ja, en, fr]", "2.c.vi [ja, en, fr]"), findings(null));
        Finding first = Checks.run(MOC, CheckOptions.DEFAULTS.withChecks(Set.of("terminology"))).findings().get(0);
        assertEquals("The fr version of Recital 11 renders \"重要鉱物\" (ja) and \"critical mineral\" (en) as "
                + "\"minéraux essentiels\", where 5 other clauses say \"minéraux critiques\".", first.message());
    }

    @Test
    void withTwoVersionsAVariantIsOnlyInformation() {
        // Nothing can corroborate it, and one source alone often mistakes a phrase for a term.
        ParallelDocument two = new ParallelDocument(java.util.stream.Stream.concat(
                ClauseAlign.read(TestData.path("moc/moc-ja.txt")).versions().stream(),
                ClauseAlign.read(TestData.path("moc/moc-fr.txt")).versions().stream()).toList());
        List<Finding> found = Checks.run(ClauseAlign.align(two), CheckOptions.DEFAULTS.withMinimum(Severity.INFO)
                .withChecks(Set.of("terminology"))).findings();
        assertEquals(List.of("recital.11", "2.c.i", "2.c.vi"), found.stream().map(Finding::group).toList());
        assertEquals(Set.of(Severity.INFO), found.stream().map(Finding::severity).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aTermRenderedTheSameWayEverywhereGivesNothing() {
        // The same MOC with the French made consistent.
        String fr = TestData.read("moc/moc-fr.txt").replace("minéraux essentiels", "minéraux critiques");
        ParallelDocument consistent = new ParallelDocument(java.util.stream.Stream.concat(
                ClauseAlign.read(TestData.path("moc/moc-ja.txt")).versions().stream(), java.util.stream.Stream.concat(
                        ClauseAlign.read(TestData.path("moc/moc-en.txt")).versions().stream(),
                        ClauseAlign.parse(fr, "moc-fr", List.of(Language.FR)).versions().stream())).toList());
        assertEquals(List.of(), Checks.run(ClauseAlign.align(consistent), CheckOptions.DEFAULTS
                .withChecks(Set.of("terminology"))).findings());
    }

    @Test
    void theOccurrenceThresholdIsHonoured() {
        // "minéraux critiques" goes with 重要鉱物 in five clauses: asking for nine leaves no usual rendering.
        assertEquals(List.of(), Checks.run(MOC, CheckOptions.DEFAULTS.withChecks(Set.of("terminology"))
                .withTermOccurrences(9)).findings());
    }

    @Test
    void malformedGlossaryRowsAreRefusedWithTheirLineNumber() throws Exception {
        assertEquals("line 3 has 4 cells, but the header names 3 languages (a comma inside a term? use a tab-separated file)",
                glossaryError("ja,en,fr\n重要鉱物,critical minerals,minéraux critiques\n協力,cooperation,coopération, collaboration\n"));
        assertEquals("line 4 gives a term in one language only; each row pairs the renderings of one term in two languages or more",
                glossaryError("ja\ten\tfr\n\n# a comment\n覚書\t\t\n"));
        assertEquals("line 2 has a quoted cell; CSV quotes are not read, save the glossary tab-separated",
                glossaryError("en,fr\n\"supply chain\",chaîne\n"));
        assertEquals("has a header naming ja twice; give each language one column", glossaryError("ja\tja\n協力\t協力\n"));
        assertEquals("is not UTF-8 text; save the glossary as UTF-8", glossaryError(new byte[] {'e', 'n', ',', 'f', 'r', '\n', (byte) 0xE9}));
    }

    @Test
    void spreadsheetExportsWithEmptyTrailingCellsAndQuotesInTabSeparatedCellsAreRead() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("glossary", ".tsv");
        java.nio.file.Files.writeString(file, "ja\ten\tfr\t\n協力覚書\tMemorandum of \"Cooperation\"\tProtocole\t\t\n");
        assertEquals(List.of(java.util.Map.of(Language.JA, "協力覚書", Language.EN, "Memorandum of \"Cooperation\"",
                Language.FR, "Protocole")), Glossary.read(file).terms());
        java.nio.file.Files.delete(file);
        InputException missing = assertThrows(InputException.class, () -> Glossary.read(file));
        assertEquals(file + ": no such glossary file", missing.getMessage());
    }

    private static String glossaryError(String text) throws Exception {
        return glossaryError(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String glossaryError(byte[] bytes) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("glossary", ".csv");
        java.nio.file.Files.write(file, bytes);
        InputException e = assertThrows(InputException.class, () -> Glossary.read(file));
        java.nio.file.Files.delete(file);
        return e.getMessage().substring(file.toString().length() + 2);
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
