package org.clausealign.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clausealign.clause.Clause;
import org.clausealign.clause.LanguageVersion;
import org.clausealign.clause.ParallelDocument;
import org.clausealign.lang.Language;

/**
 * Aligns the versions of a parallel document into {@link ClauseGroup}s.
 *
 * <p>The first version starts the groups; each later version is aligned with the groups built so
 * far, each group given by its clauses in the closest language it has (each of them, where it has
 * two, so that the version may pair with them one by one): one in the same script if
 * there is one (French is compared with English, whose lengths match more tightly and which
 * shares word forms), otherwise the first version's. So a clause English lacks still finds its
 * Japanese counterpart. Groups are merged where a 2–1 pairing says two clauses belong together,
 * so the result is consistent: each clause is in exactly one group, and a group holds two clauses
 * of one version only where a 2–1 or 1–2 pairing said so. Thread-safe: it keeps no state.
 */
public final class Aligner {
    private static final double MISSING_CONFIDENCE = 0.6;
    private static final String BY_CONTENT = "paired by content, not numbering";

    private Aligner() {}

    /**
     * {@return their groups, in the order of the first version}
     *
     * @param document the versions, split into clauses
     */
    public static Alignment align(ParallelDocument document) {
        return align(document, true);
    }

    /**
     * The same groups as {@link #align(ParallelDocument)}, without judging each group's content
     * afterwards: the confidences and reasons are those of the pairing alone, and no clause is
     * reported displaced. What the search index needs, which keeps groups but not confidences;
     * the content judgement compares every group with its neighbours and costs more than the
     * pairing.
     *
     * @param document the versions, split into clauses
     * @return their groups, in the order of the first version
     */
    public static Alignment groups(ParallelDocument document) {
        return align(document, false);
    }

    private static Alignment align(ParallelDocument document, boolean judge) {
        Profiles profiles = new Profiles(document.versions());
        Paired first = pair(document, profiles);
        if (first.groups().stream().allMatch(g -> !g.reason().contains(BY_CONTENT))) {
            return judge ? first.judged(document) : first.unjudged(document);
        }
        // Where content, not numbering, paired clauses, the sure pairs (as judged, swaps aside)
        // teach the document's words, and a second alignment weighs them.
        Lexicon lexicon = first.lexicon(document);
        Paired second = pair(document, new Profiles(profiles, lexicon));
        return judge ? second.judged(document) : second.unjudged(document);
    }

    /** Groups as the pairing made them, and whether numbering alone made each. */
    private record Paired(List<ClauseGroup> groups, List<Boolean> numbered) {
        Alignment judged(ParallelDocument document) {
            return Confidence.judged(document.languages(), groups, numbered);
        }

        /** What the groups, judged without the search for swaps, teach about the document's words. */
        Lexicon lexicon(ParallelDocument document) {
            ContentAgreement agreement = Confidence.agreement(document.languages(), groups);
            return new Lexicon(Confidence.withoutSwaps(agreement, numbered), agreement);
        }

        Alignment unjudged(ParallelDocument document) {
            return new Alignment(document.languages(), groups);
        }
    }

    private static Paired pair(ParallelDocument document, Profiles profiles) {
        List<LanguageVersion> versions = document.versions();
        Groups groups = new Groups();
        if (versions.isEmpty()) {
            return new Paired(List.of(), List.of());
        }
        LanguageVersion first = versions.get(0);
        for (int i = 0; i < first.clauses().size(); i++) {
            groups.add(groups.create(i), first.language(), first.clauses().get(i));
        }

        Map<Language, Double> lengths = Scorer.lengths(versions.stream()
                .collect(java.util.stream.Collectors.toMap(LanguageVersion::language, LanguageVersion::clauses)));
        for (LanguageVersion version : versions.subList(1, versions.size())) {
            // The groups so far, each given by its clauses in the language closest to this version:
            // a group holding two clauses of that language gives both, so that this version may
            // pair with each of them or join them as that language did.
            List<Integer> reference = new ArrayList<>();
            List<Clause> representatives = new ArrayList<>();
            List<Language> languages = new ArrayList<>();
            Map<Clause, Integer> groupOfRepresentative = new IdentityHashMap<>();
            Map<Clause, Language> languageOfRepresentative = new IdentityHashMap<>();
            for (int group : groups.ordered()) {
                Language language = groups.closestLanguage(group, version.language(), document.languages());
                for (Clause representative : groups.members(group, language)) {
                    reference.add(group);
                    representatives.add(representative);
                    languages.add(language);
                    groupOfRepresentative.put(representative, group);
                    languageOfRepresentative.put(representative, language);
                }
            }
            for (Bead bead : PairAligner.align(representatives, languages, version.language(), version.clauses(),
                    lengths, profiles)) {
                int group;
                if (bead.a().isEmpty()) {
                    group = groups.create(groups.orderBetween(reference, bead.order()));
                } else {
                    group = groupOfRepresentative.get(bead.a().get(0));
                    for (Clause other : bead.a().subList(1, bead.a().size())) {
                        group = groups.union(group, groupOfRepresentative.get(other));
                    }
                    groups.judge(group, bead, languageOfRepresentative.get(bead.a().get(0)), version.language());
                }
                for (Clause clause : bead.b()) {
                    groups.add(group, version.language(), clause);
                }
            }
        }
        return new Paired(groups.build(document.languages()), groups.numbered());
    }

    /** Groups under construction, merged with union–find. */
    private static final class Groups {
        private final List<Integer> parent = new ArrayList<>();
        private final List<Double> order = new ArrayList<>();
        private final List<Map<Language, List<Clause>>> clauses = new ArrayList<>();
        private final List<Set<String>> reasons = new ArrayList<>();
        private final List<Double> confidence = new ArrayList<>();
        /** Whether every pairing that made the group was by numbering. */
        private final List<Boolean> numbered = new ArrayList<>();

