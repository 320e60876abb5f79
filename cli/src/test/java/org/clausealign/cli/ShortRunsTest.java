package org.clausealign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ShortRunsTest {
    @Test
    void inputsBelowTheThresholdRunOnC1AloneAndLargerOnesOnBothCompilers() {
        assertEquals(List.of("-XX:TieredStopAtLevel=1"), ShortRuns.jvmOptions(0));
        assertEquals(List.of("-XX:TieredStopAtLevel=1"), ShortRuns.jvmOptions(10L * 1024 * 1024));
        assertEquals(List.of("-XX:TieredStopAtLevel=1"), ShortRuns.jvmOptions(32L * 1024 * 1024 - 1));
        assertEquals(List.of(), ShortRuns.jvmOptions(32L * 1024 * 1024));
        assertEquals(List.of(), ShortRuns.jvmOptions(5L * 1024 * 1024 * 1024));
    }

    @Test
    void theLauncherChoosesByTheSameThreshold() throws IOException {
        // The tests run in the cli module; the launcher is at the project's root.
        String launcher = Files.readString(Path.of("..", "clausealign"));
        Matcher threshold = Pattern.compile("(?m)^short_run_kib=([0-9]+)$").matcher(launcher);
        assertTrue(threshold.find(), "the launcher sets short_run_kib");
        assertEquals(ShortRuns.BYTES, Long.parseLong(threshold.group(1)) * 1024);
        assertTrue(launcher.contains("jit=(" + ShortRuns.C1_ALONE + ")"), "the launcher's C1 option is ShortRuns.C1_ALONE");
    }
}
