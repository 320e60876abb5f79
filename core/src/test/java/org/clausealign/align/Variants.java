package org.clausealign.align;

import java.util.ArrayList;
import java.util.List;
import org.clausealign.clause.Clause;
import org.clausealign.clause.LanguageVersion;
import org.clausealign.clause.ParallelDocument;
import org.clausealign.lang.Language;

/** Changed copies of a split document, for tests of what the alignment and the checks make of them. */
public final class Variants {
    private Variants() {}

    /**
     * @param document a split document
     * @param language the version to change
     * @param first a clause id of that version
     * @param second another clause id of that version
     * @return the document with the texts of the two clauses exchanged, their ids and labels kept
     */
    public static ParallelDocument swapped(ParallelDocument document, Language language, String first, String second) {
        List<LanguageVersion> versions = new ArrayList<>();
        for (LanguageVersion version : document.versions()) {
            if (version.language() != language) {
                versions.add(version);
                continue;
            }
            Clause x = version.clause(first).orElseThrow();
            Clause y = version.clause(second).orElseThrow();
            List<Clause> clauses = new ArrayList<>();
            for (Clause c : version.clauses()) {
                Clause text = c == x ? y : c == y ? x : c;
                clauses.add(new Clause(c.id(), c.label(), c.kind(), c.marker(), text.text(), text.normalized(), c.start(),
                        c.end(), c.caption(), c.origin()));
            }
            versions.add(new LanguageVersion(language, version.source(), clauses));
        }
        return new ParallelDocument(versions);
    }
}
