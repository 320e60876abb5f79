package org.clausealign.lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.clausealign.InputException;
import org.clausealign.Line;
import org.clausealign.SourceText;
import org.clausealign.text.Scripts;

/**
 * Gives each line of an input to a language version.
 *
 * <p>Every line is scored by each language's {@link LanguageRules#evidence(String)}; the best
 * sequence of languages is then found by dynamic programming (Viterbi) with a cost for each
 * change of language. A line with no evidence of its own (a name, an acronym, "(MSP);") stays in
 * the language around it, while a line with clear evidence can switch language even for one line,
 * as the trilingual signature blocks of a treaty do ("FOR THE MINISTRY…" / "POUR LE MINISTÈRE…").
 * A language holding less than a tenth of the evidence is not a version of its own: its lines are
 * quotations or names, and stay in the versions around them.
 */
public final class LanguageSeparator {
    /** Points a line must outweigh to change language and back. */
    private static final int SWITCH_COST = 3;
    /** Below this share of all evidence a language is not a version of its own. */
    private static final double MIN_VERSION_SHARE = 0.1;
    private static final Pattern SEPARATOR = Pattern.compile("_{5,}");
    /** Points below which a text is too short to say clearly what language it is. */
    private static final int CLEAR_EVIDENCE = 20;
    private static final Pattern TRAILING_CLOSERS = Pattern.compile("[\\s”’\"»)）」』\\]]+$");
    private static final String SENTENCE_END = ".。!?！？";

    private LanguageSeparator() {}

    /**
     * Separates an input into its language versions.
     *
     * @param source the input, for messages
     * @param lines its lines
     * @param allowed the languages the input may hold; all of them when empty. With exactly one,
     *     every line is that language and nothing is detected.
     * @return one entry per language found, in the order of their first line
     * @throws InputException if no line is recognisably Japanese, English or French, or if the one
     *     language allowed contradicts what the text clearly is (French given for English text)
     */
    public static List<VersionLines> separate(SourceText source, List<Line> lines, List<Language> allowed) {
        if (allowed.size() == 1) {
            requireReadsAs(source, lines, allowed.get(0));
        }
        List<Language> states = new ArrayList<>(allowed.isEmpty() ? List.of(Language.values()) : allowed);
        List<Line> textLines = new ArrayList<>();
        List<int[]> evidence = new ArrayList<>();
        int total = 0;
        for (Line line : lines) {
            if (line.isBlank() || isSeparator(line)) {
                continue;
            }
            int[] points = new int[states.size()];
            // One language needs no evidence: every line is it (requireReadsAs has read the text).
            if (states.size() > 1) {
                for (int s = 0; s < states.size(); s++) {
                    points[s] = states.get(s).rules().evidence(line.raw());
                    total += points[s];
                }
            }
            textLines.add(line);
            evidence.add(points);
        }
        if (states.size() > 1 && total == 0) {
            throw new InputException(source.name(), "holds no recognisable Japanese, English or French text");
        }
        Language[] assigned = assign(states, evidence);
        while (states.size() > 1) {
            Language weakest = weakest(states, assigned, evidence);
            if (weakest == null) {
                break;
            }
            int removed = states.indexOf(weakest);
            states.remove(removed);
            for (int i = 0; i < evidence.size(); i++) {
                int[] old = evidence.get(i);
                int[] shorter = new int[old.length - 1];
                for (int s = 0, t = 0; s < old.length; s++) {
                    if (s != removed) {
                        shorter[t++] = old[s];
                    }
                }
                evidence.set(i, shorter);
            }
            assigned = assign(states, evidence);
        }
        titlesFollow(textLines, evidence, assigned);
        return versions(lines, textLines, assigned);
    }

    /**
     * Lines with no evidence of their own right before a change of language stay with the lines
     * before them, unless they read as the next version's title: they stand after a finished
     * sentence and end none themselves, or they are Latin text after Japanese ("Creative Commons
     * Attribution 4.0 International" at the head of the English version of a trilingual file).
     */
    private static void titlesFollow(List<Line> textLines, List<int[]> evidence, Language[] assigned) {
        for (int k = 1; k < assigned.length; k++) {
            if (assigned[k] == assigned[k - 1]) {
                continue;
            }
            int first = k;
            while (first > 0 && assigned[first - 1] == assigned[k - 1] && Arrays.stream(evidence.get(first - 1)).sum() == 0) {
                first--;
            }
            if (first == k || first == 0) {
                continue;
            }
            List<Line> run = textLines.subList(first, k);
            boolean latinAfterJapanese = assigned[k - 1] == Language.JA && assigned[k] != Language.JA
                    && run.stream().allMatch(line -> line.content().codePoints().noneMatch(Scripts::isJapanese));
            boolean title = endsSentence(textLines.get(first - 1).content())
                    && run.stream().noneMatch(line -> endsSentence(line.content()));
            if (latinAfterJapanese || title) {
                Arrays.fill(assigned, first, k, assigned[k]);
            }
        }
    }

