package org.clausealign.align;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clausealign.clause.Clause;
import org.clausealign.lang.Invariants;
import org.clausealign.lang.Language;

/**
 * One version's clauses in a group, as {@link ContentAgreement} compares them: their content words
 * (also as codes, the numbers {@link ContentAgreement} gives words once every group is read: sorted,
 * and in the order of the words' set),
 * anchors, numbers and months, content length, and the word forms Latin-script versions share.
 */
record VersionContent(Set<String> words, int[] codes, int[] inOrder, Map<String, Integer> anchors,
        Map<String, Integer> numbers, int length, Set<String> cognates) {

    /**
     * @param language the version's language
     * @param clauses the version's clauses in one group, at least one
     * @return what they say, without codes yet
     */
    static VersionContent of(Language language, List<Clause> clauses) {
        Set<String> words = new HashSet<>();
        Map<String, Integer> anchors = new HashMap<>();
        Map<String, Integer> numbers = new HashMap<>();
        int length = 0;
        for (Clause clause : clauses) {
            length += Scorer.length(clause);
            Invariants.Stated stated = Invariants.withoutUnits(Figures.stated(clause.normalized()), language);
            stated.numbers().forEach(n -> numbers.merge(n, 1, Integer::sum));
            stated.months().forEach(m -> numbers.merge("month " + m, 1, Integer::sum));
            for (Words.Word word : Words.of(language, clause.text())) {
                if (word.length() == 1 && Words.isContentWord(word.term())) {
                    words.add(word.term());
                }
            }
            Anchors.of(clause.normalized(), language).forEach(a -> anchors.merge(a, 1, Integer::sum));
        }
        // Latin-script versions share word forms (technology, technologie): what a lexicon learned
        // from few groups misses in the rare words that tell siblings apart.
        Set<String> cognates = new HashSet<>();
        if (language != Language.JA) {
            clauses.forEach(c -> cognates.addAll(Anchors.cognates(c.normalized())));
        }
        return new VersionContent(words, null, null, anchors, numbers, length, cognates);
    }

    /**
     * @param inOrder its words' codes, in the order the words' set gives them
     * @return this content with its words' codes
     */
    VersionContent withCodes(int[] inOrder) {
        int[] sorted = inOrder.clone();
        Arrays.sort(sorted);
        return new VersionContent(words, sorted, inOrder, anchors, numbers, length, cognates);
    }
}
