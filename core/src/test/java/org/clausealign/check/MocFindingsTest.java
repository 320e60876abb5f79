package org.clausealign.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.clausealign.ClauseAlign;
import org.clausealign.ReadOptions;
import org.clausealign.TestData;
import org.clausealign.align.Variants;
import org.clausealign.clause.LanguageVersion;
import org.clausealign.clause.ParallelDocument;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;

/**
 * The report on the real MOC holds only what a careful translator wants to see (reviewed by
 * reading each finding), and discrepancies injected into one version are each reported at their
 * clause by the right check.
 */
class MocFindingsTest {
    /**
     * Reviewed by reading: the English names FOIP in recital 11 where the Japanese and French do
     * not; the French says "minéraux essentiels" for 重要鉱物 and "critical minerals" in recital
     * 11, 2(c)(i) and 2(c)(vi), where five other clauses say "minéraux critiques"; the French ends
     * item 2(c)(ii) with a full stop where its siblings have ";".
     */
    static final List<String> REVIEWED = List.of(
            "WARNING acronym recital.11 [en, ja]", "WARNING acronym recital.11 [en, fr]",
            "WARNING terminology recital.11 [ja, en, fr]", "WARNING terminology 2.c.i [ja, en, fr]",
            "WARNING punctuation 2.c.ii [fr]", "WARNING terminology 2.c.vi [ja, en, fr]");

    static List<String> findings(ParallelDocument document, Severity minimum) {
        Report report = Checks.run(ClauseAlign.align(document), CheckOptions.DEFAULTS.withMinimum(minimum));
        return report.findings().stream().map(f -> f.severity() + " " + f.check() + " " + f.group() + " "
                + f.languages().stream().map(Language::code).toList()).toList();
    }

    /** The three MOC files, one of them changed by text replacement before it is read. */
    static ParallelDocument variant(Language language, UnaryOperator<String> change) throws IOException {
        return variant(Map.of(language, change));
    }

    /** The three MOC files, each changed by its text replacement (if any) before it is read. */
    static ParallelDocument variant(Map<Language, UnaryOperator<String>> changes) throws IOException {
        List<LanguageVersion> versions = new ArrayList<>();
        for (Language l : List.of(Language.JA, Language.EN, Language.FR)) {
            String text = Files.readString(TestData.path("moc/moc-" + l.code() + ".txt"), StandardCharsets.UTF_8);
            String changed = changes.getOrDefault(l, UnaryOperator.identity()).apply(text);
            if (changes.containsKey(l) && changed.equals(text)) {
                throw new IllegalArgumentException("the change did not apply");
            }
            versions.addAll(ClauseAlign.read(changed.getBytes(StandardCharsets.UTF_8), "moc-" + l.code(),
                    ReadOptions.DEFAULTS.withLanguages(List.of(l))).versions());
        }
        return new ParallelDocument(versions);
    }

    private static void assertReported(String expected, List<String> findings) {
        List<String> original = REVIEWED;
        List<String> added = new ArrayList<>(findings);
        added.removeAll(original);
        assertTrue(added.stream().anyMatch(f -> f.startsWith(expected)), expected + " not in " + added);
    }

    @Test
    void theRealMocShowsOnlyTheReviewedFindings() {
        assertEquals(REVIEWED, findings(ClauseAlign.read(TestData.moc()), Severity.WARNING));
        // As information: small counts rendered in words or not at all ("in duplicate" for ２通,
        // "annually" for 毎年１回, "deux pays" for "both countries") are legitimate choices; so is
        // "Department of Industry" for カナダ産業省, which only the Japanese ties to METI's 経済産業省.
        List<String> info = findings(ClauseAlign.read(TestData.moc()), Severity.INFO);
        assertTrue(info.contains("INFO number closing [ja, en, fr]"), info.toString());
        assertTrue(info.stream().filter(f -> f.startsWith("INFO")).allMatch(f -> f.startsWith("INFO number")
                || f.equals("INFO terminology 6.a.ii [ja, en]")), info.toString());
    }

    @Test
    void aChangedYearIsReported() throws IOException {
        assertReported("WARNING number recital.9", findings(variant(Language.FR,
                t -> t.replace("industries japonaises d’ici 2030", "industries japonaises d’ici 2035")), Severity.WARNING));
    }

    @Test
    void aChangedCountIsReported() throws IOException {
        assertReported("WARNING number recital.9", findings(variant(Language.EN,
                t -> t.replace("600 gigawatt hours", "500 gigawatt hours")), Severity.WARNING));
    }

