package org.clausealign.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.clausealign.check.Glossary;
import org.clausealign.lang.Language;
import org.clausealign.search.ClauseIndex;
import org.clausealign.search.SearchOptions;
import org.clausealign.search.SearchResults;
import org.clausealign.format.SearchFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clausealign search}: finds clauses, each with what the other versions say there. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the clause index in Japanese, English or French.",
            "",
            "Each hit shows the clause, its label and score, the matching words highlighted, and the"
                + " aligned clauses of the other language versions. Hits of one clause in several languages"
                + " count once (use --all to see each).",
            "",
            "Query syntax: words, \"exact phrases\", prefix*, fuzzy~ (a word spelled up to two letters"
                + " otherwise: Indigneous~ finds Indigenous), and the filters doc:PATH, lang:ja|en|fr and"
                + " clause:ID (wildcards allowed: clause:2.c.*, doc:*moc*; labels too: clause:2(c)(vii)), combined"
                + " freely with AND, OR, NOT and brackets: 'clause:2.c.* AND lang:ja', 'NOT lang:en recycling',"
                + " '(lithium OR cobalt) AND lang:fr'. A filter beside words narrows them ('research"
                + " clause:2.c.*'). Numbers are read as the report reads them: \"600 GWh\", 600GWh, ６００ＧＷｈ and"
                + " 600 gigawatt hours find one another, and 二千五十年 finds 2050.",
            "",
            "In text output the other versions mark the counterparts of what was found: the same numbers and"
                + " acronyms, the words the document renders them by, cognates (recycling, recyclage) and, with"
                + " --glossary, the agreed renderings."},
        footer = {"", "Examples:",
            "  clausealign search \"Indigenous peoples\"",
            "  clausealign search 先住民族",
            "  clausealign search \"peuples autochtones\" --format json",
            "  clausealign search 'research clause:2.c.*' --limit 3",
            "  clausealign search recycling --glossary terms.tsv"})
final class SearchCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query; several words are one query.")
    List<String> words;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "clausealign-index",
            description = "The index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "The query's language (ja, en, fr); default: detected from the query.")
    String language;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "How many hits to show, at most 1,000 (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--all", description = "Show every matching clause, not one per clause group.")
    boolean all;

    @Option(names = "--glossary", paramLabel = "FILE",
            description = "Agreed terms, read as report reads them (TSV, CSV or TBX): in text output, a hit's other"
                    + " versions mark the agreed renderings of the glossary terms it found.")
    Path glossary;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--debug", description = "Print stack traces with error messages.")
    boolean debug;

    @Override
    public Integer call() {
        if (limit < 1 || limit > SearchOptions.MAX_LIMIT) {
            throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT,
                    "--limit must be between 1 and %,d (it was %,d); narrow the query with lang:, doc: or clause: instead",
                    SearchOptions.MAX_LIMIT, limit));
        }
        Language given = null;
        if (language != null) {
            try {
                given = Language.of(language);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, language);
            }
        }
        String query = String.join(" ", words);
        SearchResults results;
        ClauseIndex.prepareSearch(query, given);
        try (ClauseIndex clauses = ClauseIndex.openForSearch(index)) {
            results = clauses.search(query, new SearchOptions(given, limit, !all,
                    glossary == null ? null : Glossary.read(glossary)));
        }
        var out = spec.commandLine().getOut();
        boolean terminal = System.console() != null;
        out.print(Terminal.safe(format == Format.json ? SearchFormat.json(results)
                : SearchFormat.text(results, terminal, terminal ? terminalWidth() : 0)));
        out.flush();
        return 0;
    }

    /** The terminal's width, as the shell exports it in COLUMNS; 80 if it does not. */
    private static int terminalWidth() {
        try {
            return Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "80").strip());
        } catch (NumberFormatException e) {
            // A COLUMNS that is not a number says nothing about the width.
            return 80;
        }
    }
}
