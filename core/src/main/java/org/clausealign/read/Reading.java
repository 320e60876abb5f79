package org.clausealign.read;

import java.util.List;
import java.util.Objects;
import org.clausealign.SourceText;
import org.clausealign.clause.LanguageVersion;

/**
 * What a reader gives: text for the clause splitter, or clauses read straight from markup.
 */
public sealed interface Reading {
    /**
     * Text to split into clauses, with where each stretch of it came from.
     *
     * @param source the text, as the splitter reads a plain text file
     * @param origins where each offset of the text came from ("page 3", "paragraph 12", an element id)
     */
    record Text(SourceText source, Origins origins) implements Reading {
        /** Checks that no component is null. */
        public Text {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(origins, "origins");
        }
    }

    /**
     * Clauses taken from the markup itself, as in legislative XML where every provision is an element.
     *
     * @param versions the language versions the file holds
     */
    record Clauses(List<LanguageVersion> versions) implements Reading {
        /** Copies the list so that the value stays immutable. */
        public Clauses {
            versions = List.copyOf(versions);
        }
    }
}
