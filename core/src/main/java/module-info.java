/**
 * clausealign: splits the language versions of one legal text into clauses, aligns them, indexes
 * them for search and reports where the versions differ. Start at {@link org.clausealign.ClauseAlign}.
 *
 * <p>Exported are the packages a program uses: the entry point, clauses, alignment, checks,
 * revisions, search, output formats, languages, and the values they hand out (a version's
 * {@code text.SourceText}, a corpus's {@code corpus.DocumentFiles}). Not exported: {@code read}
 * (the file format readers, reached through {@link org.clausealign.ClauseAlign}) and the
 * per-language rules {@code lang.ja}, {@code lang.en} and {@code lang.fr} (reached through
 * {@link org.clausealign.lang.Language}). The command line runs on the class path, where every
 * package is reachable; it uses only exported ones.
 */
// The automatic modules required below take their names from their jars' Automatic-Module-Name
// entries (ICU4J, java-diff-utils, PDFBox), which are stable: the lint's warning does not apply.
@SuppressWarnings("requires-automatic")
module org.clausealign {
    exports org.clausealign;
    exports org.clausealign.align;
    exports org.clausealign.check;
    exports org.clausealign.clause;
    exports org.clausealign.corpus;
    exports org.clausealign.format;
    exports org.clausealign.lang;
    exports org.clausealign.revision;
    exports org.clausealign.search;
    exports org.clausealign.text;

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
