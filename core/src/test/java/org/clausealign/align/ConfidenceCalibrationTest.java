package org.clausealign.align;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.clausealign.ClauseAlign;
import org.clausealign.MiniJson;
import org.clausealign.ReadOptions;
import org.clausealign.TestData;
import org.clausealign.clause.Clause;
import org.clausealign.clause.LanguageVersion;
import org.clausealign.clause.ParallelDocument;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;

/**
 * A confidence of 0.9 or above means the group is right: on every answer key, at most 1% of the
 * groups at 0.9 or above differ from the key's group. The keys: the MOC's gold alignment, the
 * UDHR's and the two Creative Commons licences' (the same unit in each language shares its id,
 * except the UDHR preamble, whose Japanese joins two whereas-clauses and whose English cuts the
 * proclamation in two), and the MOC with texts swapped under kept labels (the key follows the
 * text, not the label), and the three Canadian acts' keys (testdata/canada, derived from the
 * published XML: a unit found by the paragraph of en.txt or fr.txt it spans; a definition one
 * version has no counterpart for, repealed or in one version only, is a group of its own; a
 * repealed range the key names by its label in each language, "10 and 11" and "10 et 11", is one).
 */
class ConfidenceCalibrationTest {
    private static final double MAX_WRONG = 0.01;

    /** Groups at 0.9 or above, and how many of them are not a group of the key. */
    private record Measure(int sure, int wrong, int groups) {
        double rate() {
            return sure == 0 ? 0 : (double) wrong / sure;
        }
    }

    private static Measure measure(Alignment alignment, Set<Set<String>> key) {
        int sure = 0;
        int wrong = 0;
        for (ClauseGroup group : alignment.groups()) {
            if (group.confidence() >= 0.9) {
                sure++;
                if (!key.contains(members(group))) {
                    wrong++;
                    System.out.println("  wrong at " + group.confidence() + ": " + members(group));
                }
            }
        }
        return new Measure(sure, wrong, alignment.groups().size());
    }

    private static Set<String> members(ClauseGroup group) {
        Set<String> members = new HashSet<>();
        group.clauses().forEach((language, clauses) -> clauses.forEach(c -> members.add(language.code() + ":" + c.id())));
        return members;
    }

    /** The key of a text whose units share their ids across languages, with the exceptions given. */
    private static Set<Set<String>> sameIds(ParallelDocument document, UnaryOperator<String> keyOf) {
        Map<String, Set<String>> byKey = new java.util.LinkedHashMap<>();
        for (LanguageVersion version : document.versions()) {
            for (Clause clause : version.clauses()) {
                String member = version.language().code() + ":" + clause.id();
                byKey.computeIfAbsent(keyOf.apply(member), k -> new HashSet<>()).add(member);
            }
        }
        return new HashSet<>(byKey.values());
    }

    private static ParallelDocument read(String folder) {
        return ClauseAlign.read(List.of(TestData.path(folder + "/ja.txt"), TestData.path(folder + "/en.txt"),
                TestData.path(folder + "/fr.txt")), ReadOptions.DEFAULTS);
    }

    /** UDHR preamble: ja recital 4 = en, fr 4 and 5; ja 5–6 = en, fr 6–7; ja 7 = en 8 and 9 = fr 8. */
    private static String udhrKey(String member) {
        Map<String, String> preamble = Map.ofEntries(Map.entry("en:recital.5", "recital.4"),
                Map.entry("fr:recital.5", "recital.4"), Map.entry("ja:recital.5", "recital.6"),
                Map.entry("ja:recital.6", "recital.7"), Map.entry("ja:recital.7", "recital.8"),
                Map.entry("en:recital.9", "recital.8"));
        return preamble.getOrDefault(member, member.substring(3));
    }

    private static void assertCalibrated(String name, Measure measure) {
        System.out.println(String.format(Locale.ROOT, "%s: %d groups, %d at >= 0.9, %d of them wrong (%.1f%%)", name,
                measure.groups(), measure.sure(), measure.wrong(), 100 * measure.rate()));
        assertTrue(measure.rate() <= MAX_WRONG, name + ": " + measure);
    }

