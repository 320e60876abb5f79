package org.clausealign.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clausealign.ClauseAlign;
import org.clausealign.ReadOptions;
import org.clausealign.TestData;
import org.clausealign.align.Alignment;
import org.clausealign.clause.Clause;
import org.clausealign.clause.LanguageVersion;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fixtures of testdata/formats and testdata/word-pdf (made with LibreOffice and Chromium, see
 * their READMEs) give the clauses of their plain-text counterparts: the same ids in the same order,
 * and the same texts.
 */
class FormatFixturesTest {
    private static final Map<String, String> TEXTS = Map.of("moc", "moc/moc-%s.txt", "udhr", "udhr/%s.txt",
            "cc-by-4.0", "cc-by-4.0/%s.txt");

    private static LanguageVersion read(Path path, String language) {
        return ClauseAlign.read(List.of(path), ReadOptions.DEFAULTS.withLanguages(List.of(Language.of(language))))
                .versions().get(0);
    }

    /** @return a fixture of testdata/formats, or of another folder of testdata if named with it */
    private static Path fixture(String file) {
        return TestData.path(file.contains("/") ? file : "formats/" + file);
    }

    private static List<String> idsAndTexts(LanguageVersion version) {
        return version.clauses().stream().map(c -> c.id() + " " + c.text()).toList();
    }

    private static LanguageVersion text(String document, String language) {
        return read(TestData.path(String.format(TEXTS.get(document), language)), language);
    }

    @ParameterizedTest(name = "{0}-{1}.{2}")
    @CsvSource({
        "moc,ja,html", "moc,en,html", "moc,fr,html", "moc,ja,docx", "moc,en,docx", "moc,fr,docx",
        "udhr,ja,html", "udhr,en,html", "udhr,fr,html", "udhr,ja,docx", "udhr,en,docx", "udhr,fr,docx",
        "cc-by-4.0,ja,html", "cc-by-4.0,en,html", "cc-by-4.0,fr,html",
        "cc-by-4.0,ja,docx", "cc-by-4.0,en,docx", "cc-by-4.0,fr,docx",
    })
    void givesTheSameClauseIdsAndTextsAsThePlainText(String document, String language, String format) {
        LanguageVersion expected = text(document, language);
        LanguageVersion actual = read(TestData.path("formats/" + document + "-" + language + "." + format), language);
        assertEquals(idsAndTexts(expected), idsAndTexts(actual));
    }

    /**
     * PDFs lose some text to layout (a wrapped word, a page break), so only their ids are compared.
     * Those in testdata/word-pdf were printed from the Word fixtures to check the reader on
     * documents it was not written against.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "moc-ja.pdf,ja", "moc-en.pdf,en", "moc-fr.pdf,fr", "moc-ja-word.pdf,ja", "moc-en-word.pdf,en", "moc-fr-word.pdf,fr",
        "udhr-ja.pdf,ja", "udhr-en.pdf,en", "udhr-fr.pdf,fr",
        "cc-by-4.0-ja.pdf,ja", "cc-by-4.0-en.pdf,en", "cc-by-4.0-fr.pdf,fr",
        "word-pdf/udhr-ja-word.pdf,ja", "word-pdf/cc-by-4.0-ja-word.pdf,ja",
        "word-pdf/cc-by-4.0-en-word.pdf,en", "word-pdf/cc-by-4.0-fr-word.pdf,fr",
    })
    void pdfsPrintedByABrowserOrAWordProcessorGiveTheSameClauseIds(String file, String language) {
        String name = Path.of(file).getFileName().toString();
        String document = name.substring(0, name.indexOf('-', name.startsWith("cc-") ? 6 : 0));
        LanguageVersion expected = text(document, language);
        LanguageVersion actual = read(fixture(file), language);
        assertEquals(expected.clauses().stream().map(Clause::id).toList(),
                actual.clauses().stream().map(Clause::id).toList());
        assertEquals("page 1", actual.clauses().get(0).origin());
    }

    /**
     * The Japanese statute printed from its text file by LibreOffice, with the blank lines between
     * its articles and without them (testdata/statute-pdf): the ideographic space after a
     * paragraph or item number (２　, 一　) comes through, so each paragraph and item is a clause of
     * its own, as in the text file, not a part of its article.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"ja.pdf", "ja-compact.pdf"})
    void aJapaneseStatutePrintedToPdfGivesTheClausesOfItsText(String file) {
        LanguageVersion expected = read(TestData.path("statute/ja.txt"), "ja");
        LanguageVersion actual = read(TestData.path("statute-pdf/" + file), "ja");
        assertEquals(idsAndTexts(expected), idsAndTexts(actual));
    }

    /** Each document's three versions, each in another format, align group for group as their plain texts do. */
    @ParameterizedTest(name = "{0}: {1} {2} {3}")
    @CsvSource({
        "moc, moc-ja.docx, moc-en.html, moc-fr.docx",
        "moc, moc-ja.pdf, moc-en-word.pdf, moc-fr.html",
        "moc, moc-ja-word.pdf, moc-en.docx, moc-fr-word.pdf",
        "udhr, word-pdf/udhr-ja-word.pdf, udhr-en.html, udhr-fr.pdf",
        "cc-by-4.0, word-pdf/cc-by-4.0-ja-word.pdf, word-pdf/cc-by-4.0-en-word.pdf, word-pdf/cc-by-4.0-fr-word.pdf",
        "udhr, udhr-ja.html, udhr-en.pdf, udhr-fr.docx",
        "udhr, udhr-ja.pdf, udhr-en.docx, udhr-fr.pdf",
        "cc-by-4.0, cc-by-4.0-ja.docx, cc-by-4.0-en.pdf, cc-by-4.0-fr.html",
        "cc-by-4.0, cc-by-4.0-ja.pdf, cc-by-4.0-en.html, cc-by-4.0-fr.pdf",
    })
    void eachDocumentInMixedFormatsAlignsAsItsPlainTextDoes(String document, String ja, String en, String fr) {
        List<Path> texts = List.of("ja", "en", "fr").stream()
                .map(language -> TestData.path(String.format(TEXTS.get(document), language))).toList();
        Alignment text = ClauseAlign.align(ClauseAlign.read(texts, ReadOptions.DEFAULTS));
        Alignment mixed = ClauseAlign.align(ClauseAlign.read(List.of(fixture(ja), fixture(en), fixture(fr)),
                ReadOptions.DEFAULTS));
        Function<Alignment, List<String>> groups = a -> a.groups().stream()
                .map(g -> g.id() + " " + g.confidence())
                .toList();
        assertEquals(groups.apply(text), groups.apply(mixed));
    }

    @Test
    void eachClauseNamesWhereItCameFrom() {
        Map<String, Clause> word = read(TestData.path("formats/moc-en.docx"), "en").clauses().stream()
                .collect(Collectors.toMap(Clause::id, c -> c));
        assertEquals("paragraph 1", word.get("title").origin());
        Map<String, Clause> page = read(TestData.path("formats/moc-en.html"), "en").clauses().stream()
                .collect(Collectors.toMap(Clause::id, c -> c));
        assertEquals("#c-2-c-vii", page.get("2.c.vii").origin());
    }
}
