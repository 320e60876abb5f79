package org.clausealign.check;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.clausealign.lang.Language;

/**
 * One place where the versions may not say the same thing.
 *
 * @param check the id of the check that found it, e.g. "number"
 * @param severity how much it matters
 * @param group the clause group's id, e.g. "2.c.vii"
 * @param label the group's citation label, e.g. "2(c)(vii)"
 * @param languages the versions involved
 * @param evidence what each involved version has there (the text, or the items compared)
 * @param message one sentence a translator understands
 */
public record Finding(String check, Severity severity, String group, String label, List<Language> languages,
        Map<Language, String> evidence, String message) {
    /** Copies the collections so that the value stays immutable. */
    public Finding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        languages = List.copyOf(languages);
        evidence = Map.copyOf(evidence);
    }
}
