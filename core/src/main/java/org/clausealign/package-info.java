/**
 * clausealign: checks that the language versions of one legal text say the same thing.
 * Start at {@link org.clausealign.ClauseAlign}.
 */
package org.clausealign;
