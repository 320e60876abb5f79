package org.clausealign.revision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.clausealign.InputException;
import org.clausealign.align.ClauseGroup;
import org.clausealign.clause.Clause;
import org.clausealign.clause.ParallelDocument;
import org.clausealign.lang.Language;

/**
 * Compares two revisions of a multilingual text.
 *
 * <p>Each language version is matched with itself across the revisions ({@link ClauseMatcher});
 * the versions are then combined through each revision's alignment. The clauses of one old
 * {@link ClauseGroup}, and what each version's match made of them, are one {@link Change} with a
 * status in every version. A clause added in a version joins the change its new group's other
 * versions are in when that version lost its clause there (a rewrite), and otherwise makes a
 * change of its own with the other clauses added in its new group: so a new revision whose
 * alignment trusted a numbering one version shifted does not tie unrelated clauses together.
 * Where one version's text changed and another's did not, the other is stale.
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
     * {@return every clause of either revision, with what happened to it in each version both have}
     *
     * @param old the old revision
     * @param revised the new revision
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
        List<ClauseUnit> units = new ArrayList<>();
        for (int g = 0; g < before.alignment.groups().size(); g++) {
            units.add(new ClauseUnit(g));
        }
        // Each version's clauses join the unit of their old clause's group; added clauses wait.
        Map<Language, Map<Integer, ClauseUnit>> unitOfNew = new HashMap<>();
        List<Map.Entry<Language, ClauseMatcher.Match>> added = new ArrayList<>();
        for (Language language : languages) {
            for (ClauseMatcher.Match match : ClauseMatcher.match(language,
                    old.version(language).orElseThrow().clauses(), revised.version(language).orElseThrow().clauses())) {
                if (match.old() == null) {
                    added.add(Map.entry(language, match));
                    continue;
                }
                ClauseUnit unit = units.get(before.group(language, match.old()));
                unit.add(language, match);
                if (match.revised() != null) {
                    unitOfNew.computeIfAbsent(language, l -> new HashMap<>()).put(match.revised().start(), unit);
                }
            }
        }
        // An added clause whose new group's other versions continue an old clause that this version
        // no longer has is that clause rewritten; otherwise it is new, with the other added
        // clauses of its new group.
        Map<Integer, ClauseUnit> addedByGroup = new TreeMap<>();
        for (Map.Entry<Language, ClauseMatcher.Match> entry : added) {
            Language language = entry.getKey();
            int group = after.group(language, entry.getValue().revised());
            ClauseUnit rewritten = null;
            for (Map.Entry<Language, List<Clause>> other : after.alignment.groups().get(group).clauses().entrySet()) {
                for (Clause clause : other.getValue()) {
                    ClauseUnit unit = unitOfNew.getOrDefault(other.getKey(), Map.of()).get(clause.start());
                    if (rewritten == null && unit != null && !unit.hasNew(language)) {
                        rewritten = unit;
                    }
                }
            }
            (rewritten != null ? rewritten : addedByGroup.computeIfAbsent(group, g -> new ClauseUnit(-1)))
                    .add(language, entry.getValue());
        }
        units.addAll(addedByGroup.values());

        List<Change> changes = new ArrayList<>();
        for (ClauseUnit unit : inDocumentOrder(units, languages, after)) {
            changes.add(unit.change(languages, before, after));
        }
        return new Comparison(sources(old), sources(revised), languages, changes);
    }

    /**
     * Orders units by their place in the new revision; a deleted one goes after the unit of the
     * old clause before it.
     */
    private static List<ClauseUnit> inDocumentOrder(List<ClauseUnit> units, List<Language> languages, Side after) {
        double lastPlace = -1;
        for (ClauseUnit unit : units) {
            OptionalInt first = unit.newGroups(after).stream().mapToInt(Integer::intValue).min();
            if (first.isPresent()) {
                unit.place = first.getAsInt();
                lastPlace = unit.place;
            } else {
                // Units of old groups come first, in old order, so the clause before is known.
                unit.place = lastPlace + 0.5;
            }
        }
        List<ClauseUnit> sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparingDouble(u -> u.place));
        // Units in one new group follow the order of a version they all have there: an added
        // clause comes before the one it pushed down.
        for (int from = 0, to; from < sorted.size(); from = to) {
            to = from + 1;
            while (to < sorted.size() && sorted.get(to).place == sorted.get(from).place) {
                to++;
            }
            List<ClauseUnit> tied = sorted.subList(from, to);
            languages.stream().filter(l -> tied.stream().allMatch(u -> u.hasNew(l))).findFirst()
                    .ifPresent(shared -> tied.sort(Comparator.comparingInt(u -> u.firstNewStart(shared))));
        }
        return sorted;
    }

    private static List<String> sources(ParallelDocument document) {
        return document.versions().stream().map(v -> v.source().name()).distinct().toList();
    }
}
