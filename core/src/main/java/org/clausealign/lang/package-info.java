/**
 * Languages: which language each line of an input is in, and the per-language rules
 * ({@code ja}, {@code en}, {@code fr} side by side).
 *
 * Thread-safety: the rules and their analyzers are shared and safe to use from many threads.
 */
package org.clausealign.lang;
