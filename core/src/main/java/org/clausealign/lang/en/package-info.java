/** English language rules. */
package org.clausealign.lang.en;
