package org.clausealign.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clausealign.align.Alignment;

/**
 * Runs every check on an aligned document.
 *
 * <pre>{@code
 * Report report = Checks.run(ClauseAlign.align(ClauseAlign.read(Path.of("moc.txt"))), CheckOptions.DEFAULTS);
 * report.findings().forEach(f -> System.out.println(f.label() + ": " + f.message()));
 * }</pre>
 */
public final class Checks {
    private static final List<Check> ALL = List.of(new StructureCheck(), new ContentCheck(), new NumberCheck(false), new NumberCheck(true),
            new AcronymCheck(), new TerminologyCheck(), new PunctuationCheck(), new LengthCheck(), new UntranslatedCheck());

    private Checks() {}

    /** {@return the ids of the checks, in the order they run} */
    public static List<String> ids() {
        return ALL.stream().map(Check::id).toList();
    }

    /**
     * {@return the findings of all checks at or above the lowest severity, in order of harm (errors,
     *     then warnings, then information), each severity in document order}
     *
     * @param alignment the document's clause groups
     * @param options thresholds and the lowest severity reported
     * @throws IllegalArgumentException if the options name a check that does not exist
     */
    public static Report run(Alignment alignment, CheckOptions options) {
        for (String id : options.checks()) {
            if (!ids().contains(id)) {
                throw new IllegalArgumentException("no check is called '" + id + "'; the checks are " + String.join(", ", ids()));
            }
        }
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < alignment.groups().size(); i++) {
            position.put(alignment.groups().get(i).id(), i);
        }
        List<Finding> findings = new ArrayList<>();
        Alignment compared = Continuations.folded(alignment);
        for (Check check : ALL) {
            if (!options.checks().isEmpty() && !options.checks().contains(check.id())) {
                continue;
            }
            for (Finding finding : check.check(compared, options)) {
                if (finding.severity().compareTo(options.minimum()) >= 0) {
                    findings.add(finding);
                }
            }
        }
        // A reviewer reads from the top: what is most likely wrong comes first.
        findings.sort(Comparator.comparing(Finding::severity, Comparator.reverseOrder())
                .thenComparingInt(f -> position.getOrDefault(f.group(), Integer.MAX_VALUE)));
        return new Report(alignment, findings);
    }
}
