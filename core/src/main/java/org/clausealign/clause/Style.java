package org.clausealign.clause;

/**
 * A numbering style: how one level of a list is numbered. Two markers are siblings only if they
 * share a style, which is how "(i)" after "(h)" is told apart from "(i)" opening a new list.
 */
enum Style {
    /** Chapter, Chapitre, Part, 第1章: groups articles, adds nothing to their ids. */
    CHAPTER,
    /** Article 1, Article premier, Section 1, 第1条. */
    ARTICLE,
    /** 附則, Supplementary Provisions: the provisions after a statute's articles, numbered afresh. */
    SUPPLEMENT,
    /** 1. or １． */
    DOT_NUMBER,
    /** a. */
    DOT_LOWER,
    /** A. */
    DOT_UPPER,
    /** i. */
    DOT_ROMAN,
    /** I. */
    DOT_ROMAN_UPPER,
    /** (1) or （１） */
    PAREN_NUMBER,
    /** (a) */
    PAREN_LOWER,
    /** (A) */
    PAREN_UPPER,
    /** (i) */
    PAREN_ROMAN,
    /** (I) */
    PAREN_ROMAN_UPPER,
    /** 1) */
    CLOSE_NUMBER,
    /** a) */
    CLOSE_LOWER,
    /** i) */
    CLOSE_ROMAN,
    /** ① */
    CIRCLED,
    /** ２ followed by an ideographic space: a paragraph (項) of a Japanese statute's article, from the second on */
    JA_PARAGRAPH,
    /** 一 followed by a space: an item (号) of a Japanese statute, cited as (i), (ii)… in translations */
    JA_ITEM,
    /** イ followed by a space: a sub-item of a Japanese statute's item, in iroha order, cited as (a), (b)… */
    JA_SUBITEM,
    /** ア followed by a space: sub-items in the order of the kana table (ア, イ, ウ…), as plans and contracts letter them */
    JA_SUBITEM_GOJUON,
    /** 1.1, 2.3.1 */
    DECIMAL,
    /** A consolidated statute's label: 5, 3.1, (1), (a), a), (e.1), (i), (A), (I); or a definition's term */
    STATUTE;

    /** @return whether clauses of this style are headings that hold unnumbered paragraphs */
    boolean isHeading() {
        return this == CHAPTER || this == ARTICLE || this == SUPPLEMENT;
    }
}
