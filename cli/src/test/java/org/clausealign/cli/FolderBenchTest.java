package org.clausealign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FolderBenchTest {
    @Test
    void repeatedRunsGiveTheMedianTimesTheLargestHeapAndTellEachRun() throws InterruptedException {
        Iterator<FolderBench.Run> runs = List.of(new FolderBench.Run(3.0, 5.0, 40, Map.of("text_en", 7L)),
                new FolderBench.Run(1.0, 9.0, 70, Map.of("text_en", 7L)),
                new FolderBench.Run(2.0, 7.0, 50, Map.of("text_en", 7L))).iterator();
        List<String> told = new ArrayList<>();
        FolderBench.Run median = new FolderBench.Repeated(3, told::add).median("moc 10 MB: plain Lucene", runs::next);
        // Seconds and CPU seconds each their own median, not the same run's.
        assertEquals(new FolderBench.Run(2.0, 7.0, 70, Map.of("text_en", 7L)), median);
        assertEquals(List.of("moc 10 MB: plain Lucene, run 1 of 3", "moc 10 MB: plain Lucene, run 2 of 3",
                "moc 10 MB: plain Lucene, run 3 of 3"), told);
    }

    @Test
    void anEvenNumberOfRunsGivesTheMeanOfTheMiddleTwo() throws InterruptedException {
        Iterator<FolderBench.Run> runs = List.of(new FolderBench.Run(4.0, 1.0, 10, Map.of()),
                new FolderBench.Run(2.0, 3.0, 10, Map.of())).iterator();
        List<String> told = new ArrayList<>();
        assertEquals(new FolderBench.Run(3.0, 2.0, 10, Map.of()),
                new FolderBench.Repeated(2, told::add).median("mixed 50 MB: clausealign index", runs::next));
        assertEquals(2, told.size());
    }
}
