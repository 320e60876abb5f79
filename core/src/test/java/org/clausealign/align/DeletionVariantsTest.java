package org.clausealign.align;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.clausealign.ClauseAlign;
import org.clausealign.ReadOptions;
import org.clausealign.TestData;
import org.clausealign.clause.Clause;
import org.clausealign.clause.ClauseKind;
import org.clausealign.clause.LanguageVersion;
import org.clausealign.clause.ParallelDocument;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;

/**
 * Omissions where nothing is numbered: the MOC, the UDHR and CC BY, each in three language pairs,
 * with every label removed and a share of the second version's clauses deleted (seeded, so every
 * run deletes the same): about a tenth under three sets of seeds, and a twentieth and a seventh
 * under one. Measured: link F1 against the answer keys, and the share of the clauses whose
 * counterpart was deleted that form a group of their own (reported missing) rather than being
 * glued to a neighbour. The targets are 0.97 and 90%. A merge costs more or less by whether the
 * single clause holds the doubtful joined clause's own content (anchors, word forms, learned
 * words not also around it), and one item more where the joined clauses do not read as one
 * sentence (the first ends a sentence or is a heading) unless the single clause holds as many
 * sentences: F1 0.975–0.990 and 92–93% alone at a tenth (0.983 and 95% at a twentieth, 0.964 and
 * 85% at a seventh; each held at the targets, a seventh at 0.95 and 85%), from 0.973–0.987 and 83–87% judging the content alone and 0.952–0.971 and
 * 48–57% with flat costs. The clauses still not alone are mostly paired one to one with a
 * neighbour's counterpart among articles that open alike, or are recitals ending on 、.
 */
class DeletionVariantsTest {
    /**
     * Each set of variants: an offset added to every seed, the share of clauses deleted, and the
     * link F1 and share of orphaned clauses alone it holds.
     */
    private static final double[][] CONFIGS = {{0, 0.1, 0.97, 0.9}, {100, 0.1, 0.97, 0.9}, {200, 0.1, 0.97, 0.9},
            {0, 0.05, 0.97, 0.9}, {0, 0.15, 0.95, 0.85}};
    private static final List<Language[]> PAIRS = List.of(new Language[] {Language.JA, Language.EN},
            new Language[] {Language.EN, Language.FR}, new Language[] {Language.JA, Language.FR});

    /** Counts over all variants. */
    private static final class Tally {
        int found;
        int gold;
        int right;
        int orphans;
        int alone;

        double f1() {
            double precision = (double) right / found;
            double recall = (double) right / gold;
            return 2 * precision * recall / (precision + recall);
        }

        double aloneShare() {
            return orphans == 0 ? 1 : (double) alone / orphans;
        }
    }

    /** A version with every label removed: paragraphs p.1, p.2… of the clauses' texts (a heading's title where it has no text). */
    private static LanguageVersion unnumbered(LanguageVersion version, Map<String, String> original, Set<String> dropped) {
        List<Clause> plain = new ArrayList<>();
        for (Clause c : version.clauses()) {
            String text = c.text().isBlank() ? c.marker() : c.text();
            if (text.isBlank() || dropped.contains(c.id())) {
                continue;
            }
            String id = "p." + (plain.size() + 1);
            original.put(version.language().code() + ":" + id, version.language().code() + ":" + c.id());
            plain.add(new Clause(id, "¶" + (plain.size() + 1), ClauseKind.PARAGRAPH, "", text, c.normalized().isBlank()
                    ? text : c.normalized(), c.start(), c.end()));
        }
        return new LanguageVersion(version.language(), version.source(), plain);
    }