    @Test
    void aChangedUnitIsReported() throws IOException {
        ParallelDocument changed = variant(Language.JA, t -> t.replace("６００ＧＷｈ", "６００ＭＷｈ"));
        assertReported("WARNING number recital.9 [ja, en, fr]", findings(changed, Severity.WARNING));
        // Written as a reader writes them, whatever the language or the width: ６００ＧＷｈ,
        // "600 gigawatt hours" and "600 gigawattheures" are all 600 GWh.
        List<String> messages = Checks.run(ClauseAlign.align(changed), CheckOptions.DEFAULTS).findings().stream()
                .map(Finding::message).toList();
        assertTrue(messages.contains("Units differ between the versions of Recital 9 (ja: 600 MWh; en: 600 GWh; fr: 600 GWh)."),
                messages.toString());
    }

    @Test
    void aCountInKanjiNumeralsIsReadAsANumber() throws IOException {
        // ２０３０年 written 二千三十年 is the same year; 二千三十五年 is not.
        List<String> same = findings(variant(Language.JA, t -> t.replace("２０３０年までに", "二千三十年までに")), Severity.WARNING);
        assertTrue(same.stream().noneMatch(f -> f.contains("number recital.9")), same.toString());
        assertReported("WARNING number recital.9", findings(variant(Language.JA,
                t -> t.replace("２０３０年までに", "二千三十五年までに")), Severity.WARNING));
    }

    @Test
    void aChangedMonthIsReported() throws IOException {
        assertReported("WARNING date recital.10", findings(variant(Language.EN,
                t -> t.replace("Meeting in January 2023", "Meeting in February 2023")), Severity.WARNING));
    }

    @Test
    void aDroppedAcronymIsReported() throws IOException {
        assertReported("WARNING acronym 3.b [ja, fr]", findings(variant(Language.FR,
                t -> t.replace("Japon-Canada (DPEJC). ", "Japon-Canada. ")), Severity.WARNING));
    }

    @Test
    void aDroppedListItemIsReported() throws IOException {
        assertReported("ERROR structure 3.a.iv", findings(variant(Language.EN, t -> {
            int start = t.indexOf("(iv) developing networks");
            int end = t.indexOf("(v) encouraging co-operation");
            return t.substring(0, start) + t.substring(end);
        }), Severity.WARNING));
    }

    @Test
    void aDeletedClauseIsReported() throws IOException {
        assertReported("ERROR structure 8.a", findings(variant(Language.JA,
                t -> t.replace("(a) 本協力覚書は、法的拘束力を有しない。", "")), Severity.WARNING));
    }

    @Test
    void aClauseLeftInAnotherLanguageIsReported() throws IOException {
        assertReported("ERROR untranslated 7.a", findings(variant(Language.FR, t -> t
                .replace("Les Participants remédieront à toute divergence d'interprétation ou d'application",
                        "The Participants will endeavour to resolve any issue regarding the interpretation")
                .replace("du présent Protocole par voie de consultations.", "or application of this MOC through consultations.")),
                Severity.WARNING));
    }

    @Test
    void unbalancedBracketsAreReported() throws IOException {
        assertReported("WARNING punctuation 3.b [en]", findings(variant(Language.EN,
                t -> t.replace("Committee (JEC) and", "Committee (JEC and")), Severity.WARNING));
    }

    @Test
    void aClauseWithHalfItsTextMissingIsAPossibleOmission() throws IOException {
        assertReported("WARNING length 1.a", findings(variant(Language.EN, t -> t
                .replace("This includes ensuring there are \n\nintegrated, value-added investments in the upstream, midstream, and downstream \n\n"
                        + "sectors, which in turn enable more sustainable and reliable global battery supply \n\nchains between Japan and Canada.", "")),
                Severity.WARNING));
    }

    @Test
    void anUnbalancedQuoteInAnUnnumberedClauseIsReported() throws IOException {
        assertReported("WARNING punctuation recital.11 [fr]", findings(variant(Language.FR,
                t -> t.replace("ouverte »; du renforcement", "ouverte; du renforcement")), Severity.WARNING));
    }

    @Test
    void swappedTextsUnderKeptLabelsAreReportedOnBothClausesNamingTheirCounterparts() {
        ParallelDocument swapped = Variants.swapped(ClauseAlign.read(TestData.moc()), Language.FR, "2.c.vii", "2.c.viii");
        Report report = Checks.run(ClauseAlign.align(swapped), CheckOptions.DEFAULTS);
        List<String> content = report.findings().stream().filter(f -> f.check().equals("content"))
                .map(f -> f.severity() + " " + f.group() + " " + f.languages().stream().map(Language::code).toList() + " "
                        + f.message()).toList();
        assertEquals(List.of(
                "WARNING 2.c.vii [fr, ja, en] 2(c)(vii): the fr text says what ja and en say in 2(c)(viii), not what they "
                        + "say here: the texts may have been swapped or moved.",
                "WARNING 2.c.viii [fr, ja, en] 2(c)(viii): the fr text says what ja and en say in 2(c)(vii), not what they "
                        + "say here: the texts may have been swapped or moved."), content);
    }
}
