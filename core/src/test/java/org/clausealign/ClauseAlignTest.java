package org.clausealign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.clausealign.lang.Language;
import org.clausealign.text.TextDecoder;
import org.junit.jupiter.api.Test;

/** The entry point's input errors, each with its exact message. */
class ClauseAlignTest {
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path folder;

    @Test
    void ofSeveralBadFilesTheFirstNamedIsReported() throws Exception {
        // Files are read in parallel; the error must not depend on which finishes first.
        java.nio.file.Path binary = java.nio.file.Files.write(folder.resolve("a.bin"), new byte[] {0, 1, 2, 3, 0, 0});
        java.nio.file.Path empty = java.nio.file.Files.write(folder.resolve("b.txt"), new byte[0]);
        for (int run = 0; run < 20; run++) {
            InputException e = assertThrows(InputException.class, () -> ClauseAlign.read(List.of(binary, empty, TestData.path(
                    "udhr/fr.txt")), ReadOptions.DEFAULTS.withLanguages(List.of(Language.EN, Language.JA, Language.FR))));
            assertEquals(binary.toString(), e.getMessage().substring(0, binary.toString().length()));
        }
    }

    @Test
    void twoFilesInOneLanguageAreRefused() {
        InputException e = assertThrows(InputException.class, () -> ClauseAlign.read(
                List.of(TestData.path("moc/moc-en.txt"), TestData.path("udhr/en.txt")), ReadOptions.DEFAULTS));
        assertEquals(TestData.path("udhr/en.txt") + ": holds en text, and so does " + TestData.path("moc/moc-en.txt")
                + "; give each language once", e.getMessage());
    }

    @Test
    void aLanguageCountThatDoesNotMatchTheFilesIsRefused() {
        InputException e = assertThrows(InputException.class, () -> ClauseAlign.read(
                List.of(TestData.path("moc/moc-en.txt"), TestData.path("moc/moc-fr.txt")),
                ReadOptions.DEFAULTS.withLanguages(List.of(Language.EN))));
        assertEquals(TestData.path("moc/moc-en.txt") + ": --lang names 1 language for 2 files; give one language per file, "
                + "in order", e.getMessage());
    }

    @Test
    void bytesNoKnownEncodingReadsAreRefused() {
        // Bytes that are not UTF-8, and that Shift_JIS, EUC-JP and windows-1252 leave undefined.
        byte[] bytes = new byte[600];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) new int[] {0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xA0, 0xFD, 0xFE, 0xFF}[i % 9];
        }
        InputException e = assertThrows(InputException.class, () -> TextDecoder.decode(bytes, "odd.txt", null));
        assertEquals("odd.txt: is in an encoding clausealign cannot recognise; give it with --encoding", e.getMessage());
    }
}
