/**
 * Checks: the places where the language versions may not say the same thing, each pinned to its
 * clause group with the evidence from each version.
 *
 * Thread-safety: findings and reports are immutable records; the checks keep no state.
 */
package org.clausealign.check;
