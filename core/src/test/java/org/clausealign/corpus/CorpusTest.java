package org.clausealign.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.clausealign.InputException;
import org.clausealign.TestData;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {
    private static final String TEXT = "1. Objective\n(a) Cooperation on lithium.\n";

    @TempDir
    Path dir;

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private void copy(String fixture, String name) throws IOException {
        Files.copy(TestData.path(fixture), dir.resolve(name));
    }

    private String real(String relative) throws IOException {
        return dir.resolve(relative).toRealPath().toString();
    }

    @Test
    void filesNamedByTheUsualConventionsAreTheVersionsOfOneDocument() throws IOException {
        for (String name : List.of("a.ja.txt", "a.en.txt", "a.fr.txt", "b_EN.txt", "b_fr.txt", "c-ja.pdf.txt",
                "c-en.txt", "ja/d.txt", "en/d.txt", "lone.en.txt", "e-sjis.txt")) {
            write(name, TEXT);
        }
        List<DocumentFiles> documents = Corpus.list(List.of(dir), List.of(), Set.of()).documents();
        Path root = dir.toRealPath();
        assertEquals(List.of(
                new DocumentFiles(root.resolve("a.*.txt").toString(), List.of(root.resolve("a.ja.txt"),
                        root.resolve("a.en.txt"), root.resolve("a.fr.txt")), List.of(Language.JA, Language.EN, Language.FR)),
                new DocumentFiles(root.resolve("b_*.txt").toString(), List.of(root.resolve("b_EN.txt"),
                        root.resolve("b_fr.txt")), List.of(Language.EN, Language.FR)),
                new DocumentFiles(real("c-en.txt"), List.of(root.resolve("c-en.txt")), List.of()),
                new DocumentFiles(real("c-ja.pdf.txt"), List.of(root.resolve("c-ja.pdf.txt")), List.of()),
                new DocumentFiles(real("e-sjis.txt"), List.of(root.resolve("e-sjis.txt")), List.of()),
                new DocumentFiles(root.resolve("*/d.txt").toString(), List.of(root.resolve("ja/d.txt"),
                        root.resolve("en/d.txt")), List.of(Language.JA, Language.EN)),
                new DocumentFiles(real("lone.en.txt"), List.of(root.resolve("lone.en.txt")), List.of())),
                documents);
    }

    @Test
    void oneFileUnderSeveralSpellingsIsOneDocumentWithItsRealPathAsId() throws IOException {
        Path file = write("a/x.txt", TEXT);
        Path link = dir.resolve("link.txt");
        Files.createSymbolicLink(link, file);
        List<DocumentFiles> documents = Corpus.list(List.of(file, dir.resolve("a/./x.txt"),
                dir.resolve("a/../a/x.txt"), file.toAbsolutePath(), link), List.of(), Set.of()).documents();
        assertEquals(List.of(new DocumentFiles(real("a/x.txt"), List.of(file.toRealPath()), List.of())), documents);
    }

    @Test
    void filesGivenOneLanguageEachAreOneDocumentNamedByWhatTheyShare() throws IOException {
        Path ja = write("m-ja.txt", TEXT);
        Path en = write("m-en.txt", TEXT);
        Path other = write("other.txt", TEXT);
        assertEquals(List.of(new DocumentFiles(dir.toRealPath().resolve("m-*.txt").toString(),
                        List.of(ja.toRealPath(), en.toRealPath()), List.of(Language.JA, Language.EN))),
                Corpus.list(List.of(ja, en), List.of(Language.JA, Language.EN), Set.of()).documents());
        assertEquals(List.of(new DocumentFiles(ja.toRealPath() + " + " + other.toRealPath(),
                        List.of(ja.toRealPath(), other.toRealPath()), List.of(Language.EN, Language.JA))),
                Corpus.list(List.of(ja, other), List.of(Language.EN, Language.JA), Set.of()).documents());
        // A folder's files are not paired with languages in the order a listing gives them: its
        // three files are the m-* document (by their names) and other.txt.
        assertEquals(List.of(dir.toRealPath().resolve("m-*.txt").toString(), other.toRealPath().toString()),
                Corpus.list(List.of(dir), List.of(Language.EN, Language.JA, Language.FR), Set.of())
                        .documents().stream().map(DocumentFiles::id).toList());
    }

    @Test
    void foldersContributeOnlyDocumentsNotDataCodeOutputsOrIndexes() throws IOException {
        write("treaty.txt", TEXT);
        write("report.json", "{\"findings\":[]}");
        write("table.txt", "clause\tja\ten\n1\t目的\tObjective\n");
        write("pairs.tsv", "1\tObjective\n");
        write("memory.tmx", "<?xml version=\"1.0\"?><tmx version=\"1.4\"></tmx>");
        write("report.html", "<!DOCTYPE html><html></html>");
        write("untitled", "<!DOCTYPE html>\n<html lang=\"en\"></html>\n");
        write("derive.py", "import sys\n");
        write("run", "#!/bin/sh\necho 1\n");
        write("README.md", "# Notes\n");
        write(".hidden.txt", TEXT);
        write("clausealign-index/segments_3", "\u0000\u0001");
        write("clausealign-index/notes.txt", TEXT);
        write("elsewhere/kept.txt", TEXT);
        write("out/excluded.txt", TEXT);
        Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Corpus.Listing listing = Corpus.list(List.of(dir), List.of(), Set.of(dir.resolve("out")));
        assertEquals(List.of(real("elsewhere/kept.txt"), real("treaty.txt")),
                listing.documents().stream().map(DocumentFiles::id).toList());
        assertEquals(10, listing.unrecognised());
        assertEquals(List.of(), listing.skipped());
    }

    @Test
    void aBrokenLinkInAFolderIsSkippedAndAMissingPathIsBadInput() throws IOException {
        write("good.txt", TEXT);
        Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("moved-away.txt"));
        assertEquals(List.of(new Corpus.Skipped(dir.resolve("gone.txt"), "a broken link")),
                Corpus.list(List.of(dir), List.of(), Set.of()).skipped());
        InputException missing = assertThrows(InputException.class,
                () -> Corpus.list(List.of(dir.resolve("none.txt")), List.of(), Set.of()));
        assertEquals(dir.resolve("none.txt") + ": no such file or folder", missing.getMessage());
    }

    @Test
    void aFolderOfOneFilePerLanguageInDifferentFormatsIsOneDocument() throws IOException {
        copy("formats/moc-ja.pdf", "moc.ja.pdf");
        copy("formats/moc-en.docx", "moc.en.docx");
        copy("formats/moc-fr.html", "moc.fr.html");
        Path root = dir.toRealPath();
        assertEquals(List.of(new DocumentFiles(root.resolve("moc.*").toString(), List.of(root.resolve("moc.ja.pdf"),
                        root.resolve("moc.en.docx"), root.resolve("moc.fr.html")), List.of(Language.JA, Language.EN, Language.FR))),
                Corpus.list(List.of(dir), List.of(), Set.of()).documents());
    }

    @Test
    void foldersContributeWhatTheReadersRecogniseByContentButNotClausealignsOwnPages() throws IOException {
        // Names that say nothing: the content decides.
        copy("formats/udhr-en.pdf", "udhr");
        copy("formats/udhr-fr.docx", "udhr-word.bin");
        copy("formats/cc-by-4.0-en.html", "licence.htm");
        copy("canada/C-16/en.xml", "act.xml");
        write("alignment.html", "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>clausealign: moc-ja.txt, moc-en.txt</title>\n</head>\n<body>\n<h1>moc-ja.txt</h1>\n"
                + "<p class=\"summary\">67 clause groups</p>\n</body>\n</html>\n");
        write("findings.html", "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<title>clausealign report: a.txt</title>\n"
                + "</head>\n<body><p>2 errors</p></body></html>\n");
        write("feed.xml", "<?xml version=\"1.0\"?><rss><channel><title>News</title></channel></rss>");
        write("clauses.csv", "id,en\n1,Objective\n");
        copy("formats/moc-en.pdf", "archive.zip");
        Corpus.Listing listing = Corpus.list(List.of(dir), List.of(), Set.of());
        assertEquals(List.of(real("act.xml"), real("licence.htm"), real("udhr"), real("udhr-word.bin")),
                listing.documents().stream().map(DocumentFiles::id).toList());
        assertEquals(5, listing.unrecognised());
    }
}
