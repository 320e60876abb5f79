package org.clausealign.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.clausealign.align.Renderings;
import org.clausealign.align.Words;
import org.clausealign.check.Glossary;
import org.clausealign.lang.Language;

/**
 * The words of a hit's other versions that render what the query found in it: the renderings the
 * document teaches ({@link Renderings}) and, with a glossary, the agreed rendering of a glossary
 * term the hit uses and the query found a word of. Words are compared after each language's search
 * analysis, as the terminology check compares them, so "recycling" finds its glossary entry
 * "recycle" and 重要鉱物 its inflected uses.
 */
final class Counterparts {
    private final IndexSearcher searcher;
    private final Set<Term> queried = new HashSet<>();
    private final Glossary glossary;
    /** Glossary terms analysed, by language code and term: each once per search, not once per hit. */
    private final Map<String, List<String>> analysed = new HashMap<>();
    /** What each hit document teaches, learned once per search. */
    private final Map<String, Renderings> learned = new HashMap<>();

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
        Renderings taught = taught(hit.get(Fields.DOC));
        for (Map.Entry<Language, String> version : aligned.entrySet()) {
            Language other = version.getKey();
            if (other == language) {
                continue;
            }
            String text = version.getValue();
            List<Words.Word> words = Words.of(other, text);
            Set<String> surfaces = new LinkedHashSet<>();
            for (Words.Word word : words) {
                String surface = text.substring(word.start(), word.end());
                if (matched.stream().anyMatch(w -> taught.of(language, w.term(), other).contains(word.term())
                        || Renderings.cognates(own.substring(w.start(), w.end()), surface))) {
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

    private Renderings taught(String doc) throws IOException {
        Renderings taught = learned.get(doc);
        if (taught == null) {
            taught = Renderings.learn(groups(doc));
            learned.put(doc, taught);
        }
        return taught;
    }

    /** @return the document's groups that hold one clause per version, each version's text */
    private List<Map<Language, String>> groups(String doc) throws IOException {
        Query clauses = new TermQuery(new Term(Fields.DOC, doc));
        TopDocs all = searcher.search(clauses, Math.max(1, searcher.count(clauses)));
        Map<String, Map<Language, String>> groups = new HashMap<>();
        Set<String> merged = new HashSet<>();
        var stored = searcher.storedFields();
        for (ScoreDoc clause : all.scoreDocs) {
            Document fields = stored.document(clause.doc);
            Language language = Language.of(fields.get(Fields.LANG));
            String group = fields.get(Fields.GROUP);
            if (groups.computeIfAbsent(group, k -> new EnumMap<>(Language.class))
                    .putIfAbsent(language, fields.get(Fields.text(language))) != null) {
                merged.add(group);
            }
        }
        merged.forEach(groups::remove);
        return new ArrayList<>(groups.values());
    }

    private List<String> analysed(Language language, String term) {
        return analysed.computeIfAbsent(language.code() + term, k -> Words.terms(Words.of(language, term)));
    }
}
