package org.clausealign.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.clausealign.InputException;
import org.clausealign.align.Alignment;
import org.clausealign.align.ClauseGroup;
import org.clausealign.align.Words;
import org.clausealign.clause.Clause;
import org.clausealign.lang.Language;

/**
 * A Lucene index of clauses: every clause of every document, in its language, with its clause
 * group's other versions.
 *
 * <pre>{@code
 * try (ClauseIndex index = ClauseIndex.open(Path.of("clausealign-index"))) {
 *     index.add("moc.txt", ClauseAlign.align(ClauseAlign.read(Path.of("moc.txt"))));
 *     index.commit();
 *     for (SearchHit hit : index.search("Indigenous peoples", SearchOptions.DEFAULTS).hits()) {
 *         System.out.println(hit.label() + " " + hit.aligned().get(Language.JA));
 *     }
 * }
 * }</pre>
 *
 * <p>Thread-safe: many threads may search while others add, replace or delete documents.
 * Searches see the last commit; a commit is atomic (all of it or none of it is visible, even after
 * a crash). Only one writer may open an index on disk at a time: a second gets an
 * {@link InputException} saying the index is locked by another process. An index opened with
 * {@link #openForSearch(Path)} takes no lock and never writes.
 */
public final class ClauseIndex implements Closeable {
    /**
     * Memory the writer buffers before it writes a segment, in MB: larger buffers mean fewer,
     * larger segments and fewer merges.
     */
    public static final int RAM_BUFFER_MB = 64;
    private static final int PASSAGES = 1;
    /** The layout of the fields, kept in each commit, so that an index of another layout is refused. */
    private static final String FORMAT_KEY = "clausealign.format";
    private static final String FORMAT = "7";
    /** Documents with more clauses than this are analysed on several threads. */
    private static final int PARALLEL_CLAUSES = 2_000;
    /**
     * Clauses per call to the writer in a long document: enough that threads seldom wait for one
     * another, few enough that the Lucene documents built for one call weigh little.
     */
    private static final int PART = 500;
    /** More clauses than a group can hold (a clause per version, two where a pairing merged them). */
    private static final int MAX_GROUP = 64;
    /** Hits fetched per hit asked for, so that collapsing groups still leaves enough. */
    private static final int COLLAPSE_FACTOR = 5;

    private final String name;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Held to read by an add made of several writer calls, to write by a commit. */
    private final ReadWriteLock committing = new ReentrantReadWriteLock(true);

    private ClauseIndex(String name, Directory directory, IndexWriter writer) throws IOException {
        this.name = name;
        this.directory = directory;
        this.writer = writer;
        if (writer != null) {
            writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
            if (!DirectoryReader.indexExists(directory)) {
                writer.commit();
            }
        }
        this.searchers = new SearcherManager(directory, null);
    }

