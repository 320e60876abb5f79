package org.clausealign.revision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clausealign.clause.Clause;
import org.clausealign.lang.Language;

/**
 * One clause of the text across the revisions, in every version: the clauses of an old group and
 * what each version's match made of them, or the clauses added together in a new group.
 */
final class ClauseUnit {
    /** The old group, or -1 for clauses added in the new revision. */
    final int oldGroup;
    private final Map<Language, List<ClauseMatcher.Match>> matches = new EnumMap<>(Language.class);
    /** Where the unit stands in the new revision, for ordering. */
    double place;

    ClauseUnit(int oldGroup) {
        this.oldGroup = oldGroup;
    }

    void add(Language language, ClauseMatcher.Match match) {
        matches.computeIfAbsent(language, l -> new ArrayList<>()).add(match);
    }

    /** @return whether the version has a clause of this unit in the new revision */
    boolean hasNew(Language language) {
        return !newClauses(language).isEmpty();
    }

    /** @return where the version's first new clause of this unit starts; only if {@link #hasNew} */
    int firstNewStart(Language language) {
        return newClauses(language).get(0).start();
    }

    /** @return the new groups that hold the unit's new clauses, one entry per clause */
    List<Integer> newGroups(Side after) {
        List<Integer> groups = new ArrayList<>();
        matches.forEach((language, found) -> newClauses(language).forEach(c -> groups.add(after.group(language, c))));
        return groups;
    }

    /**
     * @param languages the versions compared, in order
     * @param before the old revision
     * @param after the new revision
     * @return the change: the new clause cited is the group most of the versions' new clauses are in
     */
    Change change(List<Language> languages, Side before, Side after) {
        Map<Language, ChangeStatus> statuses = new LinkedHashMap<>();
        Map<Language, List<Edit>> redline = new LinkedHashMap<>();
        Map<Language, Boolean> changed = new LinkedHashMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (Language language : languages) {
            String oldText = joined(language, oldClauses(language));
            String newText = joined(language, newClauses(language));
            if (!oldText.isEmpty() || !newText.isEmpty()) {
                redline.put(language, oldText.equals(newText) ? List.of(new Edit(Edit.Op.EQUAL, oldText))
                        : Redline.of(language, oldText, newText));
            }
            List<Outcome> ofLanguage = matches.getOrDefault(language, List.of()).stream()
                    .map(m -> new Outcome(m.status(), m.textChanged())).toList();
            ChangeStatus status = ofLanguage.size() == 1 ? ofLanguage.get(0).status() : combine(ofLanguage);
            statuses.put(language, status);
            changed.put(language, !oldText.equals(newText));
            if (!ofLanguage.isEmpty()) {
                outcomes.add(new Outcome(status, !oldText.equals(newText)));
            }
        }
        List<Language> stale = new ArrayList<>();
        if (changed.containsValue(true)) {
            changed.forEach((language, yes) -> {
                if (!yes) {
                    stale.add(language);
                }
            });
        }
        List<Integer> newGroups = newGroups(after);
        ClauseRef revised = newGroups.isEmpty() ? null : after.ref(mostCommon(newGroups));
        return new Change(oldGroup < 0 ? null : before.ref(oldGroup), revised, combine(outcomes), statuses, stale, redline);
    }

    private List<Clause> oldClauses(Language language) {
        return matches.getOrDefault(language, List.of()).stream().map(ClauseMatcher.Match::old)
                .filter(c -> c != null).sorted(Comparator.comparingInt(Clause::start)).toList();
    }

    private List<Clause> newClauses(Language language) {
        return matches.getOrDefault(language, List.of()).stream().map(ClauseMatcher.Match::revised)
                .filter(c -> c != null).sorted(Comparator.comparingInt(Clause::start)).toList();
    }

    /** The clauses' texts joined as the language writes them: with a space, or nothing for Japanese. */
    private static String joined(Language language, List<Clause> clauses) {
        return String.join(language == Language.JA ? "" : " ", clauses.stream().map(Clause::text).toList());
    }

    /** @return the value most often in the list; the first among equals */
    private static int mostCommon(List<Integer> values) {
        int best = values.get(0);
        long bestCount = 0;
        for (int value : values) {
            long count = values.stream().filter(v -> v == value).count();
            if (count > bestCount) {
                best = value;
                bestCount = count;
            }
        }
        return best;
    }

    /** What happened to one clause, or to one version of a clause, and whether its text changed. */
    private record Outcome(ChangeStatus status, boolean textChanged) {}

    /**
     * @return the status of several outcomes together: added or deleted where every changed text
     *     was, moved if any was moved, otherwise modified if any text changed, otherwise
     *     renumbered or unchanged
     */
    private static ChangeStatus combine(List<Outcome> outcomes) {
        List<ChangeStatus> changed = outcomes.stream().filter(Outcome::textChanged).map(Outcome::status).toList();
        List<ChangeStatus> all = changed.isEmpty() ? outcomes.stream().map(Outcome::status).toList() : changed;
        if (!changed.isEmpty() && changed.stream().allMatch(s -> s == ChangeStatus.ADDED)) {
            return ChangeStatus.ADDED;
        }
        if (!changed.isEmpty() && changed.stream().allMatch(s -> s == ChangeStatus.DELETED)) {
            return ChangeStatus.DELETED;
        }
        if (all.contains(ChangeStatus.MOVED)) {
            return ChangeStatus.MOVED;
        }
        if (!changed.isEmpty()) {
            return ChangeStatus.MODIFIED;
        }
        return all.contains(ChangeStatus.RENUMBERED) ? ChangeStatus.RENUMBERED : ChangeStatus.UNCHANGED;
    }
}
