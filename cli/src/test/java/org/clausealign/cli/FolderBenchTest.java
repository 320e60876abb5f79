package org.clausealign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FolderBenchTest {
    @Test
    void aToolsMedianTakesItsSecondsAndCpuSecondsEachOnTheirOwnAndItsLargestHeap() {
        // The run of median seconds (2.0) is not the run of median CPU seconds (7.0).
        List<FolderBench.Run> runs = List.of(new FolderBench.Run(3.0, 5.0, 40, Map.of("text_en", 7L)),
                new FolderBench.Run(1.0, 7.0, 70, Map.of("text_en", 8L)),
                new FolderBench.Run(2.0, 9.0, 50, Map.of("text_en", 9L)));
        assertEquals(new FolderBench.Run(2.0, 7.0, 70, Map.of("text_en", 7L)), FolderBench.median(runs));
    }

    @Test
    void anEvenNumberOfRunsGivesTheMeanOfTheMiddleTwo() {
        List<FolderBench.Run> runs = List.of(new FolderBench.Run(4.0, 1.0, 10, Map.of()),
                new FolderBench.Run(2.0, 3.0, 10, Map.of()));
        assertEquals(new FolderBench.Run(3.0, 2.0, 10, Map.of()), FolderBench.median(runs));
    }

    @Test
    void oneRunIsItsOwnMedian() {
        FolderBench.Run run = new FolderBench.Run(8.6, 15.4, 39 << 20, Map.of("bigram_ja", 762_788L));
        assertEquals(run, FolderBench.median(List.of(run)));
    }
}
