package org.clausealign.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausealign.clause.Clause;
import org.clausealign.clause.ClauseKind;
import org.clausealign.clause.LanguageVersion;
import org.clausealign.clause.ParallelDocument;
import org.clausealign.lang.Language;

/**
 * A parallel treaty of any size, made of a real one's clauses so that its text statistics are
 * real: sections numbered 1, 2, 3…, each with a heading, paragraphs (a), (b)… and items (i),
 * (ii)…, taken from the source's clauses of the same kind in a shuffled order (the same order in
 * every version), with the numbers in them changed per section. Each version is laid out as a PDF
 * extraction: lines hard-wrapped, each followed by an empty line.
 */
final class SyntheticTreaty {
    private static final Pattern NUMBER = Pattern.compile("[0-9０-９]+");
    /** Each section: a heading, (a) with three items, (b) with six, and (c) alone. */
    static final int CLAUSES_PER_SECTION = 13;
    private static final int PARAGRAPHS = 3;
    private static final int ITEMS = 6;

    private SyntheticTreaty() {}

    /**
     * @param source a parallel document whose versions have the same clause ids
     * @param clauses how many clauses each version gets (rounded to whole sections)
     * @param seed the shuffle's seed, so that runs compare
     * @return one text per version, in the source's language order
     */
    static List<String> texts(ParallelDocument source, int clauses, long seed) {
        LanguageVersion first = source.versions().get(0);
        List<String> headings = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (Clause clause : first.clauses()) {
            boolean inAll = source.versions().stream().allMatch(v -> v.clause(clause.id()).isPresent());
            if (!inAll || clause.marker().isEmpty()) {
                continue;
            }
            (clause.kind() == ClauseKind.SECTION ? headings : clause.kind() == ClauseKind.PARAGRAPH ? paragraphs : items)
                    .add(clause.id());
        }
        int sections = Math.max(1, clauses / CLAUSES_PER_SECTION);
        Random random = new Random(seed);
        List<StringBuilder> texts = new ArrayList<>();
        source.versions().forEach(v -> texts.add(new StringBuilder()));
        for (int s = 1; s <= sections; s++) {
            String heading = pick(headings, random);
            List<String> chosen = new ArrayList<>();
            for (int p = 0; p < PARAGRAPHS; p++) {
                chosen.add(pick(paragraphs, random));
            }
            for (int v = 0; v < texts.size(); v++) {
                LanguageVersion version = source.versions().get(v);
                StringBuilder text = texts.get(v);
                Random items1 = new Random(seed * 31 + s);
                emit(text, version, s + ". ", text(version, heading, s));
                for (int p = 0; p < PARAGRAPHS; p++) {
                    boolean leadsList = p < 2;
                    emit(text, version, "(" + (char) ('a' + p) + ") ", text(version, chosen.get(p), s) + (leadsList ? ":" : ""));
                    if (!leadsList) {
                        continue;
                    }
                    for (int i = 1; i <= ITEMS / 2 + (p % 2) * (ITEMS / 2); i++) {
                        emit(text, version, "(" + roman(i) + ") ", text(version, pick(items, items1), s + i));
                    }
                }
            }
        }
        return texts.stream().map(StringBuilder::toString).toList();
    }

    private static String pick(List<String> ids, Random random) {
        return ids.get(random.nextInt(ids.size()));
    }

    /** The clause's text in a version, its numbers moved by an offset so that sections differ. */
    private static String text(LanguageVersion version, String id, int offset) {
        String text = version.clause(id).orElseThrow().text();
        Matcher m = NUMBER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            long value = 0;
            for (char c : m.group().toCharArray()) {
                value = value * 10 + Character.digit(c, 10);
            }
            m.appendReplacement(out, Long.toString(value + offset % 7));
        }
        return m.appendTail(out).toString();
    }

    /** Appends a clause hard-wrapped as a PDF extraction leaves it: every line, then an empty line. */
    private static void emit(StringBuilder out, LanguageVersion version, String marker, String text) {
        boolean japanese = version.language() == Language.JA;
        int width = japanese ? 36 : 88;
        String rest = marker + text;
        while (!rest.isEmpty()) {
            int cut = Math.min(rest.length(), width);
            if (!japanese && cut < rest.length()) {
                int space = rest.lastIndexOf(' ', cut);
                cut = space > width / 2 ? space : cut;
            }
            out.append(rest, 0, cut).append(japanese && cut == rest.length() ? " " : "").append("\n\n");
            rest = rest.substring(cut).stripLeading();
        }
    }

    private static String roman(int n) {
        String[] romans = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"};
        return romans[n];
    }
}
