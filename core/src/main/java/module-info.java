/**
 * clausealign: splits the language versions of one legal text into clauses, aligns them, indexes
 * them for search and reports where the versions differ. Start at {@link org.clausealign.ClauseAlign}.
 *
 * <p>Exported are the packages a program uses: the entry point with the values it hands out
 * (a version's {@link org.clausealign.SourceText} and its {@link org.clausealign.Line}s), clauses,
 * alignment, checks, revisions, search, output formats and languages. Not exported: {@code read}
 * (the file format readers, reached through {@link org.clausealign.ClauseAlign}), {@code text}
 * (decoding bytes, splitting lines, telling scripts apart), {@code corpus} (which files of a
 * folder are documents and versions of one, and indexing them on every core: the command line's
 * {@code index}; a program adds documents with {@link org.clausealign.search.ClauseIndex#add})
 * and the per-language rules {@code lang.ja}, {@code lang.en} and {@code lang.fr} (reached through
 * {@link org.clausealign.lang.Language}). The command line runs on the class path, where every
 * package is reachable, and uses {@code corpus} and {@code text} too.
 */
// The automatic modules required below take their names from their jars' Automatic-Module-Name
// entries (ICU4J, java-diff-utils, PDFBox), which are stable: the lint's warning does not apply.
@SuppressWarnings("requires-automatic")
module org.clausealign {
    exports org.clausealign;
    exports org.clausealign.align;
    exports org.clausealign.check;
    exports org.clausealign.clause;
    exports org.clausealign.format;
    exports org.clausealign.lang;
    exports org.clausealign.revision;
    exports org.clausealign.search;

    // LanguageRules.searchAnalyzer() hands out a Lucene Analyzer.
    requires transitive org.apache.lucene.core;

    requires com.ibm.icu;
    requires io.github.javadiffutils;
    requires java.xml;
    requires org.apache.lucene.analysis.common;
    requires org.apache.lucene.analysis.icu;
    requires org.apache.lucene.analysis.kuromoji;
    requires org.apache.lucene.highlighter;
    requires org.apache.lucene.queryparser;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    // PDFBox (an automatic module) logs through Commons Logging, an explicit module that nothing
    // else would resolve on the module path.
    requires org.apache.commons.logging;
    requires org.apache.poi.ooxml;
    requires org.jsoup;
}
