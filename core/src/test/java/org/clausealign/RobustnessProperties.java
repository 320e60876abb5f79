package org.clausealign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.clausealign.align.Alignment;
import org.clausealign.check.CheckOptions;
import org.clausealign.check.Checks;
import org.clausealign.clause.Clause;
import org.clausealign.clause.LanguageVersion;
import org.clausealign.clause.ParallelDocument;
import org.clausealign.text.TextDecoder;

/**
 * Whatever text comes in, reading, splitting, aligning and checking either refuse it with an
 * {@link InputException} or give clauses whose offsets lie inside the source, with unique ids.
 * Inputs are built from the pieces legal texts and broken extractions are made of (numbering of
 * every style, Japanese, English, French, rules, blank lines) mixed with hostile characters
 * (unpaired surrogates, combining marks, right-to-left and zero-width marks, controls). The
 * interesting inputs found are kept in testdata/fuzz and replayed on every build.
 */
class RobustnessProperties {
    private static final List<String> PIECES = List.of(
            "(a) ", "(b) ", "(i) ", "(ii) ", "(iv) ", "(A) ", "(1) ", "（１）", "①", "1. ", "2. ", "１．", "1.1 ", "a. ",
            "i. ", "Article 1", "Article premier", "Section 2 – ", "Chapter I ", "第１条", "第二章", "弟3条", "Preamble",
            "前文", "\n", "\n\n", "\r\n", " ", "   ", "\t", "________", "日本国経済産業省", "協力覚書", "を認識し、", "。",
            "、", "the Participants ", "will cooperate ", "les Participants ", "l’aval ", "d'urgence ", "; ", ": ", ", ",
            ".", "« ", " »", "“", "”", "「", "」", "(", ")", "MSP", "G7", "２０５０", "2023", "January ", "janvier ",
            "\u200B", "\u0301", "\u202E", "\uD800", "\uDC00", "\u0000", "\u001B", "\uFEFF", "\uFFFE", "😀", "Ω");

    @Provide
    Arbitrary<String> legalishText() {
        return Arbitraries.of(PIECES).list().ofMaxSize(300).map(pieces -> String.join("", pieces));
    }

    @Property
    void anyTextIsSplitAlignedAndCheckedOrRefusedCleanly(@ForAll("legalishText") String text) {
        assertSound(text);
    }

    @Property
    void everyCharacterOfAOneLanguageTextBelongsToOneClauseOrIsWhiteSpace(@ForAll("legalishText") String text) {
        ParallelDocument document;
        try {
            document = ClauseAlign.parse(text, "fuzz.txt", List.of(org.clausealign.lang.Language.EN));
        } catch (InputException expected) {
            return;
        }
        int[] owners = new int[text.length()];
        for (Clause clause : document.versions().get(0).clauses()) {
            for (int i = clause.start(); i < clause.end(); i++) {
                owners[i]++;
            }
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean rule = c == '_' && lineOf(text, i).strip().matches("_{5,}");
            if (!Character.isWhitespace(c) && !rule) {
                assertEquals(1, owners[i], "character " + i + " (" + (int) c + ") belongs to " + owners[i] + " clauses");
            } else {
                assertTrue(owners[i] <= 1, "character " + i + " belongs to " + owners[i] + " clauses");
            }
        }
    }

    private static String lineOf(String text, int i) {
        int start = Math.max(text.lastIndexOf('\n', i - 1), text.lastIndexOf('\r', i - 1)) + 1;
        int end = i;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(start, end);
    }

    @Property
    void anyBytesAreDecodedOrRefusedCleanly(@ForAll @Size(max = 2000) byte[] bytes) {
        try {
            ParallelDocument document = ClauseAlign.read(bytes, "fuzz.bin", ReadOptions.DEFAULTS);
            assertTrue(!document.versions().isEmpty());
        } catch (InputException expected) {
            assertTrue(expected.getMessage().startsWith("fuzz.bin: "), expected.getMessage());
        }
    }

    @Property(tries = 50)
    void longLinesOfOneRepeatedPieceDoNotBacktrack(@ForAll("piece") String piece) {
        // Every pattern is anchored and bounded: a 200,000-character line of one piece is read in
        // linear time. The hang guard is generous; it catches catastrophic backtracking only.
        String line = piece.repeat(Math.max(1, 200_000 / Math.max(1, piece.length())));
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> assertSound(line + "\n" + line));
    }

    @Provide
    Arbitrary<String> piece() {
        return Arbitraries.of(PIECES);
    }

    @Property(tries = 1)
    void manyNumberingLabelsAndDeepNestingAreRead() {
        StringBuilder labels = new StringBuilder("1. Objective\n");
        for (int i = 1; i <= 100_000; i++) {
            labels.append('(').append(i % 999 + 1).append(") item\n");
        }
        assertSound(labels.toString());
        StringBuilder nested = new StringBuilder();
        String[] styles = {"Chapter 1", "Article 1", "1.", "(a)", "(i)", "(A)", "(1)", "a.", "A.", "①", "（１）", "1)", "a)"};
        for (int depth = 0; depth < 2_000; depth++) {
            nested.append(styles[depth % styles.length]).append(" text:\n");
        }
        assertSound(nested.toString());
    }

    @Property(tries = 1)
    void theKeptCorpusStaysSound() throws IOException {
        try (Stream<Path> files = Files.list(TestData.path("fuzz"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                try {
                    assertSound(TextDecoder.read(file, StandardCharsets.UTF_8).text());
                } catch (InputException expected) {
                    assertTrue(expected.getMessage().contains(": "), expected.getMessage());
                }
            }
        }
    }

    private static void assertSound(String text) {
        ParallelDocument document;
        try {
            document = ClauseAlign.parse(text, "fuzz.txt", List.of());
        } catch (InputException expected) {
            assertTrue(expected.getMessage().startsWith("fuzz.txt: "), expected.getMessage());
            return;
        }
        for (LanguageVersion version : document.versions()) {
            Set<String> ids = new HashSet<>();
            for (Clause clause : version.clauses()) {
                assertTrue(clause.start() >= 0 && clause.start() < clause.end() && clause.end() <= text.length(),
                        clause.id() + " at " + clause.start() + ".." + clause.end() + " in " + text.length());
                assertTrue(ids.add(clause.id()), "id " + clause.id() + " twice");
            }
        }
        Alignment alignment = ClauseAlign.align(document);
        long clauses = document.versions().stream().mapToLong(v -> v.clauses().size()).sum();
        long grouped = alignment.groups().stream().mapToLong(g -> g.clauses().values().stream().mapToLong(List::size).sum()).sum();
        assertEquals(clauses, grouped, "every clause in exactly one group");
        Checks.run(alignment, CheckOptions.DEFAULTS);
    }
}
