/**
 * Reading input: bytes to text (encoding detection, limits), and text to lines with offsets.
 */
package org.clausealign.text;
