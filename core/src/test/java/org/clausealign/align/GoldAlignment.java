package org.clausealign.align;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.clausealign.clause.Clause;
import org.clausealign.lang.Language;

/**
 * A gold alignment as clause links: "ja:2.c.vii|en:2.c.vii" for every pair of clauses of two
 * versions in one group. Precision and recall of links compare an aligner with it.
 */
record GoldAlignment(List<List<String>> groups, Set<String> links) {
    /** Reads testdata/moc/gold-alignment.tsv: a header naming the languages, one row per group. */
    static GoldAlignment read(Path tsv) {
        try {
            List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.startsWith("#")).toList();
            String[] languages = lines.get(0).split("\t");
            List<List<String>> groups = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split("\t");
                List<String> members = new ArrayList<>();
                for (int c = 1; c < cells.length; c++) {
                    if (!cells[c].equals("-")) {
                        for (String id : cells[c].split(",")) {
                            members.add(languages[c] + ":" + id);
                        }
                    }
                }
                groups.add(members);
            }
            return of(groups);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GoldAlignment of(List<List<String>> groups) {
        Set<String> links = new HashSet<>();
        for (List<String> members : groups) {
            for (String x : members) {
                for (String y : members) {
                    if (x.compareTo(y) < 0 && !x.substring(0, 3).equals(y.substring(0, 3))) {
                        links.add(x + "|" + y);
                    }
                }
            }
        }
        return new GoldAlignment(groups, links);
    }

    /** The groups of an alignment in the same notation. */
    static GoldAlignment of(Alignment alignment) {
        List<List<String>> groups = new ArrayList<>();
        for (ClauseGroup group : alignment.groups()) {
            List<String> members = new ArrayList<>();
            for (Language language : alignment.languages()) {
                for (Clause clause : group.clauses(language)) {
                    members.add(language.code() + ":" + clause.id());
                }
            }
            groups.add(members);
        }
        return of(groups);
    }

    double precisionOf(GoldAlignment found) {
        return found.links.isEmpty() ? 1 : (double) intersection(found) / found.links.size();
    }

    double recallOf(GoldAlignment found) {
        return links.isEmpty() ? 1 : (double) intersection(found) / links.size();
    }

    private long intersection(GoldAlignment found) {
        return found.links.stream().filter(links::contains).count();
    }

    String report(String name, GoldAlignment found) {
        return String.format(Locale.ROOT, "%s: %d groups (gold %d), link precision %.3f, recall %.3f",
                name, found.groups.size(), groups.size(), precisionOf(found), recallOf(found));
    }
}
