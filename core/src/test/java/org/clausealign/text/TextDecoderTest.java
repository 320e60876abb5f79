package org.clausealign.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clausealign.InputException;
import org.clausealign.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextDecoderTest {
    private static final String JAPANESE = "日本国経済産業省、日本国外務省、カナダ産業省及びカナダ天然資源省の間の"
            + "バッテリーサプライチェーンに関する協力覚書。全ての当事者は、本協力覚書に関して、以下の連絡部局を指定する。\n";

    @TempDir
    Path dir;

    private SourceText decode(byte[] bytes) {
        return TextDecoder.decode(bytes, "input.txt", null);
    }

    @Test
    void readsUtf8WithAndWithoutByteOrderMark() {
        byte[] plain = JAPANESE.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        assertEquals(JAPANESE, decode(plain).text());
        assertEquals(JAPANESE, decode(bom).text());
        assertEquals(StandardCharsets.UTF_8, decode(bom).charset());
    }

    @Test
    void readsUtf16WithByteOrderMark() {
        byte[] le = ("\uFEFF" + JAPANESE).getBytes(StandardCharsets.UTF_16LE);
        byte[] be = ("\uFEFF" + JAPANESE).getBytes(StandardCharsets.UTF_16BE);
        assertEquals(JAPANESE, decode(le).text());
        assertEquals(JAPANESE, decode(be).text());
    }

    @Test
    void detectsShiftJisAndEucJp() {
        SourceText sjis = decode(JAPANESE.getBytes(Charset.forName("Shift_JIS")));
        assertEquals(JAPANESE, sjis.text());
        assertEquals("windows-31j", sjis.charset().name());
        SourceText euc = decode(JAPANESE.getBytes(Charset.forName("EUC-JP")));
        assertEquals(JAPANESE, euc.text());
        assertEquals("EUC-JP", euc.charset().name());
    }

    @Test
    void forcedEncodingIsUsedAndCheckedStrictly() {
        byte[] sjis = JAPANESE.getBytes(Charset.forName("Shift_JIS"));
        assertEquals(JAPANESE, TextDecoder.decode(sjis, "a.txt", Charset.forName("Shift_JIS")).text());
        InputException e = assertThrows(InputException.class,
                () -> TextDecoder.decode(sjis, "a.txt", StandardCharsets.UTF_8));
        assertEquals("a.txt: is not valid UTF-8 text", e.getMessage());
    }

    @Test
    void aReplacementCharacterWrittenInUtf8IsKeptAndAnyInvalidByteIsNeverReplaced() {
        // U+FFFD written in the file is text like any other: still UTF-8, the character kept.
        String withReplacement = "Article 1 \uFFFD the Parties shall cooperate.\n";
        SourceText kept = decode(withReplacement.getBytes(StandardCharsets.UTF_8));
        assertEquals(withReplacement, kept.text());
        assertEquals(StandardCharsets.UTF_8, kept.charset());
        // One byte that is not UTF-8 (é in windows-1252) makes the whole file another encoding,
        // even beside a U+FFFD: nothing is silently replaced.
        byte[] latin = "Le présent protocole d'entente entre en vigueur à la date de sa signature.\n"
                .getBytes(Charset.forName("windows-1252"));
        assertEquals("windows-1252", decode(latin).charset().name());
        byte[] mixed = new byte[latin.length + 3];
        System.arraycopy(latin, 0, mixed, 0, latin.length);
        mixed[latin.length] = (byte) 0xEF;
        mixed[latin.length + 1] = (byte) 0xBF;
        mixed[latin.length + 2] = (byte) 0xBD;
        InputException e = assertThrows(InputException.class, () -> TextDecoder.decode(mixed, "a.txt", StandardCharsets.UTF_8));
        assertEquals("a.txt: is not valid UTF-8 text", e.getMessage());
        // A surrogate encoded in three bytes is not UTF-8 either.
        byte[] surrogate = {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'};
        assertThrows(InputException.class, () -> TextDecoder.decode(surrogate, "b.txt", StandardCharsets.UTF_8));
    }

    @Test
    void keepsCrLfAndCrLineEndsForOffsets() {
        assertEquals("a\r\nb\rc\n", decode("a\r\nb\rc\n".getBytes(StandardCharsets.UTF_8)).text());
        assertEquals(3, Lines.of("a\r\nb\rc\n").size());
        assertEquals(3, Lines.of("a\r\nb\rc\n").get(1).start());
    }

    @Test
    void refusesEmptyFiles() {
        assertEquals("input.txt: is empty", assertThrows(InputException.class, () -> decode(new byte[0])).getMessage());
        assertEquals("input.txt: is empty (it holds only white space)",
                assertThrows(InputException.class, () -> decode(" \n\t\n".getBytes(StandardCharsets.UTF_8))).getMessage());
    }

    @Test
    void refusesBinaryFiles() {
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertEquals("input.txt: is a binary file, not text",
                assertThrows(InputException.class, () -> decode(binary)).getMessage());
    }

    @Test
    void refusesFilesOverTheSizeLimitBeforeReadingThem() throws IOException {
        Path large = dir.resolve("large.txt");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(TextDecoder.MAX_BYTES + 1);
        }
        InputException e = assertThrows(InputException.class, () -> TextDecoder.read(large, null));
        assertEquals(large + ": is 32.0 MB, larger than the 32 MB limit for one file", e.getMessage());
    }

    @Test
    void namesMissingFilesAndFolders() {
        Path missing = dir.resolve("missing.txt");
        assertEquals(missing + ": no such file",
                assertThrows(InputException.class, () -> TextDecoder.read(missing, null)).getMessage());
        assertEquals(dir + ": is a folder, not a file",
                assertThrows(InputException.class, () -> TextDecoder.read(dir, null)).getMessage());
    }

    @Test
    void readsAFileFromDisk() throws IOException {
        Path file = dir.resolve("moc.txt");
        Files.writeString(file, JAPANESE, StandardCharsets.UTF_8);
        SourceText source = TextDecoder.read(file, null);
        assertEquals(file.toString(), source.name());
        assertEquals(JAPANESE, source.text());
    }
}
