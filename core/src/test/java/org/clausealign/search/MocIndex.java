package org.clausealign.search;

import org.clausealign.ClauseAlign;
import org.clausealign.TestData;

/**
 * The bundled MOC indexed in memory, once per test run, for the tests that only search it (reading,
 * aligning and indexing it again in each test class would repeat the same work).
 */
final class MocIndex {
    private static ClauseIndex shared;

    private MocIndex() {}

    /** @return the in-memory index holding the MOC as document "moc", committed; searched only, never closed */
    static synchronized ClauseIndex shared() {
        if (shared == null) {
            shared = ClauseIndex.inMemory();
            shared.add("moc", ClauseAlign.align(ClauseAlign.read(TestData.moc())));
            shared.commit();
        }
        return shared;
    }
}
