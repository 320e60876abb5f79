package org.clausealign.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.clausealign.ClauseAlign;
import org.clausealign.MiniJson;
import org.clausealign.TestData;
import org.clausealign.align.Alignment;
import org.clausealign.align.ClauseGroup;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Three Canadian acts against their answer keys (testdata/canada, derived from the published
 * XML): each read as one file per language and as both versions in one file, split and aligned.
 *
 * <p>A key unit is found by its paragraph: the key numbers the paragraphs of en.txt and fr.txt,
 * and a clause is that unit exactly when it spans exactly that paragraph. A provision of both
 * versions is clean when one group holds exactly its clause in each. A provision of one version
 * only (English text after a list that the French puts in its lead, {@code :cont}; a definition
 * the key gives no counterpart, {@code def-fr-only}) is clean when its group holds no other clause
 * of its version, and of the other version at most one clause the key leaves without counterpart
 * too. A {@code :cont} unit is the paragraph after the list, {@code 4.4.p.1}.
 */
class CanadianActsKeyTest {
    private static final double CLEAN = 0.98;

    /** One key unit: its key, kind, text and paragraph. */
    private record Unit(String key, String kind, String text, int para) {}

    /** The measures of one act in one input shape. */
    private record Measures(int provisions, int clean, int idsAgree, int definitions, int definitionsPaired,
            int captions, int captionsRight, List<String> failures) {}

    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource({"P-19, files", "P-19, one file", "P-19, plain spaces", "P-20, files", "P-20, one file",
            "P-20, plain spaces", "C-16, files", "C-16, one file", "C-16, plain spaces"})
    void provisionsComeOutAsCleanGroupsWithDefinitionsPairedAndCaptionsRight(String act, String shape) {
        Map<String, Object> key = map(MiniJson.parse(TestData.read("canada/" + act + "/key.json")));
        Map<Language, List<Unit>> units = Map.of(Language.EN, units(key, "en"), Language.FR, units(key, "fr"));
        String en = TestData.read("canada/" + act + "/en.txt");
        String fr = TestData.read("canada/" + act + "/fr.txt");
        if (shape.equals("plain spaces")) {
            // Copied from elsewhere than the web page, the text loses the en space after each defined term.
            en = en.replace('\u2002', ' ');
            fr = fr.replace('\u2002', ' ');
        }
        ParallelDocument document;
        Map<Language, Integer> base = new HashMap<>();
        if (!shape.equals("one file")) {
            document = new ParallelDocument(List.of(
                    ClauseAlign.parse(en, "en.txt", List.of(Language.EN)).versions().get(0),
                    ClauseAlign.parse(fr, "fr.txt", List.of(Language.FR)).versions().get(0)));
            base.put(Language.EN, 0);
            base.put(Language.FR, 0);
        } else {
            String both = en + "\n\n" + fr;
            document = ClauseAlign.parse(both, act + ".txt", List.of());
            base.put(Language.EN, 0);
            base.put(Language.FR, en.length() + 2);
        }
        Measures m = measure(document, units, Map.of(Language.EN, en, Language.FR, fr), base);
        String summary = String.format(Locale.ROOT,
                "%s (%s): %d/%d provisions clean (%.1f%%), ids agree with the key on %d, definitions paired %d/%d,"
                        + " marginal notes as captions %d/%d",
                act, shape, m.clean(), m.provisions(), 100.0 * m.clean() / m.provisions(), m.idsAgree(),
                m.definitionsPaired(), m.definitions(), m.captionsRight(), m.captions());
        System.out.println(summary);
        m.failures().forEach(f -> System.out.println("  " + f));
        assertTrue(m.clean() >= CLEAN * m.provisions(), summary + "\n" + String.join("\n", m.failures()));
        assertEquals(m.definitions(), m.definitionsPaired(), summary);
        assertEquals(m.captions(), m.captionsRight(), summary);
        assertEquals(m.provisions(), m.idsAgree(), summary + "\n" + String.join("\n", m.failures()));
    }

