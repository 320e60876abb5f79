/**
 * Languages: which language each line of an input is in, and the per-language rules
 * ({@code ja}, {@code en}, {@code fr} side by side).
 */
package org.clausealign.lang;
