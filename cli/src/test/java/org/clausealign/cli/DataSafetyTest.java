package org.clausealign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands never destroy the user's files, and never pass when nothing was compared. */
class DataSafetyTest {
    @TempDir
    Path dir;

    private Path copy(String fixture, String name) throws IOException {
        return Files.copy(Path.of(CliRun.testdata(fixture)), dir.resolve(name));
    }

    @Test
    void anOutputNamingAnInputIsRefusedAndTheInputKept() throws IOException {
        Path ja = copy("moc/moc-ja.txt", "my-ja.txt");
        Path en = copy("moc/moc-en.txt", "my-en.txt");
        Path fr = copy("moc/moc-fr.txt", "my-fr.txt");
        String english = Files.readString(en);
        for (String command : new String[] {"split", "align", "report"}) {
            CliRun run = CliRun.of(command, ja.toString(), en.toString(), fr.toString(), "-o", en.toString());
            assertEquals(2, run.status(), command + ": " + run.err());
            assertEquals("clausealign: " + en + ": is the input file " + en
                    + ", which the output would replace; write the output to another file\n", run.err(), command);
        }
        CliRun diff = CliRun.of("diff", "--old", ja.toString(), en.toString(), "--new", ja.toString(), fr.toString(),
                "-o", en.toString());
        assertEquals(2, diff.status(), "diff: " + diff.err());
        assertEquals("clausealign: " + en + ": is the input file " + en
                + ", which the output would replace; write the output to another file\n", diff.err(), "diff");
        assertEquals(english, Files.readString(en));
    }

    @Test
    void anOutputReachingAnInputThroughALinkOrAnotherSpellingIsRefused() throws IOException {
        Path en = copy("moc/moc-en.txt", "my-en.txt");
        Path fr = copy("moc/moc-fr.txt", "my-fr.txt");
        Path link = Files.createSymbolicLink(dir.resolve("latest.txt"), en);
        Path folderLink = Files.createSymbolicLink(dir.resolve("docs"), dir);
        String english = Files.readString(en);
        for (Path out : new Path[] {link, folderLink.resolve("my-en.txt"), dir.resolve("sub/../my-en.txt")}) {
            Files.createDirectories(dir.resolve("sub"));
            CliRun run = CliRun.of("split", en.toString(), fr.toString(), "-o", out.toString());
            assertEquals(2, run.status(), out + ": " + run.err());
            assertTrue(run.err().contains("is the input file " + en), run.err());
        }
        CliRun glossary = CliRun.of("report", en.toString(), fr.toString(), "--glossary", en.toString(), "-o", en.toString());
        assertEquals(2, glossary.status(), glossary.err());
        assertEquals(english, Files.readString(en));
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void anIndexGoesOnlyIntoANewOrEmptyFolderOrAnExistingIndex() throws IOException {
        Path documents = Files.createDirectories(dir.resolve("Documents"));
        Path letter = Files.writeString(documents.resolve("letter.txt"), "Dear Sir,");
        String moc = CliRun.testdata("moc/moc-en.txt");
        CliRun refused = CliRun.of("index", moc, "--index", documents.toString());
        assertEquals(2, refused.status(), refused.err());
        assertEquals("clausealign: " + documents + ": holds files that are not an index (letter.txt); give --index a new"
                + " or empty folder, or one that already holds a clausealign index\n", refused.err());
        try (Stream<Path> files = Files.list(documents)) {
            assertEquals(java.util.List.of(letter), files.toList());
        }
        CliRun aFile = CliRun.of("index", moc, "--index", letter.toString());
        assertEquals(2, aFile.status(), aFile.err());
        assertTrue(aFile.err().contains("is a file, not an index folder"), aFile.err());

        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertEquals(0, CliRun.of("index", moc, "--index", empty.toString()).status());
        CliRun again = CliRun.of("index", moc, "--index", empty.toString());
        assertEquals(0, again.status(), again.err());
        assertEquals(0, CliRun.of("index", moc, "--index", dir.resolve("new/index").toString()).status());
    }

    @Test
    void theDemoLeavesNoTemporaryFolderBehind() throws IOException {
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        long before = demoFolders(temporary);
        Path page = dir.resolve("demo.html");
        CliRun run = CliRun.of("demo", "--html", page.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(before, demoFolders(temporary));
        assertTrue(Files.readString(page).contains("FOIP"));
        assertTrue(run.out().contains("side by side: " + page.toUri()), run.out());
    }

    private static long demoFolders(Path temporary) throws IOException {
        try (Stream<Path> files = Files.list(temporary)) {
            return files.filter(p -> p.getFileName().toString().startsWith("clausealign-demo")).count();
        }
    }

    @Test
    void aReportOnOneVersionIsAnErrorNamingTheVersionFound() {
        String en = CliRun.testdata("moc/moc-en.txt");
        CliRun run = CliRun.of("report", en, "--fail-on", "warning");
        assertEquals(2, run.status(), run.out());
        assertEquals("clausealign: " + en + ": holds only the en version, and a report compares two versions or more;"
                + " give the other versions too (one file holding them all, or one file per version)\n", run.err());
        assertFalse(run.out().contains("No discrepancies"), run.out());
    }

    @Test
    void languagesGivenInTheWrongOrderAreRefusedNamingFileAndLanguage() {
        String en = CliRun.testdata("moc/moc-en.txt");
        CliRun run = CliRun.of("report", CliRun.testdata("moc/moc-ja.txt"), en, CliRun.testdata("moc/moc-fr.txt"),
                "--lang", "ja,fr,en");
        assertEquals(2, run.status(), run.out());
        assertEquals("clausealign: " + en + ": is en text, but the languages given say fr; give one language per file,"
                + " in the order of the files\n", run.err());
    }
}