    /**
     * The Telefilm Canada Act's five repealed definitions name no counterpart, so each version
     * keys them by its own term. Read side by side, four are cognates (film activity = activité
     * cinématographique…); film-maker = cinéaste shares no word, and is not paired by position.
     */
    @Test
    void definitionsWithoutCounterpartPairByCognatesAndNeverByPosition() {
        ParallelDocument document = new ParallelDocument(List.of(
                ClauseAlign.parse(TestData.read("canada/C-16/en.txt"), "en.txt", List.of(Language.EN)).versions().get(0),
                ClauseAlign.parse(TestData.read("canada/C-16/fr.txt"), "fr.txt", List.of(Language.FR)).versions().get(0)));
        Map<String, String> frenchOf = new HashMap<>();
        for (ClauseGroup group : ClauseAlign.align(document).groups()) {
            List<Clause> en = group.clauses(Language.EN);
            List<Clause> fr = group.clauses(Language.FR);
            if (en.size() == 1 && en.get(0).id().contains(".def.")) {
                frenchOf.put(en.get(0).id(), fr.isEmpty() ? "alone" : fr.get(0).id());
            }
        }
        assertEquals("2.def.activité_cinématographique", frenchOf.get("2.def.film_activity"));
        assertEquals("2.def.production_d_un_film", frenchOf.get("2.def.film_production"));
        assertEquals("2.def.technicien_de_cinéma", frenchOf.get("2.def.film_technician"));
        assertEquals("2.def.long_métrage_canadien", frenchOf.get("2.def.canadian_feature_film"));
        assertEquals("alone", frenchOf.get("2.def.film_maker"));
        assertEquals("2.def.minister", frenchOf.get("2.def.minister"));
    }

    private static Measures measure(ParallelDocument document, Map<Language, List<Unit>> units,
            Map<Language, String> texts, Map<Language, Integer> base) {
        Alignment alignment = ClauseAlign.align(document);
        Map<Clause, ClauseGroup> groupOf = new IdentityHashMap<>();
        for (ClauseGroup group : alignment.groups()) {
            group.clauses().values().forEach(list -> list.forEach(c -> groupOf.put(c, group)));
        }
        Map<Language, Map<String, Clause>> byKey = new HashMap<>();
        Map<Language, Set<String>> keys = new HashMap<>();
        List<String> failures = new ArrayList<>();
        int captions = 0;
        int captionsRight = 0;
        for (Language language : List.of(Language.EN, Language.FR)) {
            LanguageVersion version = document.version(language).orElseThrow();
            List<int[]> spans = TestData.keyParagraphs(texts.get(language), base.get(language));
            Map<String, Clause> found = new HashMap<>();
            List<Unit> list = units.get(language);
            for (int i = 0; i < list.size(); i++) {
                Unit unit = list.get(i);
                int[] span = spans.get(unit.para());
                Clause clause = version.clauses().stream().filter(c -> c.start() == span[0] && c.end() == span[1])
                        .findFirst().orElse(null);
                if (unit.kind().equals("content")) {
                    found.put(unit.key(), clause);
                } else if (unit.kind().equals("caption")) {
                    captions++;
                    Unit below = list.get(i + 1);
                    int[] belowSpan = spans.get(below.para());
                    Clause provision = version.clauses().stream().filter(c -> c.start() == belowSpan[0]).findFirst()
                            .orElse(null);
                    if (provision != null && provision.caption().equals(ClauseText.collapse(unit.text()))) {
                        captionsRight++;
                    } else {
                        failures.add(language.code() + " caption " + unit.key() + " not on its provision: "
                                + (provision == null ? "no clause" : provision.id() + " caption=" + provision.caption()));
                    }
                }
            }
            byKey.put(language, found);
            keys.put(language, found.keySet());
        }
        Set<String> all = new java.util.LinkedHashSet<>(keys.get(Language.EN));
        all.addAll(keys.get(Language.FR));
        int clean = 0;
        int idsAgree = 0;
        int definitions = 0;
        int definitionsPaired = 0;
        for (String k : all) {
            Clause en = byKey.get(Language.EN).get(k);
            Clause fr = byKey.get(Language.FR).get(k);
            boolean both = keys.get(Language.EN).contains(k) && keys.get(Language.FR).contains(k);
            boolean ok;
            if (both) {
                ok = en != null && fr != null && groupOf.get(en) == groupOf.get(fr)
                        && groupOf.get(en).clauses(Language.EN).size() == 1
                        && groupOf.get(en).clauses(Language.FR).size() == 1;
            } else {
                Language own = en != null || keys.get(Language.EN).contains(k) ? Language.EN : Language.FR;
                Language other = own == Language.EN ? Language.FR : Language.EN;
                Clause clause = own == Language.EN ? en : fr;
                ok = clause != null && groupOf.get(clause).clauses(own).size() == 1
                        && groupOf.get(clause).clauses(other).stream().allMatch(c -> oneSided(c, byKey.get(other), keys))
                        && groupOf.get(clause).clauses(other).size() <= 1;
            }
            if (ok) {
                clean++;
            } else {
                failures.add("not clean: " + k + " en=" + describe(en, groupOf) + " fr=" + describe(fr, groupOf));
            }
            String expected = expectedId(k);
            boolean idOk = (en == null || en.id().equals(expected)) && (fr == null || fr.id().equals(expected))
                    && (en != null || fr != null);
            if (idOk) {
                idsAgree++;
            } else {
                failures.add("id of " + k + ": expected " + expected + ", en=" + (en == null ? null : en.id()) + " fr="
                        + (fr == null ? null : fr.id()));
            }
            if (both && k.contains(":def:")) {
                definitions++;
                definitionsPaired += ok ? 1 : 0;
            }
        }
        return new Measures(all.size(), clean, idsAgree, definitions, definitionsPaired, captions, captionsRight, failures);
    }

