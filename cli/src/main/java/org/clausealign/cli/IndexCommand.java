package org.clausealign.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.clausealign.InputException;
import org.clausealign.ReadOptions;
import org.clausealign.corpus.Corpus;
import org.clausealign.corpus.CorpusIndexer;
import org.clausealign.corpus.DocumentFiles;
import org.clausealign.search.ClauseIndex;
import org.clausealign.text.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clausealign index}: adds documents to the search index. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Adds documents to the clause index, for 'clausealign search'.",
            "",
            "A document is a file holding one or more language versions, or one file per language:"
                + " files named NAME.ja.txt, NAME_en.txt, NAME-fr.txt (any extension), or ja/NAME.txt and"
                + " en/NAME.txt, are the versions of one document; so are the files given with one --lang"
                + " code each (index a-ja.txt a-en.txt --lang ja,en). Its versions are split and aligned, and"
                + " every clause is indexed in its language with its aligned versions. A document's id is its"
                + " file's real path, or its files' common name (/data/moc.*.txt): indexed again, it replaces"
                + " its old version, however the path is spelled.",
            "",
            "Folders are read recursively for plain-text documents; hidden files, indexes, data, code"
                + " and clausealign's own outputs (TMX, HTML, JSON, TSV) are left out. Documents are indexed"
                + " on every core and committed every five seconds, at each progress line: searches see them"
                + " as they come, and what a line reports stays indexed if the run is stopped. Files that"
                + " cannot be read are reported and skipped; the others are indexed, and the exit status is"
                + " then 2."},
        footer = {"", "Examples:",
            "  clausealign index testdata/moc testdata/news",
            "  clausealign index moc-ja.txt moc-en.txt moc-fr.txt --lang ja,en,fr",
            "  clausealign index treaties/ --index /data/treaties-index"})
final class IndexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to index.")
    List<Path> paths;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "clausealign-index",
            description = "The index folder (default: ${DEFAULT-VALUE}): created if missing; "
                    + "an existing folder must be empty or hold an index.")
    Path index;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        ReadOptions options = input.readOptions(spec.commandLine());
        IndexFolder.requireWritable(index);
        Corpus.Listing listing = Corpus.list(paths, options.languages(), Set.of(index));
        for (Corpus.Skipped skipped : listing.skipped()) {
            err.println("clausealign: skipped " + Terminal.safe(skipped.path() + ": " + skipped.reason()));
        }
        List<DocumentFiles> documents = listing.documents();
        CorpusIndexer.Progress done;
        int clauses;
        try (ClauseIndex clauseIndex = ClauseIndex.open(index)) {
            done = CorpusIndexer.index(clauseIndex, documents, options, CorpusIndexer.Settings.DEFAULTS,
                    new Reporter(err));
            clauses = clauseIndex.clauseCount();
        }
        int skipped = done.failed() + listing.skipped().size();
        err.printf(Locale.ROOT, "clausealign: indexed %,d %s (%,d %s in the index) into %s in %.1f s%s%s%n",
                done.indexed(), Plural.of(done.indexed(), "document"), clauses, Plural.of(clauses, "clause"), index,
                done.nanos() / 1e9, skipped > 0 ? ", " + skipped + " skipped" : "",
                listing.unrecognised() > 0 ? "; " + listing.unrecognised() + " other " + Plural.of(listing.unrecognised(), "file")
                        + " (data, code, outputs) left out" : "");
        err.flush();
        return skipped > 0 ? Errors.BAD_INPUT : 0;
    }

    /** Prints a progress line at each commit with news but the last, and each document that cannot be read. */
    private record Reporter(PrintWriter err) implements CorpusIndexer.Listener {
        @Override
        public void committed(CorpusIndexer.Progress committed) {
            int seen = committed.indexed() + committed.failed();
            if (seen > 0 && seen < committed.total()) {
                err.printf(Locale.ROOT, "clausealign: indexed %,d of %,d documents (%.1f documents/s)%n", seen,
                        committed.total(), seen / (committed.nanos() / 1e9));
                err.flush();
            }
        }

        @Override
        public void failed(DocumentFiles document, InputException reason) {
            err.println("clausealign: skipped " + Terminal.safe(reason.getMessage()));
            err.flush();
        }
    }
}