    private static boolean endsSentence(String content) {
        String trimmed = TRAILING_CLOSERS.matcher(content).replaceAll("");
        return !trimmed.isEmpty() && SENTENCE_END.indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0;
    }

    /**
     * A language given for a whole file is taken on trust, unless the text clearly is another: the
     * given language holds less than a version's share of the evidence, and another language
     * most of it. Languages given in the wrong order would otherwise yield a report of nothing
     * but "untranslated" clauses.
     */
    private static void requireReadsAs(SourceText source, List<Line> lines, Language given) {
        Map<Language, Long> points = new EnumMap<>(Language.class);
        long total = 0;
        for (Line line : lines) {
            if (line.isBlank() || isSeparator(line)) {
                continue;
            }
            for (Language language : Language.values()) {
                int p = language.rules().evidence(line.raw());
                points.merge(language, (long) p, Long::sum);
                total += p;
            }
        }
        Language best = given;
        for (Language language : Language.values()) {
            if (points.getOrDefault(language, 0L) > points.getOrDefault(best, 0L)) {
                best = language;
            }
        }
        if (total >= CLEAR_EVIDENCE && points.getOrDefault(given, 0L) < total * MIN_VERSION_SHARE
                && points.get(best) * 2 > total) {
            throw new InputException(source.name(), "is " + best.code() + " text, but the languages given say "
                    + given.code() + "; give one language per file, in the order of the files");
        }
    }

    /**

     * {@return whether the line is a rule of underscores}

     *

     * @param line a line of the input

     */
    public static boolean isSeparator(Line line) {
        String content = line.content();
        // Most lines are not a rule: their first character says so without a regex.
        return !content.isEmpty() && content.charAt(0) == '_' && SEPARATOR.matcher(content).matches();
    }

    private static Language[] assign(List<Language> states, List<int[]> evidence) {
        int n = evidence.size();
        int k = states.size();
        Language[] result = new Language[n];
        if (k == 1) {
            Arrays.fill(result, states.get(0));
            return result;
        }
        long[] score = new long[k];
        int[][] back = new int[n][k];
        for (int i = 0; i < n; i++) {
            int[] points = evidence.get(i);
            long[] next = new long[k];
            for (int s = 0; s < k; s++) {
                // On a tie, change language as late as possible: a line with no evidence of its
                // own stays with the lines before it.
                long best = i == 0 ? 0 : score[s];
                int from = s;
                for (int p = 0; p < k && i > 0; p++) {
                    if (p != s && score[p] - SWITCH_COST >= best) {
                        best = score[p] - SWITCH_COST;
                        from = p;
                    }
                }
                next[s] = best + points[s];
                back[i][s] = from;
            }
            score = next;
        }
        int state = 0;
        for (int s = 1; s < k; s++) {
            if (score[s] > score[state]) {
                state = s;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            result[i] = states.get(state);
            state = back[i][state];
        }
        return result;
    }

    private static Language weakest(List<Language> states, Language[] assigned, List<int[]> evidence) {
        Map<Language, Long> share = new EnumMap<>(Language.class);
        long total = 0;
        for (int i = 0; i < assigned.length; i++) {
            int points = evidence.get(i)[states.indexOf(assigned[i])];
            share.merge(assigned[i], (long) points, Long::sum);
            total += points;
        }
        Language weakest = null;
        long least = Long.MAX_VALUE;
        for (Language language : states) {
            long points = share.getOrDefault(language, 0L);
            if (points < least) {
                least = points;
                weakest = language;
            }
        }
        return least < total * MIN_VERSION_SHARE ? weakest : null;
    }

    private static List<VersionLines> versions(List<Line> lines, List<Line> textLines, Language[] assigned) {
        Map<Line, Language> languageOf = new IdentityHashMap<>();
        for (int i = 0; i < textLines.size(); i++) {
            languageOf.put(textLines.get(i), assigned[i]);
        }
        List<Language> order = new ArrayList<>();
        for (Language language : assigned) {
            if (!order.contains(language)) {
                order.add(language);
            }
        }
        List<VersionLines> result = new ArrayList<>();
        for (Language language : order) {
            List<VersionLine> own = new ArrayList<>();
            boolean otherSince = false;
            int blanks = 0;
            for (Line line : lines) {
                if (line.isBlank()) {
                    blanks++;
                    continue;
                }
                Language of = languageOf.get(line);
                if (of == null || of == language) {
                    own.add(new VersionLine(line, of == null, otherSince && !own.isEmpty(), blanks));
                    otherSince = false;
                } else {
                    otherSince = true;
                }
                blanks = 0;
            }
            result.add(new VersionLines(language, own));
        }
        return result;
    }
}
