package org.clausealign.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.clausealign.InputException;
import org.clausealign.lang.Language;
import org.clausealign.text.Scripts;

/**
 * Turns a user's query into a Lucene query: words, "exact phrases", AND/OR/NOT and prefix* in
 * Lucene's classic syntax over the query language's field, the exact field (and for Japanese the
 * bigram field), and the filters {@code doc:}, {@code lang:} and {@code clause:} (wildcards
 * allowed: {@code clause:2.c.*}) as filters that do not change the ranking.
 */
final class QueryBuilder {
    private static final Pattern FILTER = Pattern.compile("(?<![^\\s(])(doc|lang|clause):(\"[^\"]*\"|\\S+)");
    private static final Map<String, String> FILTER_FIELDS = Map.of("doc", Fields.DOC, "lang", Fields.LANG,
            "clause", Fields.CLAUSE);

    /** A parsed query and the language it was searched in (empty: English and French). */
    record Parsed(Query query, Optional<Language> language) {}

    private static final int MAX_MESSAGE = 200;

    private QueryBuilder() {}

    static Parsed parse(String text, Language given) {
        Map<String, String> filters = new LinkedHashMap<>();
        Matcher m = FILTER.matcher(text);
        StringBuilder rest = new StringBuilder();
        List<Query> filterQueries = new ArrayList<>();
        while (m.find()) {
            String value = m.group(2).replace("\"", "");
            if (m.group(1).equals("clause")) {
                // Labels as results show them (2(c)(vii)) name the same clauses as ids (2.c.vii).
                value = value.replace(")(", ".").replace("(", ".").replace(")", "");
            } else if (m.group(1).equals("lang")) {
                try {
                    value = Language.of(value).code();
                } catch (IllegalArgumentException e) {
                    throw new InputException("query", "has lang:" + value + ", but the languages are ja, en and fr", e);
                }
            }
            filters.put(m.group(1), value);
            String field = FILTER_FIELDS.get(m.group(1));
            filterQueries.add(value.contains("*") || value.contains("?")
                    ? new WildcardQuery(new Term(field, value)) : new TermQuery(new Term(field, value)));
            m.appendReplacement(rest, " ");
        }
        m.appendTail(rest);
        String words = rest.toString().strip();
        Optional<Language> language = Optional.ofNullable(given != null ? given : detect(words));
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (words.isEmpty()) {
            if (filterQueries.isEmpty()) {
                throw new InputException("query", "is empty");
            }
            query.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        } else {
            query.add(words(words, language), BooleanClause.Occur.MUST);
        }
        filterQueries.forEach(q -> query.add(q, BooleanClause.Occur.FILTER));
        return new Parsed(query.build(), language);
    }

    private static Query words(String words, Optional<Language> language) {
        Map<String, Float> boosts = new LinkedHashMap<>();
        if (language.isPresent()) {
            boosts.put(Fields.text(language.get()), 1.0f);
            if (language.get() == Language.JA) {
                boosts.put(Fields.BIGRAM, 0.5f);
            }
        } else {
            boosts.put(Fields.text(Language.EN), 1.0f);
            boosts.put(Fields.text(Language.FR), 1.0f);
        }
        boosts.put(Fields.EXACT, 0.6f);
        MultiFieldQueryParser parser = new MultiFieldQueryParser(boosts.keySet().toArray(String[]::new),
                Fields.ANALYZER, boosts);
        parser.setDefaultOperator(QueryParser.Operator.OR);
        // Japanese is written without spaces: a compound typed as one word is a phrase of its parts.
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(language.orElse(null) == Language.JA);
        Query query;
        try {
            query = parser.parse(words);
        } catch (ParseException | IllegalArgumentException | IndexSearcher.TooManyClauses e) {
            if (e instanceof IndexSearcher.TooManyClauses || e.getCause() instanceof IndexSearcher.TooManyClauses) {
                throw new InputException("query", "is too long: it makes more than "
                        + IndexSearcher.getMaxClauseCount() + " search terms", e);
            }
            throw new InputException("query", "cannot be read (check its quotes, brackets and AND/OR/NOT): "
                    + firstLine(e.getMessage()), e);
        }
        // "NOT Indigenous" alone means every clause without the word.
        if (query instanceof BooleanQuery bool && !bool.clauses().isEmpty()
                && bool.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
            BooleanQuery.Builder all = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
            bool.clauses().forEach(all::add);
            query = all.build();
        }
        return query;
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

    private static String firstLine(String message) {
        if (message == null) {
            return "bad syntax";
        }
        int end = message.indexOf('\n');
        String line = (end < 0 ? message : message.substring(0, end)).strip();
        // The parser repeats the whole query; a long one would bury the reason.
        return line.length() > MAX_MESSAGE ? line.substring(0, MAX_MESSAGE) + "…" : line;
    }
}
