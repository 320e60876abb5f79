package org.clausealign.search;

import java.nio.file.Path;
import java.util.List;
import org.clausealign.ClauseAlign;
import org.clausealign.lang.Language;

/**
 * A child process for {@link CrashSafetyTest}: indexes documents of two clauses each into the
 * folder it is given, commits every ten, says so on standard output, and never stops by itself.
 */
public final class CrashingIndexer {
    private CrashingIndexer() {}

    /** @param args the index folder */
    public static void main(String[] args) {
        try (ClauseIndex index = ClauseIndex.open(Path.of(args[0]))) {
            for (int d = 0; ; d++) {
                index.add("doc" + d, ClauseAlign.align(ClauseAlign.parse(
                        "1. Objective\n(a) Cooperation number " + d + " on cobalt.\n", "doc", List.of(Language.EN))));
                if (d % 10 == 9) {
                    index.commit();
                    System.out.println("committed " + (d + 1));
                    System.out.flush();
                }
            }
        }
    }
}
