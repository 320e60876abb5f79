package org.clausealign.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.clausealign.InputException;
import org.clausealign.SourceText;
import org.clausealign.text.Lines;
import org.junit.jupiter.api.Test;

class LanguageSeparatorTest {
    private static List<VersionLines> separate(String text, List<Language> allowed) {
        SourceText source = new SourceText("test", text, StandardCharsets.UTF_8);
        return LanguageSeparator.separate(source, Lines.of(text), allowed);
    }

    private static String contents(VersionLines version) {
        return version.lines().stream().map(l -> l.line().content()).collect(Collectors.joining(" / "));
    }

    @Test
    void interleavedSignatureBlocksGiveEachLineToItsLanguage() {
        List<VersionLines> versions = separate("""
                ________________________________
                カナダ産業省のために
                FOR THE DEPARTMENT OF INDUSTRY OF
                CANADA
                POUR LE MINISTÈRE DE L'INDUSTRIE DU
                CANADA
                ________________________________
                日本国外務省のために
                FOR THE MINISTRY OF FOREIGN AFFAIRS
                OF JAPAN
                POUR LE MINISTÈRE DES AFFAIRES
                ÉTRANGÈRES DU JAPON
                """, List.of());
        assertEquals(List.of(Language.JA, Language.EN, Language.FR),
                versions.stream().map(VersionLines::language).toList());
        assertEquals("________________________________ / カナダ産業省のために / ________________________________ / 日本国外務省のために",
                contents(versions.get(0)));
        assertEquals("________________________________ / FOR THE DEPARTMENT OF INDUSTRY OF / CANADA"
                + " / ________________________________ / FOR THE MINISTRY OF FOREIGN AFFAIRS / OF JAPAN",
                contents(versions.get(1)));
        assertEquals("________________________________ / POUR LE MINISTÈRE DE L'INDUSTRIE DU / CANADA"
                + " / ________________________________ / POUR LE MINISTÈRE DES AFFAIRES / ÉTRANGÈRES DU JAPON",
                contents(versions.get(2)));
        assertEquals(true, versions.get(1).lines().get(1).afterOtherLanguage());
    }

    @Test
    void linesWithoutEvidenceStayWithTheLanguageAroundThem() {
        List<VersionLines> versions = separate("""
                including the Sustainable Critical Minerals Alliance and the Mineral Security Partnership
                (MSP);
                HAVE REACHED the following non-legally binding understanding:
                """, List.of());
        assertEquals(1, versions.size());
        assertEquals(Language.EN, versions.get(0).language());
    }

    @Test
    void aFewForeignWordsDoNotMakeAVersion() {
        List<VersionLines> versions = separate("""
                経済産業省の野原商務情報政策局長は、カナダ天然資源省の上級次官補と会談しました。
                両国は蓄電池サプライチェーンに関する協力覚書に基づき、協力を進めています。
                Canada and Japan
                研究開発、投資促進、情報交換の三分野で具体的な成果が報告されました。
                """, List.of());
        assertEquals(List.of(Language.JA), versions.stream().map(VersionLines::language).toList());
        assertEquals(4, versions.get(0).lines().size());
    }

    @Test
    void oneGivenLanguageTakesEveryLine() {
        List<VersionLines> versions = separate("Le présent Protocole.\nThe Participants.\n", List.of(Language.FR));
        assertEquals(1, versions.size());
        assertEquals(2, versions.get(0).lines().size());
    }

    @Test
    void textInNoKnownLanguageIsRefused() {
        InputException e = assertThrows(InputException.class,
                () -> separate("1234 5678\n---- ++++\n", List.of()));
        assertEquals("test: holds no recognisable Japanese, English or French text", e.getMessage());
    }

    @Test
    void aGivenLanguageThatContradictsTheTextIsRefusedNamingFileAndLanguages() throws Exception {
        String english = java.nio.file.Files.readString(java.nio.file.Path.of("../testdata/moc/moc-en.txt"));
        SourceText source = new SourceText("moc-en.txt", english, StandardCharsets.UTF_8);
        InputException asFrench = assertThrows(InputException.class,
                () -> LanguageSeparator.separate(source, Lines.of(english), List.of(Language.FR)));
        assertEquals("moc-en.txt: is en text, but the languages given say fr; give one language per file,"
                + " in the order of the files", asFrench.getMessage());
        String japanese = java.nio.file.Files.readString(java.nio.file.Path.of("../testdata/moc/moc-ja.txt"));
        InputException asEnglish = assertThrows(InputException.class, () -> LanguageSeparator.separate(
                new SourceText("moc-ja.txt", japanese, StandardCharsets.UTF_8), Lines.of(japanese), List.of(Language.EN)));
        assertEquals("moc-ja.txt: is ja text, but the languages given say en; give one language per file,"
                + " in the order of the files", asEnglish.getMessage());
    }

    @Test
    void aGivenLanguageIsTrustedWhereTheTextIsRightOrTooShortToTell() throws Exception {
        String english = java.nio.file.Files.readString(java.nio.file.Path.of("../testdata/moc/moc-en.txt"));
        assertEquals(Language.EN, LanguageSeparator.separate(new SourceText("moc-en.txt", english, StandardCharsets.UTF_8),
                Lines.of(english), List.of(Language.EN)).get(0).language());
        // A title and a number say too little to contradict anyone.
        assertEquals(Language.FR, separate("Memorandum of Cooperation\n1. Scope\n", List.of(Language.FR)).get(0).language());
    }
}
