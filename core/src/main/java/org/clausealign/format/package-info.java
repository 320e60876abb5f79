/** Output formats: JSON and text renderings of clauses, and safe (atomic) writing of files. */
package org.clausealign.format;
