package org.clausealign.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausealign.align.Alignment;
import org.clausealign.align.ClauseGroup;
import org.clausealign.clause.Clause;
import org.clausealign.lang.Language;

/**
 * Text after a list that only some versions have. English drafting often ends a provision after
 * its list ("(a) …, or (b) …, subsection (3) does not apply"), where the French says the same in
 * the lead-in ("Le paragraphe (3) ne s'applique pas à l'article qui porte : a) … b) …"). The
 * continuation is then a clause of its own in one version only, although nothing is missing:
 * the checks compare it together with the provision that holds the list.
 */
final class Continuations {
    /** A continuation's id: the holder's id and an unnumbered paragraph, 4.4.p.1. */
    private static final Pattern CONTINUATION = Pattern.compile("(.+)\\.p\\.\\d+");

    private Continuations() {}

    /**
     * @param alignment the groups as aligned
     * @return the same alignment, each continuation that some versions lack moved into the
     *     group of the provision holding its list, when every version has that provision
     */
    static Alignment folded(Alignment alignment) {
        Map<String, Integer> byId = new HashMap<>();
        List<ClauseGroup> groups = new ArrayList<>(alignment.groups());
        for (int g = 0; g < groups.size(); g++) {
            byId.put(groups.get(g).id(), g);
        }
        List<Integer> folded = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            ClauseGroup group = groups.get(g);
            String holder = holder(group);
            Integer target = holder == null ? null : byId.get(holder);
            if (target == null || group.clauses().size() == alignment.languages().size()
                    || groups.get(target).clauses().size() != alignment.languages().size()) {
                continue;
            }
            ClauseGroup into = groups.get(target);
            Map<Language, List<Clause>> clauses = new EnumMap<>(Language.class);
            into.clauses().forEach((language, list) -> clauses.put(language, new ArrayList<>(list)));
            group.clauses().forEach((language, list) -> clauses.get(language).addAll(list));
            groups.set(target, new ClauseGroup(into.id(), into.label(), into.confidence(), into.reason(), clauses));
            folded.add(g);
        }
        for (int k = folded.size() - 1; k >= 0; k--) {
            groups.remove((int) folded.get(k));
        }
        return new Alignment(alignment.languages(), groups, alignment.displaced());
    }

    /** @return the id of the provision all the group's clauses continue, or null if they are not continuations of one */
    private static String holder(ClauseGroup group) {
        String holder = null;
        for (List<Clause> list : group.clauses().values()) {
            for (Clause clause : list) {
                Matcher m = CONTINUATION.matcher(clause.id());
                if (!m.matches() || (holder != null && !holder.equals(m.group(1)))) {
                    return null;
                }
                holder = m.group(1);
            }
        }
        return holder;
    }
}
