package org.clausealign.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.clausealign.lang.Language;

/**
 * "Did you mean": for a query that finds nothing, the same query with each word the index does
 * not hold replaced by the nearest word it does (up to two edits, the first letter kept), as
 * Lucene's DirectSpellChecker finds them, over the English and French text fields. The text
 * fields hold stems; the word suggested is the one a clause writes, read back from a clause
 * that holds the stem.
 */
final class Suggester {
    /** Latin words: Japanese is not misspelled letter by letter. */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}:*?~])\\p{IsLatin}[\\p{IsLatin}'’]*(?![\\p{L}:*?~])");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");
    /** Shorter words have too many neighbours to guess from. */
    private static final int MIN_LENGTH = 4;
    private static final int MAX_EDITS = 2;

    private Suggester() {}

    /**
     * @param searcher the index
     * @param query the query as typed
     * @param language the query's language, or empty for English and French
     * @return the query with its unknown words corrected, if any was
     */
    static Optional<String> suggest(IndexSearcher searcher, String query, Optional<Language> language) throws IOException {
        List<Language> languages = language.filter(l -> l != Language.JA).map(List::of)
                .orElse(language.isPresent() ? List.of() : List.of(Language.EN, Language.FR));
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        Matcher m = WORD.matcher(query);
        while (m.find()) {
            String word = m.group();
            String replacement = word;
            if (word.length() >= MIN_LENGTH && !OPERATORS.contains(word)) {
                Optional<String> nearest = nearest(searcher, word, languages);
                if (nearest.isPresent()) {
                    String found = nearest.get();
                    replacement = Character.isUpperCase(word.charAt(0))
                            ? Character.toUpperCase(found.charAt(0)) + found.substring(1) : found;
                    changed = !replacement.equals(word);
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return changed ? Optional.of(out.toString()) : Optional.empty();
    }

    /** The closest indexed word in any of the languages, or empty if the word is known or has no neighbour. */
    private static Optional<String> nearest(IndexSearcher searcher, String word, List<Language> languages)
            throws IOException {
        IndexReader reader = searcher.getIndexReader();
        String best = null;
        String bestField = null;
        float bestBoost = -1;
        int bestFrequency = 0;
        for (Language language : languages) {
            String field = Fields.text(language);
            String stem = stem(field, word);
            Terms terms = MultiTerms.getTerms(reader, field);
            if (stem == null || terms == null) {
                continue;
            }
            if (reader.docFreq(new Term(field, stem)) > 0) {
                return Optional.empty();
            }
            FuzzyTermsEnum fuzzy = new FuzzyTermsEnum(terms, new Term(field, stem), MAX_EDITS, 1, true);
            for (BytesRef term = fuzzy.next(); term != null; term = fuzzy.next()) {
                if (fuzzy.getBoost() > bestBoost || fuzzy.getBoost() == bestBoost && fuzzy.docFreq() > bestFrequency) {
                    best = term.utf8ToString();
                    bestField = field;
                    bestBoost = fuzzy.getBoost();
                    bestFrequency = fuzzy.docFreq();
                }
            }
        }
        return best == null ? Optional.empty() : written(searcher, bestField, best);
    }

    /** The word as the field's analyzer indexes it, or null if it drops the word (a stop word). */
    private static String stem(String field, String word) throws IOException {
        try (TokenStream stream = Fields.ANALYZER.tokenStream(field, word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String first = stream.incrementToken() ? term.toString() : null;
            stream.end();
            return first;
        }
    }

    /** How a clause holding the stem writes it: the stem "indigen" is written "Indigenous". */
    private static Optional<String> written(IndexSearcher searcher, String field, String stem) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(field, stem)), 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        String text = searcher.storedFields().document(top.scoreDocs[0].doc).get(field);
        try (TokenStream stream = Fields.ANALYZER.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.toString().equals(stem)) {
                    String written = text.substring(offset.startOffset(), offset.endOffset());
                    stream.end();
                    return Optional.of(written);
                }
            }
            stream.end();
        }
        return Optional.empty();
    }
}
