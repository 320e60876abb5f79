package org.clausealign.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.clausealign.align.Renderings;
import org.clausealign.align.Words;
import org.clausealign.check.Glossary;
import org.clausealign.lang.Language;

/**
 * The words of a hit's other versions that render what the query found in it: the renderings the
 * document teaches ({@link Renderings}), English–French cognates and, with a glossary, the agreed
 * rendering of a glossary term the hit uses and the query found a word of. Words are compared
 * after each language's search analysis, as the terminology check compares them, so "recycling"
 * finds its glossary entry "recycle" and 重要鉱物 its inflected uses.
 */
final class Counterparts {
    /** Groups holding a found word that its renderings are learned from, at most. */
    private static final int SAMPLE = 64;

    private final IndexSearcher searcher;
    private final Set<Term> queried = new HashSet<>();
    private final Glossary glossary;
    /** Glossary terms analysed, by language code and term: each once per search, not once per hit. */
    private final Map<String, List<String>> analysed = new HashMap<>();
    /** Each found word's renderings, by document, languages and word: learned once per search. */
    private final Map<String, Set<String>> learned = new HashMap<>();
    /**
     * A group's clause in another version, by document, group and language: its content words, or
     * empty if the version has no clause or several there. The found words of one query share most
     * of their groups, so each group's clause is read and analysed once per search.
     */
    private final Map<String, Optional<Set<String>>> rendered = new HashMap<>();
    /**
     * Whether two words as written are cognates, by the two words: each hit's other versions repeat
     * most of their words, and each word is compared with every found word.
     */
    private final Map<String, Boolean> cognatePairs = new HashMap<>();
    /** Clauses holding a word, by document, language and word: counted once per search. */
    private final Map<String, Integer> clausesWith = new HashMap<>();

    /**
     * @param searcher the searcher the hits come from
     * @param query the query
     * @param glossary agreed renderings, or null
     */
    Counterparts(IndexSearcher searcher, Query query, Glossary glossary) {
        this.searcher = searcher;
        this.glossary = glossary;
        query.visit(QueryVisitor.termCollector(queried));
    }

    /**
     * @param hit the hit's stored fields
     * @param aligned each version's text of the hit's group
     * @return per other version, its words that render those the query found in the hit, as written there
     */
    Map<Language, List<String>> of(Document hit, Map<Language, String> aligned) throws IOException {
        Language language = Language.of(hit.get(Fields.LANG));
        Set<String> found = new HashSet<>();
        queried.stream().filter(t -> t.field().equals(Fields.text(language))).forEach(t -> found.add(t.text()));
        Map<Language, List<String>> counterparts = new EnumMap<>(Language.class);
        String own = aligned.get(language);
        if (found.isEmpty() || own == null || aligned.size() < 2) {
            return counterparts;
        }
        List<Words.Word> ownWords = Words.of(language, own);
        List<Words.Word> matched = ownWords.stream().filter(w -> found.contains(w.term())).toList();
        if (matched.isEmpty()) {
            return counterparts;
        }
        String doc = hit.get(Fields.DOC);
        for (Map.Entry<Language, String> version : aligned.entrySet()) {
            Language other = version.getKey();
            if (other == language) {
                continue;
            }
            String text = version.getValue();
            List<Words.Word> words = Words.of(other, text);
            Set<String> renderings = new HashSet<>();
            for (Words.Word w : matched) {
                renderings.addAll(learned(doc, language, w.term(), other));
            }
            Set<String> surfaces = new LinkedHashSet<>();
            for (Words.Word word : words) {
                String surface = text.substring(word.start(), word.end());
                if (renderings.contains(word.term())
                        || matched.stream().anyMatch(w -> cognates(own.substring(w.start(), w.end()), surface))) {
                    surfaces.add(surface);
                }
            }
            if (glossary != null) {
                surfaces.addAll(agreed(language, Words.terms(ownWords), Words.terms(matched), other, text, words));
            }
            if (!surfaces.isEmpty()) {
                counterparts.put(other, new ArrayList<>(surfaces));
            }
        }
        return counterparts;
    }

