package org.clausealign.revision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.clausealign.InputException;
import org.clausealign.align.Aligner;
import org.clausealign.align.Alignment;
import org.clausealign.align.ClauseGroup;
import org.clausealign.clause.Clause;
import org.clausealign.clause.LanguageVersion;
import org.clausealign.clause.ParallelDocument;
import org.clausealign.lang.Language;

/**
 * Compares two revisions of a multilingual text.
 *
 * <p>Each language version is matched with itself across the revisions ({@link ClauseMatcher});
 * the versions are then combined through each revision's alignment: the clauses of one
 * {@link ClauseGroup} are one clause of the text, so the old group and the new group that a
 * version's match links are one {@link Change}, with a status in every version. Where one
 * version's text changed and another's did not, the other is stale.
 *
 * <pre>{@code
 * Comparison comparison = Revisions.compare(ClauseAlign.read(oldFiles, options), ClauseAlign.read(newFiles, options));
 * for (Change change : comparison.changes()) {
 *     if (!change.stale().isEmpty()) {
 *         System.out.println(change.revised().label() + " to update in " + change.stale());
 *     }
 * }
 * }</pre>
 */
public final class Revisions {
    private Revisions() {}

    /**
     * @param old the old revision
     * @param revised the new revision
     * @return every clause of either revision, with what happened to it in each version both have
     * @throws InputException if the revisions have no language in common
     */
    public static Comparison compare(ParallelDocument old, ParallelDocument revised) {
        List<Language> languages = old.languages().stream().filter(l -> revised.version(l).isPresent()).toList();
        if (languages.isEmpty()) {
            throw new InputException(String.join(", ", sources(revised)), "has no language version in common with "
                    + String.join(", ", sources(old)) + ", so there is nothing to compare");
        }
        Side before = new Side(old, languages);
        Side after = new Side(revised, languages);
        int oldGroups = before.alignment.groups().size();
        Components components = new Components(oldGroups + after.alignment.groups().size());
        Map<Language, List<ClauseMatcher.Match>> matches = new LinkedHashMap<>();
        for (Language language : languages) {
            List<ClauseMatcher.Match> found = ClauseMatcher.match(language,
                    old.version(language).orElseThrow().clauses(), revised.version(language).orElseThrow().clauses());
            matches.put(language, found);
            for (ClauseMatcher.Match match : found) {
                if (match.old() != null && match.revised() != null) {
                    components.union(before.group(language, match.old()), oldGroups + after.group(language, match.revised()));
                }
            }
        }

        Map<Integer, Unit> units = new TreeMap<>();
        for (int g = 0; g < components.size(); g++) {
            Unit unit = units.computeIfAbsent(components.find(g), root -> new Unit());
            (g < oldGroups ? unit.oldGroups : unit.newGroups).add(g < oldGroups ? g : g - oldGroups);
        }
        matches.forEach((language, found) -> found.forEach(match -> units.get(components.find(
                match.old() != null ? before.group(language, match.old()) : oldGroups + after.group(language, match.revised())))
                .matches.computeIfAbsent(language, l -> new ArrayList<>()).add(match)));

        List<Unit> ordered = inDocumentOrder(new ArrayList<>(units.values()), oldGroups);
        List<Change> changes = new ArrayList<>();
        for (Unit unit : ordered) {
            changes.add(unit.change(languages, before, after));
        }
        return new Comparison(sources(old), sources(revised), languages, changes);
    }

    /**
     * Orders units by their place in the new revision; a deleted one goes after the unit that
     * held the old clause before it.
     */
    private static List<Unit> inDocumentOrder(List<Unit> units, int oldGroups) {
        Map<Integer, Unit> unitOfOldGroup = new HashMap<>();
        for (Unit unit : units) {
            unit.oldGroups.forEach(g -> unitOfOldGroup.put(g, unit));
        }
        double lastPlace = -1;
        for (int g = 0; g < oldGroups; g++) {
            Unit unit = unitOfOldGroup.get(g);
            if (unit.newGroups.isEmpty()) {
                unit.place = lastPlace + 0.5;
            } else {
                lastPlace = unit.newGroups.first();
            }
        }
        for (Unit unit : units) {
            if (!unit.newGroups.isEmpty()) {
                unit.place = unit.newGroups.first();
            }
        }
        return units.stream().sorted(Comparator.<Unit>comparingDouble(u -> u.place)
                .thenComparingInt(u -> u.oldGroups.isEmpty() ? Integer.MAX_VALUE : u.oldGroups.first())).toList();
    }

