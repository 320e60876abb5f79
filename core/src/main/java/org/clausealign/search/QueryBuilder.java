package org.clausealign.search;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.clausealign.InputException;
import org.clausealign.lang.Invariants;
import org.clausealign.lang.Language;
import org.clausealign.text.Scripts;

/**
 * Turns a user's query into a Lucene query. One language, Lucene's classic syntax, in which
 * words, "exact phrases", prefix*, fuzzy~ words and the filters {@code doc:}, {@code lang:} and
 * {@code clause:} (wildcards allowed: {@code clause:2.c.*}; labels too: {@code clause:2(c)(vii)})
 * combine freely with AND, OR, NOT and parentheses: {@code clause:2.c.* AND lang:ja},
 * {@code NOT lang:en recycling}. Words are searched in the query language's field, the exact
 * field (and for Japanese the bigram field); numbers, quantities and months also as the checks
 * read them ({@link NumberTerms}). Filters select without changing the ranking.
 */
final class QueryBuilder {
    /** Filters, for telling the words of a query from its filters (to detect its language). */
    private static final Pattern FILTER = Pattern.compile("(?<![^\\s(])(doc|lang|clause):(\"[^\"]*\"|[^\\s)]+)");
    /** A clause filter given as a label, 2(c)(vii): rewritten as its id, 2.c.vii, before parsing. */
    private static final Pattern LABEL_FILTER = Pattern.compile("(?<=clause:)([\\w.*?-]*(?:\\([\\w.*?-]+\\))+)");
    private static final Pattern OPERATOR = Pattern.compile("\\b(AND|OR|NOT)\\b|&&|\\|\\|");
    private static final Map<String, String> FILTER_FIELDS = Map.of("doc", Fields.DOC, "lang", Fields.LANG,
            "clause", Fields.CLAUSE);
    /** A character inside a compound is weaker evidence than a word. */
    private static final float SINGLE_CHARACTER_BOOST = 0.5f;
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    /** Number terms weigh more than a word: a quantity is rarer and more telling than its words. */
    private static final float NUMBER_BOOST = 1.5f;

    /** A parsed query and the language it was searched in (empty: English and French). */
    record Parsed(Query query, Optional<Language> language) {}

    private QueryBuilder() {}

    static Parsed parse(String text, Language given) {
        if (text.isBlank()) {
            throw new InputException("query", "is empty");
        }
        QuerySyntax.check(text);
        String words = words(text);
        Optional<Language> language = Optional.ofNullable(given != null ? given : detect(words));
        Map<String, Float> boosts = new LinkedHashMap<>();
        if (language.isPresent()) {
            boosts.put(Fields.text(language.get()), 1.0f);
        } else {
            boosts.put(Fields.text(Language.EN), 1.0f);
            boosts.put(Fields.text(Language.FR), 1.0f);
        }
        // Japanese clauses' words as written are in the bigram field, the others' in the exact field:
        // a Latin acronym or number is found in every version.
        boosts.put(Fields.BIGRAM, language.orElse(null) == Language.JA ? 0.5f : 0.6f);
        boosts.put(Fields.EXACT, 0.6f);
        Parser parser = new Parser(boosts, language.orElse(null));
        Query query;
        try {
            query = parser.parse(QuerySyntax.requireFilters(QuerySyntax.escapeLiterals(labelsAsIds(text))));
        } catch (ParseException | IllegalArgumentException | IndexSearcher.TooManyClauses e) {
            if (e instanceof IndexSearcher.TooManyClauses || e.getCause() instanceof IndexSearcher.TooManyClauses) {
                throw new InputException("query", "is too long: it makes more than "
                        + IndexSearcher.getMaxClauseCount() + " search terms", e);
            }
            if (e.getCause() instanceof InputException bad) {
                throw bad;
            }
            throw QuerySyntax.unreadable(text, e);
        }
        return new Parsed(withNumbers(allNegative(wordsRequired(query)), words, language.orElse(null)), language);
    }

    /**
     * Starts loading, on background threads, what reading this query will need once per process:
     * the number words of its language, kuromoji's dictionaries for Japanese.
     *
     * @param text the query
     * @param given its language, or null to detect it
     */
    static void prepare(String text, Language given) {
        Language language = given != null ? given : detect(words(text));
        // Numbers are read as English where the language is not known, as withNumbers reads them.
        Invariants.prepare(language == null ? Language.EN : language);
        if (language != null) {
            language.rules().prepareAnalysis();
        }
    }

