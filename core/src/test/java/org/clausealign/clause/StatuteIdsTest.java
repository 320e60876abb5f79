package org.clausealign.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.clausealign.ClauseAlign;
import org.clausealign.ReadOptions;
import org.clausealign.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatuteIdsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"5|5", "(a)|a", "a)|a", "3.1|3-1", "69.01|69-01", "(1.1)|1-1", "(e.1)|e-1",
            "e.1)|e-1", "(vii.1)|vii-1", "10 and 11|10", "10 et 11|10", "(1) and (2)|1", "a) à c)|a"})
    void numbersJoinInsertedPartsWithADashAndARangeIsNamedByItsFirstNumber(String printed, String id) {
        assertEquals(id, StatuteIds.number(printed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"plated article|plated_article", "Minister|minister",
            "film-maker|film_maker", "production d’un film|production_d_un_film", "ﬁlm ｔｅｃｈｎｉｃｉａｎ|film_technician"})
    void definitionKeysAreLowerCaseNfkcWithOtherCharactersAsUnderscores(String term, String key) {
        assertEquals(key, StatuteIds.definitionKey(term));
        assertEquals("2.def." + key, StatuteIds.definition("2", term));
    }

    @Test
    void partHeadingsAreChaptersAndItemsAreBracketedAlikeInBothLanguages() {
        assertEquals("2", StatuteIds.part("PART 2"));
        assertEquals("IV", StatuteIds.part("PARTIE IV"));
        assertNull(StatuteIds.part("Partnerships"));
        assertNull(StatuteIds.part("Interpretation"));
        assertEquals("chapter.2", StatuteIds.partId("2"));
        assertEquals("10(3)(a)", StatuteIds.itemLabel("10(3)", "a)"));
        assertEquals("10(3)(a)", StatuteIds.itemLabel("10(3)", "(a)"));
        assertEquals("5(1) and (2)", StatuteIds.itemLabel("5", "(1) and (2)"));
    }

    /** Each act's plain text and its Justice Laws XML, in each language, give the same clauses. */
    @ParameterizedTest
    @CsvSource({"C-16,en", "C-16,fr", "P-19,en", "P-19,fr", "P-20,en", "P-20,fr"})
    void theTextAndTheXmlOfAnActGiveTheSameIdsLabelsAndCaptions(String act, String language) {
        List<Clause> text = clauses(ClauseAlign.read(TestData.path("canada/" + act + "/" + language + ".txt")));
        List<Clause> xml = clauses(ClauseAlign.read(TestData.path("canada/" + act + "/" + language + ".xml")));
        assertEquals(text.stream().map(Clause::id).toList(), xml.stream().map(Clause::id).toList());
        assertEquals(text.stream().map(c -> c.id() + " " + c.label() + " " + c.kind()).toList(),
                xml.stream().map(c -> c.id() + " " + c.label() + " " + c.kind()).toList());
        assertEquals(text.stream().map(c -> c.id() + " " + c.caption()).toList(),
                xml.stream().map(c -> c.id() + " " + c.caption()).toList());
    }

    @Test
    void aPartHeadingIsChapterNAndItsTitleAHeadingInTextAndXml() {
        String text = "Harbour Safety Act\n\nAn Act respecting safety in harbours\n\nShort Title\n\nShort title\n\n"
                + "1 This Act may be cited as the Harbour Safety Act.\n\nPART 1\n\nHarbours\n\nDuty of masters\n\n"
                + "2 Every master shall keep a log.\n\nPART 2\n\nPilots\n\nLicences\n\n"
                + "3 (1) No person shall pilot a vessel without a licence.\n\nFees\n\n"
                + "(2) The Minister may fix the fees for licences.\n";
        String xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><Statute xml:lang=\"en\"><Identification>"
                + "<LongTitle>An Act respecting safety in harbours</LongTitle><ShortTitle>Harbour Safety Act</ShortTitle>"
                + "</Identification><Body><Heading level=\"1\"><TitleText>Short Title</TitleText></Heading>"
                + "<Section><MarginalNote>Short title</MarginalNote><Label>1</Label><Text>This Act may be cited as the "
                + "Harbour Safety Act.</Text></Section>"
                + "<Heading level=\"1\"><Label>PART 1</Label><TitleText>Harbours</TitleText></Heading>"
                + "<Section><MarginalNote>Duty of masters</MarginalNote><Label>2</Label><Text>Every master shall keep "
                + "a log.</Text></Section>"
                + "<Heading level=\"1\"><Label>PART 2</Label><TitleText>Pilots</TitleText></Heading>"
                + "<Section><MarginalNote>Licences</MarginalNote><Label>3</Label><Subsection><Label>(1)</Label>"
                + "<Text>No person shall pilot a vessel without a licence.</Text></Subsection><Subsection>"
                + "<MarginalNote>Fees</MarginalNote><Label>(2)</Label><Text>The Minister may fix the fees for "
                + "licences.</Text></Subsection></Section></Body></Statute>";
        List<String> expected = List.of("title", "longtitle", "heading.1", "1", "chapter.1", "heading.2", "2",
                "chapter.2", "heading.3", "3.1", "3.2");
        ReadOptions english = ReadOptions.DEFAULTS.withLanguages(List.of(org.clausealign.lang.Language.EN));
        assertEquals(expected, clauses(ClauseAlign.read(text.getBytes(StandardCharsets.UTF_8), "act.txt", english))
                .stream().map(Clause::id).toList());
        List<Clause> fromXml = clauses(ClauseAlign.read(xml.getBytes(StandardCharsets.UTF_8), "act.xml", english));
        assertEquals(expected, fromXml.stream().map(Clause::id).toList());
        assertEquals("Part 2", fromXml.get(7).label());
        assertEquals("Fees", fromXml.get(10).caption());
    }

    private static List<Clause> clauses(ParallelDocument document) {
        assertEquals(1, document.versions().size());
        return document.versions().get(0).clauses();
    }
}
