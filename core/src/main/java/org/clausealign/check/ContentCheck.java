package org.clausealign.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clausealign.align.Alignment;
import org.clausealign.align.Displacement;
import org.clausealign.lang.Language;

/**
 * Clauses whose labels agree but whose content points elsewhere: a version's text that says what
 * the other versions say in a nearby clause (texts swapped, or moved under labels that were
 * kept). The alignment finds them ({@link Alignment#displaced()}); each clause involved is
 * reported, naming its likely counterpart.
 */
final class ContentCheck implements Check {
    @Override
    public String id() {
        return "content";
    }

    @Override
    public List<Finding> check(Alignment alignment, CheckOptions options) {
        List<Finding> findings = new ArrayList<>();
        for (Displacement d : alignment.displaced()) {
            List<Language> languages = new ArrayList<>();
            languages.add(d.language());
            languages.addAll(d.against());
            Map<Language, String> evidence = new LinkedHashMap<>();
            evidence.put(d.language(), d.group().text(d.language()));
            d.against().forEach(other -> evidence.put(other, d.counterpart().text(other)));
            String others = Groups.codes(d.against()).replaceFirst(", ([a-z]+)$", " and $1");
            findings.add(Groups.finding(id(), Severity.WARNING, d.group(), languages, evidence, d.group().label()
                    + ": the " + d.language().code() + " text says what " + others + " say" + (d.against().size() == 1 ? "s" : "")
                    + " in " + d.counterpart().label() + ", not what " + (d.against().size() == 1 ? "it says" : "they say")
                    + " here: the texts may have been swapped or moved."));
        }
        return findings;
    }
}
