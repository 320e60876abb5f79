package org.clausealign.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.clausealign.ClauseAlign;
import org.clausealign.TestData;
import org.clausealign.clause.Clause;
import org.clausealign.clause.ClauseKind;
import org.clausealign.clause.LanguageVersion;
import org.clausealign.clause.ParallelDocument;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;

/**
 * Variants of the MOC with one version changed: each aligns into the gold groups with the
 * expected gaps, and nothing else moves.
 */
class PerturbedAlignmentTest {
    private static final ParallelDocument MOC = ClauseAlign.read(TestData.moc());
    private static final GoldAlignment GOLD = GoldAlignment.read(TestData.path("moc/gold-alignment.tsv"));

    /** The MOC with one version's clause list changed. */
    private static ParallelDocument with(Language language, UnaryOperator<List<Clause>> change) {
        List<LanguageVersion> versions = new ArrayList<>();
        for (LanguageVersion version : MOC.versions()) {
            versions.add(version.language() != language ? version
                    : new LanguageVersion(language, version.source(), change.apply(new ArrayList<>(version.clauses()))));
        }
        return new ParallelDocument(versions);
    }

    /** Gives recitals the ids the splitter would give them after a recital is added or removed. */
    private static List<Clause> renumberRecitals(List<Clause> clauses, Map<String, String> renamed) {
        List<Clause> result = new ArrayList<>();
        int n = 0;
        for (Clause c : clauses) {
            if (c.kind() == ClauseKind.RECITAL) {
                String id = "recital." + ++n;
                renamed.put(c.id(), id);
                result.add(new Clause(id, "Recital " + n, c.kind(), c.marker(), c.text(), c.normalized(), c.start(), c.end()));
            } else {
                result.add(c);
            }
        }
        return result;
    }

    private static Clause recital(String text) {
        return new Clause("recital.new", "Recital", ClauseKind.RECITAL, "", text, text, 0, text.length());
    }

    /** The gold groups with some members of one language removed, renamed, or added as new groups. */
    private static List<List<String>> gold(Language language, List<String> removed, Map<String, String> renamed) {
        List<List<String>> groups = new ArrayList<>();
        for (List<String> group : GOLD.groups()) {
            List<String> members = new ArrayList<>();
            for (String member : group) {
                String code = member.substring(0, 2);
                String id = member.substring(3);
                if (code.equals(language.code()) && removed.contains(id)) {
                    continue;
                }
                members.add(code.equals(language.code()) && renamed.containsKey(id) ? code + ":" + renamed.get(id) : member);
            }
            groups.add(members);
        }
        return groups;
    }

    private static void assertAligned(String name, List<List<String>> expected, ParallelDocument document) {
        GoldAlignment found = GoldAlignment.of(ClauseAlign.align(document));
        GoldAlignment want = GoldAlignment.of(expected);
        System.out.println(want.report(name, found));
        assertEquals(expected, found.groups(), name);
    }

    @Test
    void oneClauseAgainstAWholeTextAlignsWithoutFailing() {
        // The dynamic programming's band must follow the slope of one clause against ninety.
        ParallelDocument document = new ParallelDocument(List.of(
                ClauseAlign.parse("こんにちは", "ja.txt", List.of(Language.JA)).versions().get(0),
                ClauseAlign.read(TestData.path("udhr/en.txt")).versions().get(0)));
        var alignment = ClauseAlign.align(document);
        int english = document.versions().get(1).clauses().size();
        assertEquals(english, alignment.groups().stream().mapToInt(g -> g.clauses(Language.EN).size()).sum());
        assertEquals(1, alignment.groups().stream().mapToInt(g -> g.clauses(Language.JA).size()).sum());
    }

    @Test
    void aDeletedItemLeavesAGapAndNothingElseMoves() {
        ParallelDocument variant = with(Language.EN, clauses -> {
            clauses.removeIf(c -> c.id().equals("3.a.iv"));
            return clauses;
        });
        assertAligned("item 3(a)(iv) deleted in en", gold(Language.EN, List.of("3.a.iv"), Map.of()), variant);
        ClauseGroup gap = ClauseAlign.align(variant).group("3.a.iv").orElseThrow();
        assertEquals("missing in en", gap.reason());
    }

