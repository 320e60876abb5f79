package org.clausealign.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.clausealign.InputException;

/**
 * Checks a zip container (a .docx) before a library unpacks it: its entries must expand to no more
 * than {@link #MAX_EXPANDED} bytes in all, counted while inflating rather than trusting the sizes the
 * zip declares, so that a zip bomb is refused without filling memory or disk.
 */
final class Zips {
    /** The most a Word file may expand to: 256 MiB, far above the XML of any legal text. */
    static final long MAX_EXPANDED = 256L * 1024 * 1024;

    private Zips() {}

    /**
     * @param path a file that starts like a zip
     * @param entry an entry name such as {@code word/document.xml}
     * @return whether the zip's directory names that entry (false for a corrupt zip)
     */
    static boolean holds(Path path, String entry) {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            return zip.getEntry(entry) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Inflates every entry once, counting bytes, and checks that the zip holds {@code required}.
     *
     * @param bytes the zip
     * @param name the file name for messages
     * @param required the entry the format needs
     * @param kind what the file should be, for messages ("Word file")
     * @throws InputException if the zip is corrupt, truncated, expands too far or lacks the entry
     */
    static void check(byte[] bytes, String name, String required, String kind) {
        long total = 0;
        boolean found = false;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                found |= entry.getName().equals(required);
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    total += n;
                    if (total > MAX_EXPANDED) {
                        throw new InputException(name, "expands to more than " + MAX_EXPANDED / 1048576
                                + " MB when unzipped, past the limit for one " + kind + " (is it a zip bomb?)");
                    }
                }
            }
        } catch (IOException e) {
            throw corrupt(name, kind, e);
        }
        if (!found || !hasCentralDirectory(bytes)) {
            if (found) {
                throw corrupt(name, kind, null);
            }
            throw new InputException(name, "is a zip file but not a " + kind + " (it holds no " + required + ")");
        }
    }

    /** A zip cut short loses its central directory at the end, though its first entries still inflate. */
    private static boolean hasCentralDirectory(byte[] bytes) {
        int from = Math.max(0, bytes.length - 65_557);
        for (int i = bytes.length - 22; i >= from; i--) {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 5 && bytes[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    /** @return the refusal of a zip that cannot be unpacked */
    static InputException corrupt(String name, String kind, Exception cause) {
        return new InputException(name, "is not a readable " + kind + " (it is corrupt or truncated)", cause);
    }

    /** @return a stream over the bytes, for libraries that read streams */
    static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
