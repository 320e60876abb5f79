package org.clausealign.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clausealign.clause.Clause;
import org.clausealign.clause.LanguageVersion;
import org.clausealign.clause.ParallelDocument;
import org.clausealign.lang.Language;

/**
 * Aligns the versions of a parallel document into {@link ClauseGroup}s.
 *
 * <p>Three or more versions are aligned through a pivot, the document's first version: every
 * other version is aligned with it ({@link PairAligner}), and the pairings are merged so that the
 * result is consistent: each clause is in exactly one group, and a group holds two clauses of one
 * version only where a 2–1 or 1–2 pairing said so. Thread-safe: it keeps no state.
 */
public final class Aligner {
    private Aligner() {}

    /**
     * @param document the versions, split into clauses
     * @return their groups, in the order of the first version
     */
    public static Alignment align(ParallelDocument document) {
        List<LanguageVersion> versions = document.versions();
        if (versions.isEmpty()) {
            return new Alignment(List.of(), List.of());
        }
        LanguageVersion pivot = versions.get(0);
        List<Clause> pivotClauses = pivot.clauses();
        int[] root = new int[pivotClauses.size()];
        for (int i = 0; i < root.length; i++) {
            root[i] = i;
        }
        Map<Clause, Integer> pivotIndex = new IdentityHashMap<>();
        for (int i = 0; i < pivotClauses.size(); i++) {
            pivotIndex.put(pivotClauses.get(i), i);
        }
        Map<Language, List<Bead>> beadsByVersion = new EnumMap<>(Language.class);
        for (LanguageVersion other : versions.subList(1, versions.size())) {
            List<Bead> beads = PairAligner.align(pivot.language(), pivotClauses, other.language(), other.clauses());
            beadsByVersion.put(other.language(), beads);
            for (Bead bead : beads) {
                for (int k = 1; k < bead.a().size(); k++) {
                    union(root, pivotIndex.get(bead.a().get(0)), pivotIndex.get(bead.a().get(k)));
                }
            }
        }
        Map<Integer, Builder> byRoot = new java.util.HashMap<>();
        List<Builder> builders = new ArrayList<>();
        for (int i = 0; i < pivotClauses.size(); i++) {
            Builder builder = byRoot.computeIfAbsent(find(root, i), r -> {
                Builder created = new Builder(r);
                builders.add(created);
                return created;
            });
            builder.add(pivot.language(), pivotClauses.get(i));
        }
        for (LanguageVersion other : versions.subList(1, versions.size())) {
            Language language = other.language();
            for (Bead bead : beadsByVersion.get(language)) {
                Builder builder;
                if (bead.a().isEmpty()) {
                    builder = new Builder(bead.order());
                    builders.add(builder);
                    builder.reasons.add("no " + pivot.language().code() + " counterpart");
                    builder.confidence = Math.min(builder.confidence, 0.6);
                } else {
                    builder = byRoot.get(find(root, pivotIndex.get(bead.a().get(0))));
                }
                bead.b().forEach(c -> builder.add(language, c));
                builder.judge(bead, pivot.language(), language);
            }
        }
        for (Builder builder : builders) {
            for (LanguageVersion version : versions) {
                if (builder.clauses.containsKey(pivot.language()) && !builder.clauses.containsKey(version.language())) {
                    builder.reasons.add("missing in " + version.language().code());
                    builder.confidence = Math.min(builder.confidence, 0.6);
                }
            }
        }
        builders.sort(Comparator.comparingDouble((Builder b) -> b.order));
        List<ClauseGroup> groups = new ArrayList<>();
        for (Builder builder : builders) {
            groups.add(builder.build(document.languages()));
        }
        return new Alignment(document.languages(), groups);
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) {
            root[i] = root[root[i]];
            i = root[i];
        }
        return i;
    }

    private static void union(int[] root, int a, int b) {
        int ra = find(root, a);
        int rb = find(root, b);
        if (ra != rb) {
            root[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** A group while its clauses are collected. */
    private static final class Builder {
        final double order;
        final Map<Language, List<Clause>> clauses = new EnumMap<>(Language.class);
        final Set<String> reasons = new LinkedHashSet<>();
        double confidence = 1;

        Builder(double order) {
            this.order = order;
        }

        void add(Language language, Clause clause) {
            clauses.computeIfAbsent(language, l -> new ArrayList<>()).add(clause);
        }

        /** Lowers the confidence for what makes a pairing doubtful, and says why. */
        void judge(Bead bead, Language pivot, Language other) {
            if (bead.a().isEmpty() || bead.b().isEmpty()) {
                return;
            }
            double c = bead.byNumbering() ? 0.98 : 0.9;
            if (!bead.byNumbering()) {
                reasons.add("paired by content, not numbering");
            }
            if (bead.a().size() + bead.b().size() > 2) {
                c -= 0.1;
                reasons.add(bead.a().size() + " " + pivot.code() + " clauses for " + bead.b().size() + " " + other.code());
            }
            if (bead.lengthDeviation() > 2.5) {
                c -= Math.min(0.4, 0.08 * (bead.lengthDeviation() - 2.5));
                reasons.add(String.format(Locale.ROOT, "%s/%s length ratio far from the document's", pivot.code(), other.code()));
            }
            if (!bead.byNumbering()) {
                c -= 0.12 * Math.max(0, bead.lengthDeviation() - 1);
                if (bead.agreement() >= 0) {
                    c += 0.08 * bead.agreement() - 0.1 * (1 - bead.agreement());
                }
            }
            confidence = Math.min(confidence, Math.max(0.05, Math.min(1, c)));
        }

        ClauseGroup build(List<Language> languages) {
            Set<String> ids = new LinkedHashSet<>();
            boolean single = true;
            for (List<Clause> list : clauses.values()) {
                single &= list.size() == 1;
                list.forEach(c -> ids.add(c.id()));
            }
            Language first = null;
            for (Language language : languages) {
                if (clauses.containsKey(language)) {
                    first = language;
                    break;
                }
            }
            Clause lead = clauses.get(first).get(0);
            String id = single && ids.size() == 1 ? lead.id()
                    : first == languages.get(0) ? lead.id() : first.code() + ":" + lead.id();
            return new ClauseGroup(id, lead.label(), Math.round(confidence * 100) / 100.0,
                    String.join("; ", reasons), clauses);
        }
    }
}