    @Test
    void groupsAtNinetyOrAboveAreRightOnEveryKey() {
        assertCalibrated("MOC (gold alignment)", measure(ClauseAlign.align(ClauseAlign.read(TestData.moc())),
                goldKey()));
        assertCalibrated("UDHR", measure(ClauseAlign.align(read("udhr")), sameIds(read("udhr"),
                ConfidenceCalibrationTest::udhrKey)));
        for (String licence : List.of("cc-by-4.0", "cc-by-nc-4.0")) {
            ParallelDocument document = read(licence);
            assertCalibrated(licence, measure(ClauseAlign.align(document), sameIds(document, m -> m.substring(3))));
        }
    }

    @Test
    void groupsAtNinetyOrAboveAreRightWhereTextsWereSwappedUnderKeptLabels() {
        int sure = 0;
        int wrong = 0;
        int groups = 0;
        ParallelDocument moc = ClauseAlign.read(TestData.moc());
        List<String[]> swaps = List.of(new String[] {"fr", "2.c.vii", "2.c.viii"}, new String[] {"ja", "3.a.ii", "3.a.iii"},
                new String[] {"en", "4.a.i", "4.a.ii"}, new String[] {"fr", "1.a", "1.b"}, new String[] {"en", "6.a.i", "6.a.ii"});
        for (String[] swap : swaps) {
            ParallelDocument variant = Variants.swapped(moc, Language.of(swap[0]), swap[1], swap[2]);
            // The key follows the text: the swapped clauses belong with the other label's group.
            Map<String, String> moved = Map.of(swap[0] + ":" + swap[1], swap[0] + ":" + swap[2],
                    swap[0] + ":" + swap[2], swap[0] + ":" + swap[1]);
            Set<Set<String>> key = new HashSet<>();
            for (Set<String> group : goldKey()) {
                Set<String> renamed = new HashSet<>();
                group.forEach(m -> renamed.add(moved.getOrDefault(m, m)));
                key.add(renamed);
            }
            Measure m = measure(ClauseAlign.align(variant), key);
            sure += m.sure();
            wrong += m.wrong();
            groups += m.groups();
        }
        assertCalibrated("MOC with texts swapped (" + swaps.size() + " variants)", new Measure(sure, wrong, groups));
    }

    @Test
    void groupsAtNinetyOrAboveAreRightOnTheCanadianActs() {
        for (String act : List.of("P-19", "P-20", "C-16")) {
            Map<String, Object> key = map(MiniJson.parse(TestData.read("canada/" + act + "/key.json")));
            List<LanguageVersion> versions = new ArrayList<>();
            Map<String, Set<String>> byKey = new java.util.LinkedHashMap<>();
            for (Language language : List.of(Language.EN, Language.FR)) {
                String text = TestData.read("canada/" + act + "/" + language.code() + ".txt");
                LanguageVersion version = ClauseAlign.parse(text, language.code() + ".txt", List.of(language)).versions().get(0);
                versions.add(version);
                Map<String, String> keyAt = new HashMap<>();
                List<int[]> spans = TestData.keyParagraphs(text, 0);
                for (Object o : (List<?>) map(key.get("units")).get(language.code())) {
                    Map<String, Object> unit = map(o);
                    int[] span = spans.get(((Number) unit.get("para")).intValue());
                    // The key names a repealed range by its label, "10 and 11" and "10 et 11": one unit.
                    keyAt.put(span[0] + ":" + span[1], ((String) unit.get("key")).replace(" et ", " and "));
                }
                for (Clause clause : version.clauses()) {
                    String member = language.code() + ":" + clause.id();
                    // A clause that is no unit of the key is a group of its own in it.
                    String k = keyAt.getOrDefault(clause.start() + ":" + clause.end(), member);
                    byKey.computeIfAbsent(k, x -> new HashSet<>()).add(member);
                }
            }
            assertCalibrated(act, measure(ClauseAlign.align(new ParallelDocument(versions)), new HashSet<>(byKey.values())));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object json) {
        return (Map<String, Object>) json;
    }

    private static Set<Set<String>> goldKey() {
        Set<Set<String>> key = new HashSet<>();
        for (List<String> group : GoldAlignment.read(TestData.path("moc/gold-alignment.tsv")).groups()) {
            key.add(new HashSet<>(new ArrayList<>(group)));
        }
        return key;
    }
}