        int create(double place) {
            parent.add(parent.size());
            order.add(place);
            clauses.add(new EnumMap<>(Language.class));
            reasons.add(new LinkedHashSet<>());
            confidence.add(1.0);
            numbered.add(true);
            return parent.size() - 1;
        }

        int find(int g) {
            while (parent.get(g) != g) {
                parent.set(g, parent.get(parent.get(g)));
                g = parent.get(g);
            }
            return g;
        }

        void add(int group, Language language, Clause clause) {
            int root = find(group);
            clauses.get(root).computeIfAbsent(language, l -> new ArrayList<>()).add(clause);
        }

        int union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb) {
                return ra;
            }
            int keep = order.get(ra) <= order.get(rb) ? ra : rb;
            int gone = keep == ra ? rb : ra;
            parent.set(gone, keep);
            clauses.get(gone).forEach((language, list) ->
                    clauses.get(keep).computeIfAbsent(language, l -> new ArrayList<>()).addAll(list));
            reasons.get(keep).addAll(reasons.get(gone));
            confidence.set(keep, Math.min(confidence.get(keep), confidence.get(gone)));
            numbered.set(keep, numbered.get(keep) && numbered.get(gone));
            return keep;
        }

        /** @return the current groups, in order */
        List<Integer> ordered() {
            List<Integer> roots = new ArrayList<>();
            for (int g = 0; g < parent.size(); g++) {
                if (find(g) == g && !clauses.get(g).isEmpty()) {
                    roots.add(g);
                }
            }
            roots.sort(Comparator.comparingDouble(order::get));
            return roots;
        }

        /** The group's language to compare a version with: the same script if the group has it. */
        Language closestLanguage(int group, Language version, List<Language> languages) {
            Map<Language, List<Clause>> members = clauses.get(find(group));
            boolean japanese = version == Language.JA;
            for (Language language : languages) {
                if (members.containsKey(language) && (language == Language.JA) == japanese) {
                    return language;
                }
            }
            return languages.stream().filter(members::containsKey).findFirst().orElseThrow();
        }

        /** The group's clauses in a language, in the order of their version. */
        List<Clause> members(int group, Language language) {
            List<Clause> list = new ArrayList<>(clauses.get(find(group)).get(language));
            list.sort(Comparator.comparingInt(Clause::start));
            return list;
        }

        /** A place between the groups around a bead's position in the ordered groups. */
        double orderBetween(List<Integer> reference, double beadOrder) {
            int next = (int) Math.ceil(beadOrder);
            double after = next < reference.size() ? order.get(find(reference.get(next))) : Double.NaN;
            double before = next > 0 ? order.get(find(reference.get(next - 1))) : Double.NaN;
            double fraction = beadOrder - Math.floor(beadOrder);
            if (Double.isNaN(before)) {
                return (Double.isNaN(after) ? 0 : after) - 1 + fraction;
            }
            if (Double.isNaN(after) || after <= before) {
                return before + fraction;
            }
            return before + (after - before) * fraction;
        }

        /** Lowers a group's confidence for what makes a pairing doubtful, and says why. */
        void judge(int group, Bead bead, Language from, Language to) {
            int root = find(group);
            if (bead.b().isEmpty()) {
                return;
            }
            Set<String> why = reasons.get(root);
            double c = bead.byNumbering() ? 0.98 : 0.9;
            if (!bead.byNumbering()) {
                numbered.set(root, false);
                why.add(BY_CONTENT);
                c -= 0.12 * Math.max(0, bead.lengthDeviation() - 1);
                if (bead.agreement() >= 0) {
                    c += 0.08 * bead.agreement() - 0.1 * (1 - bead.agreement());
                }
            }
            if (bead.a().size() + bead.b().size() > 2) {
                c -= 0.1;
                why.add(bead.a().size() + " " + from.code() + " clause(s) for " + bead.b().size() + " " + to.code());
            }
            if (bead.lengthDeviation() > 2.5) {
                c -= Math.min(0.4, 0.08 * (bead.lengthDeviation() - 2.5));
                why.add(from.code() + "/" + to.code() + " length ratio far from the document's");
            }
            confidence.set(root, Math.min(confidence.get(root), Math.max(0.05, Math.min(1, c))));
        }

        /** @return for each group {@link #build(List)} gives, whether numbering alone made it */
        List<Boolean> numbered() {
            return ordered().stream().map(numbered::get).toList();
        }

        List<ClauseGroup> build(List<Language> languages) {
            List<ClauseGroup> result = new ArrayList<>();
            for (int root : ordered()) {
                result.add(build(root, languages));
            }
            return result;
        }

        private ClauseGroup build(int root, List<Language> languages) {
            Map<Language, List<Clause>> members = clauses.get(root);
            members.values().forEach(list -> list.sort(Comparator.comparingInt(Clause::start)));
            Set<String> why = new LinkedHashSet<>(reasons.get(root));
            double c = confidence.get(root);
            List<String> missing = languages.stream().filter(l -> !members.containsKey(l)).map(Language::code).toList();
            if (!missing.isEmpty()) {
                why.add("missing in " + String.join(", ", missing));
                c = Math.min(c, MISSING_CONFIDENCE);
            }
            Language lead = languages.stream().filter(members::containsKey).findFirst().orElseThrow();
            Clause first = members.get(lead).get(0);
            boolean agree = members.values().stream().allMatch(l -> l.size() == 1 && l.get(0).id().equals(first.id()));
            String id = agree || lead == languages.get(0) ? first.id() : lead.code() + ":" + first.id();
            return new ClauseGroup(id, first.label(), Math.round(c * 100) / 100.0, String.join("; ", why), members);
        }
    }
}
