/** Japanese language rules. */
package org.clausealign.lang.ja;
