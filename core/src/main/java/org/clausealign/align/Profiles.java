package org.clausealign.align;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.clausealign.clause.Clause;
import org.clausealign.clause.LanguageVersion;
import org.clausealign.lang.Language;

/**
 * What each clause brings to the comparison — its length, anchors and word forms as sorted
 * codes — read once per alignment on every core, since each later version is compared with
 * clauses already read.
 */
final class Profiles {
    /**
     * A clause's content length, anchors and (in Latin script) word forms, as sorted codes, and its
     * form.
     */
    record Profile(int length, int[] anchors, int[] cognates, int[] words, Form form) {}

    private static final int[] NONE = new int[0];

    /** Codes for anchor and word-form strings, so that comparing them is comparing ints. */
    private final Map<String, Integer> codes;
    private final AtomicInteger nextCode;
    private final Map<Clause, Profile> profiles = new IdentityHashMap<>();
    /** Whether word forms are worth reading: only when two versions write in Latin script. */
    private final boolean latin;
    /** What a first alignment taught about the document's words, or null in the first alignment. */
    private final Lexicon lexicon;

    /** @param versions the versions whose clauses will be compared */
    Profiles(List<LanguageVersion> versions) {
        this.codes = new ConcurrentHashMap<>();
        this.nextCode = new AtomicInteger();
        this.lexicon = null;
        this.latin = versions.stream().filter(v -> v.language() != Language.JA).count() >= 2;
        List<Clause> clauses = versions.stream().flatMap(v -> v.clauses().stream()).toList();
        List<Language> languages = versions.stream()
                .flatMap(v -> v.clauses().stream().map(c -> v.language())).toList();
        Profile[] read = new Profile[clauses.size()];
        IntStream.range(0, read.length).parallel().forEach(i -> read[i] = read(clauses.get(i), languages.get(i)));
        for (int i = 0; i < read.length; i++) {
            profiles.put(clauses.get(i), read[i]);
        }
    }

    /**
     * The same clauses' profiles for a second alignment: what the first read is kept, and each
     * clause's words are those of the lexicon.
     *
     * @param first the profiles of the first alignment
     * @param lexicon the word correspondences the first alignment taught
     */
    Profiles(Profiles first, Lexicon lexicon) {
        this.codes = first.codes;
        this.nextCode = first.nextCode;
        this.lexicon = lexicon;
        this.latin = first.latin;
        first.profiles.forEach((clause, p) -> profiles.put(clause,
                new Profile(p.length(), p.anchors(), p.cognates(), lexicon.of(clause), p.form())));
    }

    /**
     * @param clause a clause of the versions, or one standing for two of them
     * @param language its language
     * @return its profile, read now if the clause is new
     */
    Profile of(Clause clause, Language language) {
        Profile profile = profiles.get(clause);
        return profile != null ? profile : profiles.computeIfAbsent(clause, c -> read(c, language));
    }

    private Profile read(Clause clause, Language language) {
        int[] anchors = codes(Anchors.of(clause.normalized(), language));
        int[] cognates = latin && language != Language.JA ? codes(Anchors.cognates(clause.normalized())) : NONE;
        return new Profile(Scorer.length(clause), anchors, cognates, lexicon == null ? NONE : lexicon.of(clause),
                Form.of(clause.text(), language));
    }

    /** @return the word correspondences the profiles' words are compared by, or null */
    Lexicon lexicon() {
        return lexicon;
    }

    private int[] codes(List<String> strings) {
        int[] result = new int[strings.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = codes.computeIfAbsent(strings.get(i), k -> nextCode.getAndIncrement());
        }
        Arrays.sort(result);
        return result;
    }
}
