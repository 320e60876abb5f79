package org.clausealign.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.clausealign.InputException;
import org.clausealign.ReadOptions;
import org.clausealign.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatTest {
    @TempDir
    Path dir;

    @Test
    void recognisesEachFormatByContentWhateverTheFileIsCalled() throws IOException {
        Path pdf = Files.copy(TestData.path("formats/moc-fr-word.pdf"), dir.resolve("moc.txt"));
        Path docx = Files.copy(TestData.path("formats/moc-en.docx"), dir.resolve("moc.bin"));
        Path html = Files.copy(TestData.path("formats/moc-ja.html"), dir.resolve("page"));
        Path xml = Files.copy(TestData.path("canada/C-16/fr.xml"), dir.resolve("act.txt"));
        Path text = Files.copy(TestData.path("moc/moc-ja-sjis-crlf.txt"), dir.resolve("moc.pdf"));
        assertEquals(Optional.of(Format.PDF), Format.of(pdf));
        assertEquals(Optional.of(Format.DOCX), Format.of(docx));
        assertEquals(Optional.of(Format.HTML), Format.of(html));
        assertEquals(Optional.of(Format.JUSTICE_LAWS_XML), Format.of(xml));
        assertEquals(Optional.of(Format.TEXT), Format.of(text));
    }

    @Test
    void filesClausealignCannotReadAreNotRecognised() throws IOException {
        Path png = Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Path zip = Files.write(dir.resolve("notes.zip"), Docx.zip(java.util.Map.of("a.txt", "hello")));
        Path doc = Files.write(dir.resolve("old.doc"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
            (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});
        assertFalse(Readers.recognises(png));
        assertFalse(Readers.recognises(zip));
        assertFalse(Readers.recognises(doc));
        assertFalse(Readers.recognises(dir));
        assertTrue(Readers.recognises(TestData.path("formats/udhr-en.docx")));
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> Readers.read(doc, ReadOptions.DEFAULTS));
        assertEquals(doc + ": is an Office 97–2003 file (.doc); save it as .docx or PDF and read that", e.getMessage());
    }

    @Test
    void anXmlFileOfAnotherKindIsReadAsText() {
        byte[] xml = "<?xml version=\"1.0\"?><note>Article 1. Text.</note>".getBytes(StandardCharsets.UTF_8);
        assertEquals(Format.TEXT, Format.of(xml));
    }
}
