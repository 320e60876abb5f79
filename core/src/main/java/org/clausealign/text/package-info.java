/**
 * Reading input: bytes to text (encoding detection, limits), and text to lines with offsets.
 *
 * Thread-safety: SourceText and Line are immutable; TextDecoder and Lines keep no state.
 */
package org.clausealign.text;