    private static List<String> sources(ParallelDocument document) {
        return document.versions().stream().map(v -> v.source().name()).distinct().toList();
    }

    /** One revision: its alignment, and which group each clause is in. */
    private static final class Side {
        final Alignment alignment;
        final Map<Language, Map<Integer, Integer>> groupOfClause = new HashMap<>();

        Side(ParallelDocument document, List<Language> languages) {
            List<LanguageVersion> compared = languages.stream().map(l -> document.version(l).orElseThrow()).toList();
            alignment = Aligner.align(new ParallelDocument(compared));
            for (int g = 0; g < alignment.groups().size(); g++) {
                for (Map.Entry<Language, List<Clause>> entry : alignment.groups().get(g).clauses().entrySet()) {
                    for (Clause clause : entry.getValue()) {
                        // A clause's start is unique within its version.
                        groupOfClause.computeIfAbsent(entry.getKey(), l -> new HashMap<>()).put(clause.start(), g);
                    }
                }
            }
        }

        int group(Language language, Clause clause) {
            Integer group = groupOfClause.getOrDefault(language, Map.of()).get(clause.start());
            if (group == null) {
                throw new IllegalStateException("the alignment left out " + language.code() + " clause " + clause.id());
            }
            return group;
        }

        /** @return the version's clauses in the given groups, joined as the language writes them */
        String text(Language language, TreeSet<Integer> groups) {
            List<String> texts = new ArrayList<>();
            for (int g : groups) {
                alignment.groups().get(g).clauses(language).forEach(clause -> texts.add(clause.text()));
            }
            return String.join(language == Language.JA ? "" : " ", texts);
        }

        ClauseRef ref(TreeSet<Integer> groups) {
            if (groups.isEmpty()) {
                return null;
            }
            ClauseGroup group = alignment.groups().get(groups.first());
            return new ClauseRef(group.id(), group.label());
        }
    }

    /** The groups of both revisions that the versions' matches link: one clause of the text. */
    private static final class Unit {
        final TreeSet<Integer> oldGroups = new TreeSet<>();
        final TreeSet<Integer> newGroups = new TreeSet<>();
        final Map<Language, List<ClauseMatcher.Match>> matches = new HashMap<>();
        double place;

        Change change(List<Language> languages, Side before, Side after) {
            Map<Language, ChangeStatus> statuses = new LinkedHashMap<>();
            Map<Language, List<Edit>> redline = new LinkedHashMap<>();
            List<Outcome> outcomes = new ArrayList<>();
            for (Language language : languages) {
                String oldText = before.text(language, oldGroups);
                String newText = after.text(language, newGroups);
                if (!oldText.isEmpty() || !newText.isEmpty()) {
                    redline.put(language, oldText.equals(newText) ? List.of(new Edit(Edit.Op.EQUAL, oldText))
                            : Redline.of(language, oldText, newText));
                }
                List<Outcome> ofLanguage = matches.getOrDefault(language, List.of()).stream()
                        .map(m -> new Outcome(m.status(), m.textChanged())).toList();
                ChangeStatus status = ofLanguage.size() == 1 ? ofLanguage.get(0).status() : combine(ofLanguage);
                statuses.put(language, status);
                if (!ofLanguage.isEmpty()) {
                    outcomes.add(new Outcome(status, !oldText.equals(newText)));
                }
            }
            List<Language> stale = new ArrayList<>();
            if (outcomes.stream().anyMatch(Outcome::textChanged)) {
                for (Language language : languages) {
                    String oldText = before.text(language, oldGroups);
                    if (oldText.equals(after.text(language, newGroups))) {
                        stale.add(language);
                    }
                }
            }
            return new Change(before.ref(oldGroups), after.ref(newGroups), combine(outcomes), statuses, stale, redline);
        }
    }

    /** What happened to one clause, or to one version of a clause, and whether its text changed. */
    private record Outcome(ChangeStatus status, boolean textChanged) {}

    /**
     * @return the status of several outcomes together: added or deleted where every changed text
     *     was, moved if any was moved, otherwise modified if any text changed, otherwise moved,
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

    /** Union–find over the groups of both revisions. */
    private static final class Components {
        private final int[] parent;

        Components(int size) {
            parent = new int[size];
            for (int i = 0; i < size; i++) {
                parent[i] = i;
            }
        }

        int size() {
            return parent.length;
        }

        int find(int node) {
            while (parent[node] != node) {
                parent[node] = parent[parent[node]];
                node = parent[node];
            }
            return node;
        }

        void union(int a, int b) {
            parent[find(a)] = find(b);
        }
    }
}
