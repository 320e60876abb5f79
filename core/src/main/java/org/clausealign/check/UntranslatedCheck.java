package org.clausealign.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clausealign.align.Alignment;
import org.clausealign.align.ClauseGroup;
import org.clausealign.lang.Language;
import org.clausealign.text.Scripts;

/**
 * Clauses left in another version's language: a Japanese clause without Japanese, an English or
 * French clause that reads as the other language or as Japanese, or a clause identical to its
 * counterpart in another version.
 */
final class UntranslatedCheck implements Check {
    /** Evidence points by which the other language must lead to call a clause untranslated. */
    private static final int LEAD = 3;
    private static final int MIN_IDENTICAL = 25;

    @Override
    public String id() {
        return "untranslated";
    }

    @Override
    public List<Finding> check(Alignment alignment, CheckOptions options) {
        List<Finding> findings = new ArrayList<>();
        for (ClauseGroup group : alignment.groups()) {
            List<Language> present = Groups.present(alignment, group);
            for (Language language : present) {
                String text = group.text(language);
                Language reads = readsAs(text);
                if (reads != null && reads != language && present.contains(reads)) {
                    Map<Language, String> evidence = new LinkedHashMap<>();
                    evidence.put(language, text);
                    evidence.put(reads, group.text(reads));
                    findings.add(Groups.finding(id(), Severity.ERROR, group, List.of(language, reads), evidence,
                            "The " + language.code() + " version of " + group.label() + " is written in " + reads.code()
                                    + ": it may have been left untranslated."));
                }
            }
            for (int i = 0; i < present.size(); i++) {
                for (int k = i + 1; k < present.size(); k++) {
                    String a = group.text(present.get(i));
                    if (a.length() >= MIN_IDENTICAL && a.equals(group.text(present.get(k)))) {
                        findings.add(Groups.finding(id(), Severity.ERROR, group, List.of(present.get(i), present.get(k)),
                                Map.of(present.get(i), a), "The " + present.get(k).code() + " version of " + group.label()
                                        + " is identical to the " + present.get(i).code() + " version."));
                    }
                }
            }
        }
        return findings;
    }

    /** The language a clause clearly reads as, or null if unclear (names, numbers, short text). */
    private static Language readsAs(String text) {
        long japanese = text.codePoints().filter(Scripts::isJapaneseLetter).count();
        long letters = text.codePoints().filter(Character::isLetter).count();
        if (letters < 20) {
            return null;
        }
        if (japanese * 3 > letters) {
            return Language.JA;
        }
        if (japanese > 0) {
            return null;
        }
        int en = Language.EN.rules().evidence(text);
        int fr = Language.FR.rules().evidence(text);
        return en >= fr + LEAD ? Language.EN : fr >= en + LEAD ? Language.FR : null;
    }
}
