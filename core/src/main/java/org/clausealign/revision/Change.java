package org.clausealign.revision;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.clausealign.lang.Language;

/**
 * One clause of a text across two revisions, in every language version.
 *
 * @param old the clause in the old revision, or null if it was added
 * @param revised the clause in the new revision, or null if it was deleted
 * @param status what happened to the clause, all versions taken together: a change in any
 *     version's text makes it {@code MODIFIED} (or {@code ADDED}, {@code DELETED} where every
 *     version that has it agrees)
 * @param languages what happened in each version, in the document's language order; a version
 *     that has the clause in neither revision is {@code UNCHANGED}
 * @param stale the versions whose text did not change where another version's did: the
 *     translations to update
 * @param redline each version's text, word by word, from the old revision to the new; a
 *     version with the clause in neither revision is absent
 */
public record Change(ClauseRef old, ClauseRef revised, ChangeStatus status, Map<Language, ChangeStatus> languages,
        List<Language> stale, Map<Language, List<Edit>> redline) {
    /** Copies the collections, keeping their order, so that the value stays immutable. */
    public Change {
        if (old == null && revised == null) {
            throw new IllegalArgumentException("a change needs an old or a new clause");
        }
        Objects.requireNonNull(status, "status");
        languages = Collections.unmodifiableMap(new LinkedHashMap<>(languages));
        stale = List.copyOf(stale);
        Map<Language, List<Edit>> copy = new LinkedHashMap<>();
        redline.forEach((language, edits) -> copy.put(language, List.copyOf(edits)));
        redline = Collections.unmodifiableMap(copy);
    }

    /**
     * {@return the version's text in the old revision, "" if it had none}
     *
     * @param language a version's language
     */
    public String oldText(Language language) {
        return text(language, Edit.Op.INSERT);
    }

    /**
     * {@return the version's text in the new revision, "" if it has none}
     *
     * @param language a version's language
     */
    public String newText(Language language) {
        return text(language, Edit.Op.DELETE);
    }

    /**
     * {@return whether the version's text differs between the revisions (added and deleted
     *     clauses included)}
     *
     * @param language a version's language
     */
    public boolean textChanged(Language language) {
        return redline.getOrDefault(language, List.of()).stream().anyMatch(edit -> edit.op() != Edit.Op.EQUAL);
    }

    private String text(Language language, Edit.Op leftOut) {
        StringBuilder text = new StringBuilder();
        for (Edit edit : redline.getOrDefault(language, List.of())) {
            if (edit.op() != leftOut) {
                text.append(edit.text());
            }
        }
        return text.toString();
    }
}
