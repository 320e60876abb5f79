package org.clausealign.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.clausealign.ClauseAlign;
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
        // plural ("critical mineral supply chain") match through stems. Each clause is reported
        // once, with both versions that use the agreed rendering.
        Glossary glossary = Glossary.read(TestData.path("check/glossary.tsv"));
        assertEquals(List.of("recital.11 [ja, en, fr]", "2.c.i [ja, en, fr]", "2.c.vi [ja, en, fr]"), findings(glossary));
        Finding first = Checks.run(MOC, CheckOptions.DEFAULTS.withChecks(Set.of("terminology")).withGlossary(glossary))
                .findings().get(0);
        assertEquals("The ja and en versions of Recital 11 say \"重要鉱物\" and \"critical minerals\" but the fr version"
                + " lacks the glossary's \"minéraux critiques\".", first.message());
    }

    @Test
    void aGlossaryInAnyFormatFindsTheSameProblemsOnce() {
        // The TBX holds the TSV's terms. The French Excel CSV renders 先住民族 as "Indigenous
        // peoples; First Nations", which the English of 2(c)(v) lacks (it says "Indigenous peoples").
        List<String> expected = List.of("recital.11 [ja, en, fr]", "2.c.i [ja, en, fr]", "2.c.vi [ja, en, fr]");
        assertEquals(expected, findings(Glossary.read(TestData.path("glossary/moc.tbx"))));
        assertEquals(List.of("recital.11 [ja, en, fr]", "2.c.i [ja, en, fr]", "2.c.v [ja, fr, en]", "2.c.vi [ja, en, fr]"),
                findings(Glossary.read(TestData.path("glossary/excel-fr-semicolon.csv"))));
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
}
