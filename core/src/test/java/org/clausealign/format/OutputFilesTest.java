package org.clausealign.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.clausealign.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {
    @TempDir
    Path dir;

    @Test
    void replacesAFileWholeAndLeavesNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("out.json"), "old");
        OutputFiles.writeAtomically(target, "new content");
        assertEquals("new content", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aNewFileIsReadableByOthers() throws IOException {
        Path target = dir.resolve("new.html");
        OutputFiles.writeAtomically(target, "<p>");
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void devicesAreWrittenToNotReplaced() {
        Path devNull = Path.of("/dev/null");
        OutputFiles.writeAtomically(devNull, "discarded");
        assertTrue(!Files.isRegularFile(devNull) && Files.exists(devNull), "/dev/null is still a device");
    }

    @Test
    void aMissingFolderIsReported() {
        Path target = dir.resolve("missing/out.json");
        InputException e = assertThrows(InputException.class, () -> OutputFiles.writeAtomically(target, "x"));
        assertEquals(target + ": cannot be written: its folder does not exist", e.getMessage());
    }
}