    private static void measure(ParallelDocument document, UnaryOperator<String> keyOf, long seed, double rate,
            Tally tally) {
        for (Language[] pair : PAIRS) {
            LanguageVersion a = document.version(pair[0]).orElseThrow();
            LanguageVersion b = document.version(pair[1]).orElseThrow();
            Random random = new Random(seed++);
            Set<String> dropped = new HashSet<>();
            for (Clause c : b.clauses()) {
                if (random.nextDouble() < rate) {
                    dropped.add(c.id());
                }
            }
            Map<String, String> original = new HashMap<>();
            LanguageVersion plainA = unnumbered(a, original, Set.of());
            LanguageVersion plainB = unnumbered(b, original, dropped);
            Alignment alignment = ClauseAlign.align(new ParallelDocument(List.of(plainA, plainB)));
            // Gold links: the clauses of the two versions that the key puts in one group.
            Map<String, List<String>> byKey = new HashMap<>();
            original.forEach((plain, id) -> byKey.computeIfAbsent(keyOf.apply(id), k -> new ArrayList<>()).add(plain));
            Set<String> gold = new HashSet<>();
            byKey.values().forEach(members -> gold.addAll(links(members)));
            Set<String> found = new HashSet<>();
            for (ClauseGroup group : alignment.groups()) {
                List<String> members = new ArrayList<>();
                group.clauses().forEach((l, cs) -> cs.forEach(c -> members.add(l.code() + ":" + c.id())));
                found.addAll(links(members));
            }
            tally.found += found.size();
            tally.gold += gold.size();
            tally.right += (int) found.stream().filter(gold::contains).count();
            // Orphans: clauses of a whose every counterpart in b was deleted.
            Set<String> keysWithB = new HashSet<>();
            Set<String> keysDeleted = new HashSet<>();
            for (Clause c : b.clauses()) {
                String key = keyOf.apply(pair[1].code() + ":" + c.id());
                (dropped.contains(c.id()) ? keysDeleted : keysWithB).add(key);
            }
            for (ClauseGroup group : alignment.groups()) {
                for (Clause c : group.clauses(pair[0])) {
                    String key = keyOf.apply(original.get(pair[0].code() + ":" + c.id()));
                    if (keysDeleted.contains(key) && !keysWithB.contains(key)) {
                        tally.orphans++;
                        tally.alone += group.clauses(pair[1]).isEmpty() ? 1 : 0;
                    }
                }
            }
        }
    }

    private static List<String> links(List<String> members) {
        List<String> links = new ArrayList<>();
        for (String x : members) {
            for (String y : members) {
                if (x.compareTo(y) < 0 && !x.substring(0, 3).equals(y.substring(0, 3))) {
                    links.add(x + "|" + y);
                }
            }
        }
        return links;
    }

    private static ParallelDocument read(String folder) {
        return ClauseAlign.read(List.of(TestData.path(folder + "/ja.txt"), TestData.path(folder + "/en.txt"),
                TestData.path(folder + "/fr.txt")), ReadOptions.DEFAULTS);
    }

    @Test
    void deletedCounterpartsLeaveTheirClausesAloneWithoutNumbering() {
        Map<String, String> moc = new HashMap<>();
        List<List<String>> gold = GoldAlignment.read(TestData.path("moc/gold-alignment.tsv")).groups();
        for (int g = 0; g < gold.size(); g++) {
            for (String member : gold.get(g)) {
                moc.put(member, "g" + g);
            }
        }
        ParallelDocument mocDocument = ClauseAlign.read(TestData.moc());
        ParallelDocument udhr = read("udhr");
        ParallelDocument ccBy = read("cc-by-4.0");
        for (double[] config : CONFIGS) {
            long seeds = (long) config[0];
            double rate = config[1];
            Map<String, Tally> tallies = new java.util.LinkedHashMap<>();
            tallies.put("MOC", new Tally());
            tallies.put("UDHR", new Tally());
            tallies.put("CC BY 4.0", new Tally());
            measure(mocDocument, m -> moc.getOrDefault(m, m), seeds + 11, rate, tallies.get("MOC"));
            measure(udhr, DeletionVariantsTest::udhrKey, seeds + 21, rate, tallies.get("UDHR"));
            measure(ccBy, m -> m.substring(3), seeds + 31, rate, tallies.get("CC BY 4.0"));
            Tally all = new Tally();
            tallies.forEach((name, t) -> {
                System.out.println(String.format(Locale.ROOT, "%s: link F1 %.3f; %d of %d orphaned clauses alone (%.0f%%)",
                        name, t.f1(), t.alone, t.orphans, 100 * t.aloneShare()));
                all.found += t.found;
                all.gold += t.gold;
                all.right += t.right;
                all.orphans += t.orphans;
                all.alone += t.alone;
            });
            String summary = String.format(Locale.ROOT,
                    "seeds +%d, %.0f%% deleted: link F1 %.3f; %d of %d orphaned clauses alone (%.0f%%)", seeds,
                    100 * rate, all.f1(), all.alone, all.orphans, 100 * all.aloneShare());
            System.out.println(summary);
            assertTrue(all.f1() >= config[2], summary);
            assertTrue(all.aloneShare() >= config[3], summary);
        }
    }

    /** UDHR preamble: ja recital 4 = en, fr 4 and 5; ja 5–6 = en, fr 6–7; ja 7 = en 8 and 9 = fr 8. */
    static String udhrKey(String member) {
        Map<String, String> preamble = Map.ofEntries(Map.entry("en:recital.5", "recital.4"),
                Map.entry("fr:recital.5", "recital.4"), Map.entry("ja:recital.5", "recital.6"),
                Map.entry("ja:recital.6", "recital.7"), Map.entry("ja:recital.7", "recital.8"),
                Map.entry("en:recital.9", "recital.8"));
        return preamble.getOrDefault(member, member.substring(3));
    }
}