    /** The query without its filters, operators and brackets: its words, to detect their language. */
    private static String words(String text) {
        return OPERATOR.matcher(FILTER.matcher(text).replaceAll(" ")).replaceAll(" ").replaceAll("[()]", " ").strip();
    }

    /**
     * Words beside required filters must still match: {@code research +clause:2.c.*} finds the
     * items of 2(c) that mention research, not all of them.
     */
    private static Query wordsRequired(Query query) {
        if (!(query instanceof BooleanQuery bool)) {
            return query;
        }
        BooleanQuery.Builder rebuilt = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        boolean filters = false;
        boolean scored = false;
        boolean should = false;
        for (BooleanClause clause : bool.clauses()) {
            rebuilt.add(wordsRequired(clause.query()), clause.occur());
            boolean required = clause.occur() == BooleanClause.Occur.MUST || clause.occur() == BooleanClause.Occur.FILTER;
            filters |= required && isFilter(clause.query());
            scored |= required && !isFilter(clause.query());
            should |= clause.occur() == BooleanClause.Occur.SHOULD;
        }
        if (filters && !scored && should && bool.getMinimumNumberShouldMatch() == 0) {
            rebuilt.setMinimumNumberShouldMatch(1);
        }
        return rebuilt.build();
    }

    private static boolean isFilter(Query query) {
        return query instanceof BoostQuery boost && boost.getBoost() == 0f && boost.getQuery() instanceof ConstantScoreQuery;
    }

    /** "NOT Indigenous" alone means every clause without the word. */
    private static Query allNegative(Query query) {
        if (query instanceof BooleanQuery bool && !bool.clauses().isEmpty()
                && bool.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
            BooleanQuery.Builder all = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
            bool.clauses().forEach(all::add);
            return all.build();
        }
        return query;
    }

    /**
     * A quantity typed as several words (600 gigawatt hours) is read from the whole query: where
     * any word may match (no AND), it is one more way to match.
     */
    private static Query withNumbers(Query query, String words, Language language) {
        if (query instanceof BooleanQuery bool && bool.clauses().stream().anyMatch(c -> c.occur() == BooleanClause.Occur.MUST
                || c.occur() == BooleanClause.Occur.FILTER)) {
            return query;
        }
        Query numbers = numbers(words, language);
        if (numbers == null) {
            return query;
        }
        return new BooleanQuery.Builder().add(query, BooleanClause.Occur.SHOULD).add(numbers, BooleanClause.Occur.SHOULD)
                .build();
    }

