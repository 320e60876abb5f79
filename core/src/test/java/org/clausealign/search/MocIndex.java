package org.clausealign.search;

import org.clausealign.ClauseAlign;
import org.clausealign.TestData;

/** The bundled MOC indexed in memory, for tests that search it. */
final class MocIndex {
    private MocIndex() {}

    /** @return a new in-memory index holding the MOC as document "moc", committed */
    static ClauseIndex open() {
        ClauseIndex index = ClauseIndex.inMemory();
        index.add("moc", ClauseAlign.align(ClauseAlign.read(TestData.moc())));
        index.commit();
        return index;
    }
}
