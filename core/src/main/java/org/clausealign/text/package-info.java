/**
 * Reading input: bytes to a {@link org.clausealign.SourceText} (encoding detection, limits), text
 * to {@link org.clausealign.Line}s with offsets, and which script a character is in. Internal: the
 * module does not export it.
 *
 * <p>Thread-safety: TextDecoder, Lines and Scripts keep no state; TextMemo is safe to share.
 */
package org.clausealign.text;