    /** @return the number terms the text states, any of them matching, or null if it states none */
    private static Query numbers(String text, Language language) {
        List<String> terms = NumberTerms.ofQuery(text, language);
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String term : terms) {
            any.add(new TermQuery(new Term(Fields.NUMBER, term)), BooleanClause.Occur.SHOULD);
        }
        return new BoostQuery(any.build(), NUMBER_BOOST);
    }

    private static String labelsAsIds(String text) {
        // Labels as results show them (2(c)(vii)) name the same clauses as ids (2.c.vii).
        return LABEL_FILTER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1).replace(")(", ".").replace("(", ".").replace(")", "")));
    }

    /**
     * The language a query is written in: Japanese if it has Japanese letters, otherwise English or
     * French by their function words and accents, or null when a few Latin words could be either.
     */
    static Language detect(String words) {
        if (words.codePoints().anyMatch(Scripts::isJapaneseLetter)) {
            return Language.JA;
        }
        Map<Language, Integer> evidence = new EnumMap<>(Language.class);
        for (Language language : List.of(Language.EN, Language.FR)) {
            evidence.put(language, language.rules().evidence(words));
        }
        int en = evidence.get(Language.EN);
        int fr = evidence.get(Language.FR);
        return en > fr ? Language.EN : fr > en ? Language.FR : null;
    }

    /** The classic parser, with filters as filters and numbers read as the checks read them. */
    private static final class Parser extends MultiFieldQueryParser {
        private final Language language;
        private final String[] fields;

        Parser(Map<String, Float> boosts, Language language) {
            super(boosts.keySet().toArray(String[]::new), Fields.ANALYZER, boosts);
            this.language = language;
            this.fields = boosts.keySet().toArray(String[]::new);
            setDefaultOperator(QueryParser.Operator.OR);
            // Japanese is written without spaces: a compound typed as one word is a phrase of its parts.
            setSplitOnWhitespace(true);
            setAutoGeneratePhraseQueries(language == Language.JA);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            if (field != null && FILTER_FIELDS.containsKey(field)) {
                return filter(field, queryText);
            }
            if (field != null && !Fields.isIndexed(field)) {
                // "Note: …" is not a filter: the word before the colon is one more word.
                return or(getFieldQuery(null, field, false), getFieldQuery(null, queryText, quoted));
            }
            if (field != null) {
                return super.getFieldQuery(field, queryText, quoted);
            }
            return or(or(super.getFieldQuery(null, queryText, quoted), singleCharacter(queryText)),
                    numbers(queryText, language));
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            if (field != null && FILTER_FIELDS.containsKey(field)) {
                return filter(field, queryText);
            }
            return or(super.getFieldQuery(field, queryText, slop), field == null ? numbers(queryText, language) : null);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            return field != null && FILTER_FIELDS.containsKey(field) ? filter(field, termStr + "*")
                    : super.getPrefixQuery(words(field), termStr);
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            return field != null && FILTER_FIELDS.containsKey(field) ? filter(field, termStr)
                    : super.getWildcardQuery(words(field), termStr);
        }

        /**
         * A fuzzy word is analysed as indexed first, so that it is compared with stems: Indigneous~
         * (stem "indign") is one edit from "indigen", the stem of Indigenous.
         */
        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            if (words(field) != null) {
                return super.getFuzzyQuery(field, termStr, minSimilarity);
            }
            int edits = minSimilarity >= 1 ? Math.min((int) minSimilarity, FuzzyQuery.defaultMaxEdits) : FuzzyQuery.defaultMaxEdits;
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String each : fields) {
                BytesRef stem = analyzeFirst(each, termStr);
                if (stem != null) {
                    any.add(new FuzzyQuery(new Term(each, stem), edits), BooleanClause.Occur.SHOULD);
                }
            }
            return any.build();
        }

        private BytesRef analyzeFirst(String field, String word) {
            try (TokenStream stream = getAnalyzer().tokenStream(field, word)) {
                TermToBytesRefAttribute term = stream.addAttribute(TermToBytesRefAttribute.class);
                stream.reset();
                BytesRef first = stream.incrementToken() ? BytesRef.deepCopyOf(term.getBytesRef()) : null;
                stream.end();
                return first;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                boolean endInclusive) throws ParseException {
            throw new ParseException("ranges");
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            throw new ParseException("regular expressions");
        }

        /**
         * A single Japanese character is found inside any compound: the bigram field holds pairs
         * only, so it is the first or the second character of a pair (鉱 in 鉱物 and in 要鉱).
         */
        private static Query singleCharacter(String text) {
            String normalized = NFKC.normalize(text);
            if (normalized.codePointCount(0, normalized.length()) != 1
                    || !Scripts.isJapaneseLetter(normalized.codePointAt(0))) {
                return null;
            }
            BooleanQuery.Builder pairs = new BooleanQuery.Builder()
                    .add(new PrefixQuery(new Term(Fields.BIGRAM, normalized)), BooleanClause.Occur.SHOULD)
                    .add(new WildcardQuery(new Term(Fields.BIGRAM, "*" + normalized)), BooleanClause.Occur.SHOULD);
            return new BoostQuery(pairs.build(), SINGLE_CHARACTER_BOOST);
        }

        /** Words after an unknown field name are searched as words. */
        private static String words(String field) {
            return field == null || Fields.isIndexed(field) ? field : null;
        }

        private static Query or(Query a, Query b) {
            if (a == null || b == null) {
                return a == null ? b : a;
            }
            return new BooleanQuery.Builder().add(a, BooleanClause.Occur.SHOULD).add(b, BooleanClause.Occur.SHOULD).build();
        }

        /** A filter matches or not; it adds nothing to a clause's score. */
        private static Query filter(String name, String value) {
            if (name.equals("lang")) {
                try {
                    value = Language.of(value).code();
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(e.getMessage(), new InputException("query",
                            "has lang:" + value + ", but the languages are ja, en and fr", e));
                }
            }
            Term term = new Term(FILTER_FIELDS.get(name), value);
            Query query = value.contains("*") || value.contains("?") ? new WildcardQuery(term) : new TermQuery(term);
            return new BoostQuery(new ConstantScoreQuery(query), 0f);
        }
    }
}