    @Test
    void twoRecitalsMissingInTwoVersionsDoNotShiftTheOthers() {
        Map<String, String> renamedEn = new HashMap<>();
        Map<String, String> renamedFr = new HashMap<>();
        ParallelDocument enRemoved = with(Language.EN, clauses -> {
            clauses.removeIf(c -> c.id().equals("recital.5"));
            return renumberRecitals(clauses, renamedEn);
        });
        List<LanguageVersion> versions = new ArrayList<>(enRemoved.versions());
        LanguageVersion fr = versions.get(2);
        List<Clause> frClauses = new ArrayList<>(fr.clauses());
        frClauses.removeIf(c -> c.id().equals("recital.9"));
        versions.set(2, new LanguageVersion(Language.FR, fr.source(), renumberRecitals(frClauses, renamedFr)));
        List<List<String>> expected = new ArrayList<>();
        for (List<String> group : gold(Language.EN, List.of("recital.5"), renamedEn)) {
            List<String> members = new ArrayList<>();
            for (String member : group) {
                String id = member.substring(3);
                if (member.startsWith("fr:") && id.equals("recital.9")) {
                    continue;
                }
                members.add(member.startsWith("fr:") && renamedFr.containsKey(id) ? "fr:" + renamedFr.get(id) : member);
            }
            expected.add(members);
        }
        assertAligned("recital 5 missing in en, recital 9 missing in fr", expected, new ParallelDocument(versions));
    }

    @Test
    void swappedItemsKeepTheirNumbersGroups() {
        ParallelDocument variant = with(Language.FR, clauses -> {
            int iii = indexOf(clauses, "2.c.iii");
            Clause moved = clauses.remove(iii);
            clauses.add(indexOf(clauses, "2.c.iv") + 1, moved);
            return clauses;
        });
        assertAligned("items 2(c)(iii) and (iv) swapped in fr", GOLD.groups(), variant);
    }

    @Test
    void aVersionWithoutNumberingAlignsByContent() {
        Map<String, String> renamed = new HashMap<>();
        ParallelDocument variant = with(Language.EN, clauses -> {
            List<Clause> plain = new ArrayList<>();
            for (Clause c : clauses) {
                String id = "p." + (plain.size() + 1);
                renamed.put(c.id(), id);
                plain.add(new Clause(id, "¶" + (plain.size() + 1), ClauseKind.PARAGRAPH, "", c.text(), c.normalized(),
                        c.start(), c.end()));
            }
            return plain;
        });
        assertAligned("numbering removed from en", gold(Language.EN, List.of(), renamed), variant);
    }

    @Test
    void anExtraParagraphInOneVersionIsAGroupOfItsOwn() {
        Map<String, String> renamed = new HashMap<>();
        ParallelDocument variant = with(Language.FR, clauses -> {
            clauses.add(indexOf(clauses, "recital.3") + 1, recital(
                    "Considérant l'importance des minéraux critiques pour la transition énergétique mondiale;"));
            return renumberRecitals(clauses, renamed);
        });
        List<List<String>> expected = gold(Language.FR, List.of(), renamed);
        expected.add(indexOfGroup(expected, "ja:recital.4"), List.of("fr:recital.4"));
        assertAligned("extra recital in fr", expected, variant);
    }

    @Test
    void aClauseSplitInTwoIsOneGroupWithBothParts() {
        Map<String, String> renamed = new HashMap<>();
        ParallelDocument variant = with(Language.FR, clauses -> {
            int at = indexOf(clauses, "recital.10");
            Clause whole = clauses.get(at);
            int cut = whole.text().indexOf(", et qu'ils") + 1;
            clauses.set(at, recital(whole.text().substring(0, cut)));
            clauses.add(at + 1, recital(whole.text().substring(cut).strip()));
            return renumberRecitals(clauses, renamed);
        });
        List<List<String>> expected = gold(Language.FR, List.of(), renamed);
        List<String> split = expected.get(indexOfGroup(expected, "ja:recital.10"));
        split.add("fr:recital.11");
        expected.set(indexOfGroup(expected, "ja:recital.11"), new ArrayList<>(List.of("ja:recital.11", "en:recital.11", "fr:recital.12")));
        expected.set(indexOfGroup(expected, "ja:recital.12"), new ArrayList<>(List.of("ja:recital.12", "en:recital.12", "fr:recital.13")));
        assertAligned("recital 10 split in two in fr", expected, variant);
    }

    private static int indexOf(List<Clause> clauses, String id) {
        for (int i = 0; i < clauses.size(); i++) {
            if (clauses.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException(id);
    }

    private static int indexOfGroup(List<List<String>> groups, String member) {
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).contains(member)) {
                return i;
            }
        }
        throw new IllegalArgumentException(member);
    }
}
