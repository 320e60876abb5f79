package org.clausealign.clause;

/** What part of a legal text a {@link Clause} is. */
public enum ClauseKind {
    /** The document's title. */
    TITLE,
    /** A note between the title and the preamble, such as an adoption date. */
    NOTE,
    /** The opening that names the participants or parties. */
    PARTIES,
    /** The heading of the preamble ("Preamble", "Préambule", 前文). */
    PREAMBLE,
    /** One preamble recital ("Recognizing that…", "Considérant que…", 「…を認識し、」). */
    RECITAL,
    /** The words that lead into the operative part ("HAVE REACHED the following…"). */
    FORMULA,
    /** A numbered top-level unit: section, article or chapter, often just a heading. */
    SECTION,
    /** A paragraph of a section, numbered (1(a)) or not (3 ¶1). */
    PARAGRAPH,
    /** A numbered item below a paragraph: 2(c)(vii), 3(a)(1)(A)(i). */
    ITEM,
    /** The closing formula after the operative part ("SIGNED in Ottawa…"). */
    CLOSING,
    /** One signature block. */
    SIGNATURE
}
