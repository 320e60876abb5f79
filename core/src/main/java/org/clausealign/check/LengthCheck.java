package org.clausealign.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clausealign.align.Alignment;
import org.clausealign.align.ClauseGroup;
import org.clausealign.clause.Clause;
import org.clausealign.clause.ClauseKind;
import org.clausealign.lang.Language;

/**
 * Clauses much longer or shorter than their counterpart, against the document's own ratio for the
 * language pair (median and median absolute deviation of the log ratios, so that a few omissions
 * do not hide themselves): a possible omission or addition.
 */
final class LengthCheck implements Check {
    /** Clauses shorter than this say too little for their length to mean anything. */
    private static final int MIN_LENGTH = 40;
    /** Fewer pairs give no usable ratio. */
    private static final int MIN_GROUPS = 8;
    /** The spread of log ratios is never taken below this, so that near-identical texts do not alarm. */
    private static final double MIN_SPREAD = 0.05;

    @Override
    public String id() {
        return "length";
    }

    @Override
    public List<Finding> check(Alignment alignment, CheckOptions options) {
        List<Finding> findings = new ArrayList<>();
        List<Language> languages = alignment.languages();
        if (languages.size() < 2) {
            return findings;
        }
        // z scores of every pair of versions: zOf.get(a).get(b) holds, per group, how far b's
        // length is from what a's length and the document's ratio predict.
        Map<Language, Map<Language, Map<ClauseGroup, Double>>> zOf = new EnumMap<>(Language.class);
        for (Language a : languages) {
            for (Language b : languages) {
                if (a != b) {
                    zOf.computeIfAbsent(a, l -> new EnumMap<>(Language.class)).put(b, scores(alignment, a, b));
                }
            }
        }
        for (ClauseGroup group : alignment.groups()) {
            for (Language suspect : languages) {
                // A version is suspect only if it strays from every other version the same way:
                // Japanese loanwords make one pair stray where the clause is sound.
                double weakest = Double.NaN;
                for (Language other : languages) {
                    if (other == suspect) {
                        continue;
                    }
                    Double z = zOf.get(other).get(suspect).get(group);
                    if (z == null || Math.abs(z) <= options.lengthOutlier() || (!Double.isNaN(weakest) && Math.signum(z) != Math.signum(weakest))) {
                        weakest = Double.NaN;
                        break;
                    }
                    weakest = Double.isNaN(weakest) || Math.abs(z) < Math.abs(weakest) ? z : weakest;
                }
                // Between two versions, one longer is the other shorter: told once, as the possible omission.
                if (!Double.isNaN(weakest) && !(languages.size() == 2 && weakest > 0)) {
                    Map<Language, String> evidence = new LinkedHashMap<>();
                    languages.forEach(l -> evidence.put(l, group.text(l)));
                    findings.add(Groups.finding(id(), Severity.WARNING, group, languages, evidence, String.format(Locale.ROOT,
                            "The %s version of %s is much %s than the others, against this document's usual ratios: "
                                    + "possibly %s.", suspect.code(), group.label(), weakest > 0 ? "longer" : "shorter",
                            weakest > 0 ? "an addition" : "an omission")));
                }
            }
        }
        return findings;
    }

    /** Robust z scores of log(length b / length a) per group against the document's median. */
    private static Map<ClauseGroup, Double> scores(Alignment alignment, Language base, Language other) {
        Map<ClauseGroup, Double> logRatios = new LinkedHashMap<>();
        for (ClauseGroup group : alignment.groups()) {
            if (!isRunningText(group)) {
                continue;
            }
            int a = length(group.clauses(base));
            int b = length(group.clauses(other));
            if (a >= MIN_LENGTH && b >= MIN_LENGTH) {
                logRatios.put(group, Math.log((double) b / a));
            }
        }
        Map<ClauseGroup, Double> scores = new LinkedHashMap<>();
        if (logRatios.size() < MIN_GROUPS) {
            return scores;
        }
        double[] values = logRatios.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = values[values.length / 2];
        double[] deviations = Arrays.stream(values).map(v -> Math.abs(v - median)).sorted().toArray();
        double spread = Math.max(MIN_SPREAD, 1.4826 * deviations[deviations.length / 2]);
        logRatios.forEach((group, ratio) -> scores.put(group, (ratio - median) / spread));
        return scores;
    }

    /** Titles, headings and signature blocks are names, whose lengths differ by style, not content. */
    private static boolean isRunningText(ClauseGroup group) {
        Clause first = group.clauses().values().iterator().next().get(0);
        return first.kind() != ClauseKind.TITLE && first.kind() != ClauseKind.SIGNATURE && first.kind() != ClauseKind.SECTION;
    }

    private static int length(List<Clause> clauses) {
        int n = 0;
        for (Clause clause : clauses) {
            for (int i = 0; i < clause.normalized().length(); i++) {
                if (!Character.isWhitespace(clause.normalized().charAt(i))) {
                    n++;
                }
            }
        }
        return n;
    }
}
