package org.clausealign.text;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.clausealign.InputException;
import org.clausealign.SourceText;

/**
 * Turns the bytes of a file into a {@link SourceText}: byte order marks first, then strict UTF-8,
 * then ICU4J's {@link CharsetDetector} for the legacy Japanese encodings (Shift_JIS, EUC-JP) and
 * Latin-1 texts.
 *
 * <p>Refuses, with an {@link InputException}, files over {@link #MAX_BYTES}, empty files, binary
 * files and bytes that are not valid in the forced or detected encoding.
 */
public final class TextDecoder {
    /** The largest file clausealign reads: 32 MiB, far above any single legal text. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;

    /** A control character share above this marks a file as binary. */
    private static final double MAX_CONTROL_SHARE = 0.02;

    private TextDecoder() {}

    /**
     * Reads and decodes a file.
     *
     * @param path the file
     * @param forced the encoding to use, or null to detect it
     * @return the decoded text, named by the path as given
     * @throws InputException if the file cannot be read or is not usable text
     */
    public static SourceText read(Path path, Charset forced) {
        String name = path.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                throw new InputException(name, "is a folder, not a file");
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new InputException(name, String.format(Locale.ROOT,
                        "is %.1f MB, larger than the %d MB limit for one file",
                        size / 1048576.0, MAX_BYTES / 1048576));
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputException(name, "no such file", e);
        } catch (IOException e) {
            throw new InputException(name, "cannot be read (" + e.getMessage() + ")", e);
        }
        return decode(bytes, name, forced);
    }

    /**
     * Decodes bytes already in memory.
     *
     * @param bytes the raw bytes
     * @param name the name used in messages and kept in the result
     * @param forced the encoding to use, or null to detect it
     * @return the decoded text
     * @throws InputException if the bytes are not usable text
     */
    public static SourceText decode(byte[] bytes, String name, Charset forced) {
        if (bytes.length > MAX_BYTES) {
            throw new InputException(name, "is larger than the " + MAX_BYTES / 1048576 + " MB limit for one file");
        }
        if (bytes.length == 0) {
            throw new InputException(name, "is empty");
        }
        Charset bomCharset = bomCharset(bytes);
        int bomLength = bomCharset == null ? 0 : bomCharset == StandardCharsets.UTF_8 ? 3 : 2;
        Charset charset = forced != null ? forced : bomCharset;
        String text;
        if (charset == null) {
            if (hasNul(bytes)) {
                throw new InputException(name, "is a binary file, not text");
            }
            Decoded detected = detect(bytes, name);
            charset = detected.charset();
            text = detected.text();
        } else {
            text = decodeStrictly(bytes, bomCharset != null && bomCharset.equals(charset) ? bomLength : 0, charset, name);
        }
        if (text.isBlank()) {
            throw new InputException(name, "is empty (it holds only white space)");
        }
        if (controlShare(text) > MAX_CONTROL_SHARE) {
            throw new InputException(name, "is a binary file, not text");
        }
        return new SourceText(name, text, charset);
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** Bytes decoded in the encoding that decodes them. */
    private record Decoded(Charset charset, String text) {}

    /**
     * The encoding of bytes without a byte order mark, with the text it gives: UTF-8 if they are
     * valid UTF-8, as most files are (one strict decoding both tells and decodes them), otherwise
     * the first of ICU's detector's guesses that decodes them.
     */
    private static Decoded detect(byte[] bytes, String name) {
        String utf8 = decodedOrNull(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(StandardCharsets.UTF_8, utf8);
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            Charset candidate = javaCharset(match.getName());
            String text = candidate == null ? null : decodedOrNull(bytes, 0, candidate);
            if (text != null) {
                return new Decoded(candidate, text);
            }
        }
        throw new InputException(name, "is in an encoding clausealign cannot recognise; give it with --encoding");
    }

    /** Maps ICU's detector names to the Java charsets that decode them, preferring supersets. */
    private static Charset javaCharset(String icuName) {
        return switch (icuName) {
            // windows-31j is Microsoft's Shift_JIS, which also holds the circled digits and
            // NEC row-13 symbols that Japanese legal texts use.
            case "Shift_JIS" -> Charset.forName("windows-31j");
            case "EUC-JP" -> Charset.forName("EUC-JP");
            case "ISO-2022-JP" -> Charset.forName("ISO-2022-JP");
            case "ISO-8859-1", "windows-1252" -> Charset.forName("windows-1252");
            // UTF-16 without a byte order mark is not guessed: almost any bytes decode as UTF-16,
            // into characters that look like Chinese.
            default -> null;
        };
    }

    /** @return the bytes from offset on, decoded strictly, or null if they are not valid in the charset */
    private static String decodedOrNull(byte[] bytes, int offset, Charset charset) {
        try {
            return strictly(bytes, offset, charset);
        } catch (CharacterCodingException e) {
            // Not this charset: the caller tries another or says so.
            return null;
        }
    }

    private static String decodeStrictly(byte[] bytes, int offset, Charset charset, String name) {
        try {
            return strictly(bytes, offset, charset);
        } catch (CharacterCodingException e) {
            throw new InputException(name, "is not valid " + charset.displayName(Locale.ROOT) + " text", e);
        }
    }

    /**
     * @return the bytes from offset on, decoded with nothing replaced
     * @throws CharacterCodingException if they are not valid in the charset
     */
    private static String strictly(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        if (charset.equals(StandardCharsets.UTF_8)) {
            // The String constructor's decoding is the JDK's fastest; it replaces what is not
            // UTF-8 with U+FFFD, so a text without that character was valid throughout.
            String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return text;
            }
        }
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }

    private static double controlShare(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        return (double) controls / text.length();
    }
}
