package org.clausealign.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.clausealign.align.Alignment;
import org.clausealign.align.ClauseGroup;
import org.clausealign.lang.Language;

/** What several checks need of a group: its languages and texts, and findings made from them. */
final class Groups {
    private Groups() {}

    /** @return the languages, in the document's order, that the group has */
    static List<Language> present(Alignment alignment, ClauseGroup group) {
        List<Language> present = new ArrayList<>();
        for (Language language : alignment.languages()) {
            if (!group.clauses(language).isEmpty()) {
                present.add(language);
            }
        }
        return present;
    }

    /** @return the texts of the given languages in the group */
    static Map<Language, String> texts(ClauseGroup group, List<Language> languages) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : languages) {
            texts.put(language, group.text(language));
        }
        return texts;
    }

    static Finding finding(String check, Severity severity, ClauseGroup group, List<Language> languages,
            Map<Language, String> evidence, String message) {
        return new Finding(check, severity, group.id(), group.label(), languages, evidence, message);
    }

    static String codes(List<Language> languages) {
        return String.join(", ", languages.stream().map(Language::code).toList());
    }
}