    /**
     * Opens an index on disk for writing and searching, creating it if the folder has none.
     *
     * @param folder the index folder
     * @return the index
     * @throws InputException if another process has the index open for writing, or the folder
     *     cannot be used
     */
    public static ClauseIndex open(Path folder) {
        Directory directory = null;
        try {
            Files.createDirectories(folder);
            directory = FSDirectory.open(folder);
            requireCurrentFormat(directory, folder);
            IndexWriterConfig config = new IndexWriterConfig(Fields.INDEXING)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB);
            return new ClauseIndex(folder.toString(), directory, new IndexWriter(directory, config));
        } catch (InputException e) {
            closeQuietly(directory, e);
            throw e;
        } catch (LockObtainFailedException e) {
            closeQuietly(directory, e);
            throw new InputException(folder.toString(), "index is locked by another process (is another clausealign index running?)", e);
        } catch (IOException e) {
            closeQuietly(directory, e);
            throw new InputException(folder.toString(), "cannot be opened as an index (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Opens an index on disk for searching only; it takes no lock, so it works while another
     * process indexes, and sees that process's last commit.
     *
     * @param folder the index folder
     * @return the index
     * @throws InputException if the folder holds no index
     */
    public static ClauseIndex openForSearch(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InputException(folder.toString(), "no index here; build one with 'clausealign index FILE...'");
        }
        Directory directory = null;
        try {
            directory = FSDirectory.open(folder);
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                throw new InputException(folder.toString(), "no index here; build one with 'clausealign index FILE...'");
            }
            requireCurrentFormat(directory, folder);
            ClauseIndex index = new ClauseIndex(folder.toString(), directory, null);
            try {
                index.prepareAnalysis();
            } catch (IOException | RuntimeException e) {
                // The reader open must not outlive a failed open; the directory closes twice harmlessly.
                try {
                    index.close();
                } catch (RuntimeException closing) {
                    e.addSuppressed(closing);
                }
                throw e;
            }
            return index;
        } catch (InputException e) {
            closeQuietly(directory, e);
            throw e;
        } catch (IOException e) {
            closeQuietly(directory, e);
            throw new InputException(folder.toString(), "cannot be opened as an index (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Starts loading, on background threads, what searching for this query will need once per
     * process (ICU's number words for its language, kuromoji's dictionaries for Japanese): a
     * process that runs one search calls it before {@link #openForSearch(Path)}, so that the loads
     * overlap with opening the index. Optional: a search loads whatever was not started.
     *
     * @param query the query, as {@link #search} will get it
     * @param language its language, or null to detect it
     */
    public static void prepareSearch(String query, Language language) {
        QueryBuilder.prepare(query, language);
    }

    /** {@return a new, empty index in memory, for tests and for programs that index on the fly} */
    public static ClauseIndex inMemory() {
        Directory directory = new ByteBuffersDirectory();
        try {
            return new ClauseIndex("memory", directory, new IndexWriter(directory, new IndexWriterConfig(Fields.INDEXING)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds a document, replacing any document with the same id. Visible to searches after the
     * next {@link #commit()}.
     *
     * @param id the document id, e.g. its path
     * @param alignment its clause groups
     */
    public void add(String id, Alignment alignment) {
        List<Placed> clauses = new ArrayList<>();
        for (ClauseGroup group : alignment.groups()) {
            for (Map.Entry<Language, List<Clause>> entry : group.clauses().entrySet()) {
                for (Clause clause : entry.getValue()) {
                    clauses.add(new Placed(entry.getKey(), clause, group));
                }
            }
        }
        if (clauses.size() < PARALLEL_CLAUSES) {
            try {
                // One call replaces the document atomically: a commit has all of it or none.
                writer().updateDocuments(new Term(Fields.DOC, id), documents(id, clauses));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot index " + id, e);
            }
            return;
        }
        // Several calls: a commit from another thread waits until all of them are done.
        committing.readLock().lock();
        try {
            // A long document is analysed on every core: Lucene's writer takes documents from
            // several threads at once. Searches see none of it before the next commit. Each part's
            // Lucene documents are built just before they are added, so that a large document's
            // fields are never all in memory at once.
            writer().deleteDocuments(new Term(Fields.DOC, id));
            List<List<Placed>> parts = new ArrayList<>();
            for (int i = 0; i < clauses.size(); i += PART) {
                parts.add(clauses.subList(i, Math.min(clauses.size(), i + PART)));
            }
            parts.parallelStream().forEach(part -> {
                try {
                    writer().addDocuments(documents(id, part));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot index " + id, e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index " + id, e);
        } finally {
            committing.readLock().unlock();
        }
    }

    /** A clause, its language and its group: what one Lucene document is built from. */
    private record Placed(Language language, Clause clause, ClauseGroup group) {}

    private static List<Document> documents(String id, List<Placed> clauses) {
        List<Document> documents = new ArrayList<>(clauses.size());
        for (Placed placed : clauses) {
            documents.add(document(id, placed.language(), placed.clause(), placed.group()));
        }
        return documents;
    }

    /**
     * Deletes a document; visible to searches after the next {@link #commit()}.
     *
     * @param id the document id
     */
    public void delete(String id) {
        try {
            writer().deleteDocuments(new Term(Fields.DOC, id));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + id, e);
        }
    }

    /**
     * Makes all changes so far durable and visible to searches, at once. Other threads may go on
     * adding while one commits: the commit holds every document whose {@link #add} returned
     * before it began, and no part of one still being added.
     */
    public void commit() {
        committing.writeLock().lock();
        try {
            writer().commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the index " + name, e);
        } finally {
            committing.writeLock().unlock();
        }
    }

    /**
     * {@return the best hits}
     *
     * @param query words, "phrases", AND/OR/NOT, prefix*, and doc:, lang:, clause: filters
     * @param options language, limit and grouping
     * @throws InputException if the query cannot be read
     */
    public SearchResults search(String query, SearchOptions options) {
        QueryBuilder.Parsed parsed = QueryBuilder.parse(query, options.language());
        IndexSearcher searcher = null;
        try {
            searcher = searchers.acquire();
            int fetch = options.collapse() ? options.limit() * COLLAPSE_FACTOR : options.limit();
            TopDocs top = searcher.search(parsed.query(), fetch);
            List<ScoreDoc> kept = new ArrayList<>();
            Set<String> groups = new HashSet<>();
            List<Document> documents = new ArrayList<>();
            var stored = searcher.storedFields();
            for (ScoreDoc hit : top.scoreDocs) {
                Document document = stored.document(hit.doc);
                if (options.collapse() && !groups.add(document.get(Fields.DOC) + "\u0000" + document.get(Fields.GROUP))) {
                    continue;
                }
                kept.add(hit);
                documents.add(document);
                if (kept.size() == options.limit()) {
                    break;
                }
            }
            Map<String, String[]> snippets = highlight(searcher, parsed, kept);
            List<SearchHit> hits = new ArrayList<>();
            Counterparts counterparts = new Counterparts(searcher, parsed.query(), options.glossary());
            for (int i = 0; i < kept.size(); i++) {
                Map<Language, String> aligned = aligned(searcher, documents.get(i));
                hits.add(hit(documents.get(i), kept.get(i).score, snippets, i, aligned,
                        counterparts.of(documents.get(i), aligned)));
            }
            return new SearchResults(query, parsed.language(), hits,
                    hits.isEmpty() ? Suggester.suggest(searcher, query, parsed.language()) : Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the index " + name, e);
        } finally {
            if (searcher != null) {
                release(searcher);
            }
        }
    }

    /**
     * Runs the analysis indexing does on a document's clauses (every field of every clause),
     * without writing anything: a baseline for benchmarks, to tell analysis cost from indexing cost.
     *
     * @param alignment a document's clause groups
     * @return the number of tokens produced
     */
    public static long analyzeOnly(Alignment alignment) {
        long tokens = 0;
        for (ClauseGroup group : alignment.groups()) {
            for (Map.Entry<Language, List<Clause>> entry : group.clauses().entrySet()) {
                for (Clause clause : entry.getValue()) {
                    tokens += count(Fields.text(entry.getKey()), clause.text());
                    tokens += entry.getKey() == Language.JA ? count(Fields.BIGRAM, clause.normalized())
                            : count(Fields.EXACT, Fields.exactText(clause.normalized()));
                    tokens += count(Fields.NUMBER, NumberTerms.of(clause.normalized(), entry.getKey()));
                }
            }
        }
        return tokens;
    }

    private static long count(String field, String text) {
        try (var stream = Fields.INDEXING.tokenStream(field, text)) {
            stream.reset();
            long n = 0;
            while (stream.incrementToken()) {
                n++;
            }
            stream.end();
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return how many clauses (in all languages) the last commit holds} */
    public int clauseCount() {
        IndexSearcher searcher = null;
        try {
            searcher = searchers.acquire();
            return searcher.getIndexReader().numDocs();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (searcher != null) {
                release(searcher);
            }
        }
    }

    @Override
    public void close() {
        IOException failure = null;
        for (Closeable closeable : Arrays.asList(searchers, writer, directory)) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw new UncheckedIOException("cannot close the index " + name, failure);
        }
    }

    private IndexWriter writer() {
        if (writer == null) {
            throw new IllegalStateException("the index " + name + " was opened for searching only");
        }
        return writer;
    }

    /**
     * Starts loading the analysis data of the languages the index holds, on a background thread:
     * a search reads its hits' other versions with them, and a process that only searches would
     * otherwise wait for kuromoji's dictionaries after parsing, searching and highlighting.
     */
    private void prepareAnalysis() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            for (Language language : Language.values()) {
                if (searcher.getIndexReader().docFreq(new Term(Fields.LANG, language.code())) > 0) {
                    language.rules().prepareAnalysis();
                }
            }
        } finally {
            release(searcher);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(String id, Language language, Clause clause, ClauseGroup group) {
        Document document = new Document();
        document.add(new StringField(Fields.DOC, id, Field.Store.YES));
        document.add(new StringField(Fields.LANG, language.code(), Field.Store.YES));
        document.add(new StringField(Fields.CLAUSE, clause.id(), Field.Store.YES));
        document.add(new StringField(Fields.GROUP, group.id(), Field.Store.YES));
        document.add(new StoredField(Fields.LABEL, clause.label()));
        document.add(new StoredField(Fields.START, clause.start()));
        if (!clause.caption().isEmpty()) {
            document.add(new StoredField(Fields.CAPTION, clause.caption()));
        }
        if (!clause.origin().isEmpty()) {
            document.add(new StoredField(Fields.ORIGIN, clause.origin()));
        }
        document.add(new StoredField(Fields.text(language), clause.text()));
        document.add(new Field(Fields.text(language), new WordStream(Words.of(language, clause.text()),
                clause.text().length()), TextField.TYPE_NOT_STORED));
        if (language == Language.JA) {
            document.add(new TextField(Fields.BIGRAM, clause.normalized(), Field.Store.NO));
        } else {
            String exact = Fields.exactText(clause.normalized());
            if (!exact.isEmpty()) {
                document.add(new TextField(Fields.EXACT, exact, Field.Store.NO));
            }
        }
        String numbers = NumberTerms.of(clause.normalized(), language);
        if (!numbers.isEmpty()) {
            document.add(new TextField(Fields.NUMBER, numbers, Field.Store.NO));
        }
        return document;
    }

    private static SearchHit hit(Document document, float score, Map<String, String[]> snippets, int index,
            Map<Language, String> aligned, Map<Language, List<String>> counterparts) {
        Language language = Language.of(document.get(Fields.LANG));
        String text = document.get(Fields.text(language));
        String[] forField = snippets.get(Fields.text(language));
        String snippet = forField != null && forField[index] != null ? forField[index]
                : DefaultPassageFormatterHolder.escape(text);
        return new SearchHit(document.get(Fields.DOC), document.get(Fields.CLAUSE), document.get(Fields.LABEL),
                language, score, text, snippet, aligned, stored(document, Fields.CAPTION), stored(document, Fields.ORIGIN),
                counterparts);
    }

    /** @return a stored field that only some clauses have, or "" */
    private static String stored(Document document, String field) {
        String value = document.get(field);
        return value == null ? "" : value;
    }

    /**
     * What each version of a hit's group says: the group's clauses, found by document and group,
     * in document order, joined as {@link ClauseGroup#text(Language)} joins them.
     */
    private static Map<Language, String> aligned(IndexSearcher searcher, Document hit) throws IOException {
        Query siblings = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.DOC, hit.get(Fields.DOC))), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.GROUP, hit.get(Fields.GROUP))), BooleanClause.Occur.FILTER)
                .build();
        TopDocs found = searcher.search(siblings, MAX_GROUP);
        var stored = searcher.storedFields();
        List<Document> clauses = new ArrayList<>();
        for (ScoreDoc doc : found.scoreDocs) {
            clauses.add(stored.document(doc.doc));
        }
        clauses.sort(Comparator.comparingInt(d -> d.getField(Fields.START).numericValue().intValue()));
        Map<Language, String> aligned = new EnumMap<>(Language.class);
        for (Document clause : clauses) {
            Language language = Language.of(clause.get(Fields.LANG));
            String text = clause.get(Fields.text(language));
            aligned.merge(language, text, (a, b) -> a + (language == Language.JA ? "" : " ") + b);
        }
        return aligned;
    }

    private static Map<String, String[]> highlight(IndexSearcher searcher, QueryBuilder.Parsed parsed,
            List<ScoreDoc> hits) throws IOException {
        if (hits.isEmpty()) {
            return Map.of();
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, Fields.ANALYZER)
                .withFormatter(DefaultPassageFormatterHolder.FORMATTER)
                .withMaxLength(100_000)
                .build();
        String[] fields = Arrays.stream(Language.values()).map(Fields::text).toArray(String[]::new);
        int[] docIds = hits.stream().mapToInt(h -> h.doc).toArray();
        int[] passages = new int[fields.length];
        Arrays.fill(passages, PASSAGES);
        return highlighter.highlightFields(fields, parsed.query(), docIds, passages);
    }

    /**
     * Refuses an index another clausealign wrote: its fields are laid out otherwise, and
     * mixing the two would fail half-way through indexing or searching.
     */
    private static void requireCurrentFormat(Directory directory, Path folder) throws IOException {
        if (DirectoryReader.indexExists(directory)) {
            String format = SegmentInfos.readLatestCommit(directory).getUserData().get(FORMAT_KEY);
            if (!FORMAT.equals(format)) {
                throw new InputException(folder.toString(), "holds an index in another format ("
                        + (format == null ? "1" : format) + "; this clausealign reads and writes " + FORMAT
                        + "); delete the folder and index the files again");
            }
        }
    }

    private static void closeQuietly(Directory directory, Exception failure) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }

    /** Snippets mark matches with b tags and escape everything else, so they are safe as HTML. */
    private static final class DefaultPassageFormatterHolder {
        static final DefaultPassageFormatter FORMATTER = new DefaultPassageFormatter("<b>", "</b>", "… ", true);

        static String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                    .replace("'", "&#x27;");
        }
    }
}