    /** @return whether a clause is a unit the key gives no counterpart in the other version */
    private static boolean oneSided(Clause clause, Map<String, Clause> byKey, Map<Language, Set<String>> keys) {
        return byKey.entrySet().stream().anyMatch(e -> e.getValue() == clause
                && !(keys.get(Language.EN).contains(e.getKey()) && keys.get(Language.FR).contains(e.getKey())));
    }

    private static String describe(Clause clause, Map<Clause, ClauseGroup> groupOf) {
        if (clause == null) {
            return "no clause";
        }
        ClauseGroup group = groupOf.get(clause);
        return clause.id() + " in " + group.clauses().entrySet().stream()
                .map(e -> e.getKey().code() + ":" + e.getValue().stream().map(Clause::id).toList())
                .collect(Collectors.joining(" "));
    }

    /**
     * The id BRIEF.md's scheme gives a key: "7(1.2)(a)" is 7.1-2.a, "2:def:plated article" is
     * 2.def.plated_article, "4(4):cont" is 4.4.p.1, "10 and 11" is 10.
     */
    static String expectedId(String key) {
        if (key.equals("longtitle")) {
            return key;
        }
        String k = key.replaceAll(" (and|et) .*$", "");
        String cont = k.endsWith(":cont") ? ".p.1" : "";
        k = k.replaceAll(":cont$", "");
        String definition = null;
        int def = k.indexOf(":def");
        if (def >= 0) {
            definition = k.substring(k.indexOf(':', def + 1) + 1);
            k = k.substring(0, def);
        }
        StringBuilder id = new StringBuilder(path(k));
        if (definition != null) {
            int paren = definition.indexOf('(');
            String term = paren < 0 ? definition : definition.substring(0, paren);
            String folded = Normalizer.normalize(term, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            id.append(".def.").append(folded.replaceAll("[^\\p{L}\\p{N}]+", "_"));
            if (paren >= 0) {
                id.append('.').append(path(definition.substring(paren)).substring(1));
            }
        }
        return id.append(cont).toString();
    }

    /** "7(1.2)(a)" → "7.1-2.a"; "(a)" → ".a" */
    private static String path(String label) {
        StringBuilder id = new StringBuilder();
        int paren = label.indexOf('(');
        id.append((paren < 0 ? label : label.substring(0, paren)).replace('.', '-'));
        if (paren >= 0) {
            for (String part : label.substring(paren + 1).split("\\)\\(?")) {
                if (!part.isEmpty()) {
                    id.append('.').append(part.replace('.', '-'));
                }
            }
        }
        return id.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object json) {
        return (Map<String, Object>) json;
    }

    @SuppressWarnings("unchecked")
    private static List<Unit> units(Map<String, Object> key, String language) {
        List<Unit> units = new ArrayList<>();
        for (Object o : (List<Object>) map(key.get("units")).get(language)) {
            Map<String, Object> unit = map(o);
            units.add(new Unit((String) unit.get("key"), (String) unit.get("kind"), (String) unit.get("text"),
                    ((Number) unit.get("para")).intValue()));
        }
        return units;
    }
}