    /** @return the agreed renderings, as the other version writes them, of glossary terms the hit uses and the query found a word of */
    private List<String> agreed(Language language, List<String> ownTerms, List<String> matched, Language other, String text,
            List<Words.Word> words) {
        List<String> terms = Words.terms(words);
        List<String> surfaces = new ArrayList<>();
        for (Map<Language, String> entry : glossary.terms()) {
            String source = entry.get(language);
            String target = entry.get(other);
            if (source == null || target == null) {
                continue;
            }
            List<String> sourceTerms = analysed(language, source);
            if (Collections.disjoint(sourceTerms, matched) || Collections.indexOfSubList(ownTerms, sourceTerms) < 0) {
                continue;
            }
            List<String> targetTerms = analysed(other, target);
            int at = targetTerms.isEmpty() ? -1 : Collections.indexOfSubList(terms, targetTerms);
            if (at >= 0) {
                surfaces.add(text.substring(words.get(at).start(), words.get(at + targetTerms.size() - 1).end()));
            }
        }
        return surfaces;
    }

    /**
     * @return the renderings in the other version that the document teaches for a word: learned
     *     from the groups holding it (at most {@value #SAMPLE} of them), so that a search costs the
     *     same in a long document as in a short one
     */
    private Set<String> learned(String doc, Language language, String word, Language other) throws IOException {
        String key = doc + "\u0000" + language.code() + other.code() + word;
        Set<String> known = learned.get(key);
        if (known != null) {
            return known;
        }
        Query holding = inDocument(doc, new TermQuery(new Term(Fields.text(language), word)));
        int total = searcher.count(holding);
        if (total < Renderings.MIN_GROUPS) {
            // A word the document uses once teaches nothing: no need to read its group.
            learned.put(key, Set.of());
            return Set.of();
        }
        var stored = searcher.storedFields();
        Set<String> groups = new HashSet<>();
        List<Set<String>> together = new ArrayList<>();
        for (ScoreDoc clause : searcher.search(holding, SAMPLE).scoreDocs) {
            String group = stored.document(clause.doc, Set.of(Fields.GROUP)).get(Fields.GROUP);
            if (!groups.add(group)) {
                continue;
            }
            rendering(doc, group, other).ifPresent(together::add);
        }
        double share = total <= SAMPLE ? 1 : (double) SAMPLE / total;
        Set<String> renderings = Renderings.of(together, share, v -> clausesWith.computeIfAbsent(
                doc + "\u0000" + other.code() + v, k -> count(inDocument(doc, new TermQuery(new Term(Fields.text(other), v))))));
        learned.put(key, renderings);
        return renderings;
    }

    /** @return the content words of the group's clause in the other version; empty if it has none there, or several */
    private Optional<Set<String>> rendering(String doc, String group, Language other) throws IOException {
        String key = doc + "\u0000" + group + "\u0000" + other.code();
        Optional<Set<String>> known = rendered.get(key);
        if (known != null) {
            return known;
        }
        Query version = inDocument(doc, new TermQuery(new Term(Fields.GROUP, group)),
                new TermQuery(new Term(Fields.LANG, other.code())));
        ScoreDoc[] clauses = searcher.search(version, 2).scoreDocs;
        // A group that pairs one clause with two would teach the neighbour's words too.
        Optional<Set<String>> words = clauses.length == 1 ? Optional.of(Renderings.contentWords(other,
                searcher.storedFields().document(clauses[0].doc).get(Fields.text(other)))) : Optional.empty();
        rendered.put(key, words);
        return words;
    }

    private boolean cognates(String found, String word) {
        return cognatePairs.computeIfAbsent(found + "\u0000" + word, k -> Renderings.cognates(found, word));
    }

    private static Query inDocument(String doc, Query... queries) {
        BooleanQuery.Builder all = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.DOC, doc)), BooleanClause.Occur.FILTER);
        for (Query query : queries) {
            all.add(query, BooleanClause.Occur.FILTER);
        }
        return all.build();
    }

    private int count(Query query) {
        try {
            return searcher.count(query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> analysed(Language language, String term) {
        return analysed.computeIfAbsent(language.code() + term, k -> Words.terms(Words.of(language, term)));
    }
}
