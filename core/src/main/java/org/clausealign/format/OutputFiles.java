package org.clausealign.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.clausealign.InputException;

/** Writes output files whole or not at all: a temporary file beside the target, then a rename. */
public final class OutputFiles {
    private OutputFiles() {}

    /**
     * A temporary file is private to its owner; the output gets the permissions of the file it
     * replaces, or those of a new file (rw-r--r--).
     */
    private static void permitReading(Path temporary, Path target) throws IOException {
        if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temporary, permissions);
    }

    /**
     * Refuses an output file that is one of the inputs, under any spelling: a relative or
     * absolute path, a symbolic link to it, a link to its folder, or a hard link.
     *
     * @param target the file about to be written
     * @param inputs the files the output is made from
     * @throws InputException if the target is one of the inputs
     */
    public static void requireNotAnInput(Path target, List<Path> inputs) {
        if (!Files.exists(target)) {
            // A file that does not exist yet cannot be an input; a dangling link to a missing
            // input is no input either.
            return;
        }
        for (Path input : inputs) {
            boolean same;
            try {
                same = Files.exists(input) && Files.isSameFile(target, input);
            } catch (IOException e) {
                throw new InputException(target.toString(), "cannot be compared with the input " + input
                        + " (" + e.getMessage() + ")", e);
            }
            if (same) {
                throw new InputException(target.toString(), "is the input file " + input
                        + ", which the output would replace; write the output to another file");
            }
        }
    }

    /**
     * Writes a file whole or not at all; a device or pipe is written to directly.
     *
     * @param target the file to write
     * @param content its content, written as UTF-8
     * @throws InputException if the file cannot be written (the target is then left as it was)
     */
    public static void writeAtomically(Path target, String content) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            // A device or pipe (/dev/null, /dev/stdout, a FIFO) cannot be replaced by renaming
            // onto it, and needs no protection from half-written content: write straight to it.
            if (Files.isDirectory(absolute)) {
                throw new InputException(target.toString(), "cannot be written: it is a folder");
            }
            try {
                Files.writeString(absolute, content, StandardCharsets.UTF_8);
                return;
            } catch (IOException e) {
                throw new InputException(target.toString(), "cannot be written (" + e.getMessage() + ")", e);
            }
        }
        if (folder == null || Files.isDirectory(absolute)) {
            throw new InputException(target.toString(), "cannot be written: it is a folder");
        }
        if (!Files.isDirectory(folder)) {
            throw new InputException(target.toString(), "cannot be written: its folder does not exist");
        }
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            permitReading(temporary, absolute);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            InputException failure = new InputException(target.toString(), "cannot be written (" + e.getMessage() + ")", e);
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException cleanup) {
                    failure.addSuppressed(cleanup);
                }
            }
            throw failure;
        }
    }
}
