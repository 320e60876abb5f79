/**
 * Reading the files translators receive: plain text, PDF, Word (.docx), HTML, and legislative XML
 * (Justice Laws, Japanese e-Gov), each recognised by its content and turned into the one model the clause splitter
 * and the aligner use.
 *
 * <p>{@link org.clausealign.read.Readers} is the entry point; {@link org.clausealign.read.Format}
 * tells which kind a file is. Thread-safety: every class here keeps no state between calls.
 */
package org.clausealign.read;
