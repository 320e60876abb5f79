package org.clausealign.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.clausealign.ClauseAlign;
import org.clausealign.clause.ParallelDocument;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;

/**
 * What faithful translations do as a matter of course is not reported: French labels and
 * citations, a conjunction ending the item before a list's last, enumerators that each language
 * writes its own way, and idioms built on a number word. Each case is a variant of the MOC that
 * stays faithful; the reviewed findings of the real MOC stay, and nothing is added.
 */
class TranslationConventionsTest {
    private static void assertNothingAdded(ParallelDocument document) {
        assertEquals(MocFindingsTest.REVIEWED, MocFindingsTest.findings(document, Severity.WARNING));
    }

    @Test
    void frenchLabelsAndCitationsAreNotUnbalancedBrackets() throws IOException {
        // Each version cites the same provisions its own way: "(4)(a)" is "(4)a)" in French.
        assertNothingAdded(MocFindingsTest.variant(Map.of(
                Language.JA, t -> t.replace("(vii) バッテリーサプライチェーンに関する",
                        "(vii) (e)、(j.1)及び(4)(a)に規定するバッテリーサプライチェーンに関する"),
                Language.EN, t -> t.replace("(vii) promoting research and development related to battery supply chains;",
                        "(vii) promoting research and development related to battery supply chains within the meaning of "
                                + "paragraphs (e) and (j.1) and subsection (4)(a);"),
                Language.FR, t -> t.replace("(vii) promouvoir la recherche et le développement liés aux chaînes",
                        "(vii) promouvoir, au sens des alinéas e) et j.1) et du paragraphe (4)a), la recherche et le "
                                + "développement liés aux chaînes"))));
    }

    @Test
    void aBracketClosedBeforeItOpensIsStillReported() throws IOException {
        List<String> findings = MocFindingsTest.findings(MocFindingsTest.variant(Language.EN,
                t -> t.replace("Committee (JEC) and", "Committee JEC) (and")), Severity.WARNING);
        assertTrue(findings.contains("WARNING punctuation 3.b [en]"), findings.toString());
    }

    @Test
    void aConjunctionEndingAnItemBeforeTheLastIsNormalInEveryLanguage() throws IOException {
        ParallelDocument document = MocFindingsTest.variant(Map.of(
                Language.JA, t -> t.replace("研究開発を推進すること。", "研究開発を推進すること、及び"),
                Language.EN, t -> t.replace("related to battery supply chains; ", "related to battery supply chains, and "),
                Language.FR, t -> t.replace("d'approvisionnement en batteries; \n \n\n(viii)",
                        "d'approvisionnement en batteries; et\n \n\n(viii)")));
        assertNothingAdded(document);
        // The French full stop in 2(c)(ii) is still the one ending told apart, named as written.
        List<String> messages = Checks.run(ClauseAlign.align(document), CheckOptions.DEFAULTS).findings().stream()
                .map(Finding::message).toList();
        assertTrue(messages.contains("In the fr version, 2(c)(ii) ends with \".\" where the other items of its list end "
                + "with \";\"."), messages.toString());
    }

    @Test
    void enumeratorsInsideAParagraphAreNotNumbers() throws IOException {
        assertNothingAdded(MocFindingsTest.variant(Map.of(
                Language.JA, t -> t.replace("(vii) バッテリーサプライチェーンに関する研究開発を推進すること。",
                        "(vii) （１）バッテリーサプライチェーンに関する研究開発及び（２）その成果の普及を推進すること。"),
                Language.EN, t -> t.replace("(vii) promoting research and development related to battery supply chains;",
                        "(vii) promoting (i) research and development related to battery supply chains and (ii) the "
                                + "dissemination of its results;"),
                Language.FR, t -> t.replace("(vii) promouvoir la recherche et le développement liés aux chaînes",
                        "(vii) promouvoir a) la diffusion des résultats et b) la recherche et le développement liés aux chaînes"))));
    }

    @Test
    void aNumberIdiomIsNotANumber() throws IOException {
        assertNothingAdded(MocFindingsTest.variant(Map.of(
                Language.EN, t -> t.replace("by Japanese \n\nbattery-related companies",
                        "by wholly-owned subsidiaries of Japanese \n\nbattery-related companies"),
                Language.FR, t -> t.replace("par \ndes entreprises et l'industrie japonaises",
                        "par \ndes filiales à cent pour cent des entreprises et l'industrie japonaises"))));
    }

    @Test
    void anEnumeratorStandingForACountIsStillANumber() throws IOException {
        // One "(3)" is no run of enumerators: "three (3) working groups" against "deux" is a difference.
        List<String> findings = MocFindingsTest.findings(MocFindingsTest.variant(Language.EN,
                t -> t.replace("(vii) promoting research and development",
                        "(vii) promoting research and development by three (3) working groups")), Severity.WARNING);
        assertTrue(findings.stream().anyMatch(f -> f.startsWith("WARNING number 2.c.vii")), findings.toString());
    }
}
