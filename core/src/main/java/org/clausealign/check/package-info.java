/**
 * Checks: the places where the language versions may not say the same thing, each pinned to its
 * clause group with the evidence from each version.
 */
package org.clausealign.check;
