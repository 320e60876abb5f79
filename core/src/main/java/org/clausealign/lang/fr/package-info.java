/** French language rules. */
package org.clausealign.lang.fr;
