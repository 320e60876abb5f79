package org.clausealign.lang;

import org.clausealign.Line;

/**
 * One line of one language version, with what the separation learned about its surroundings.
 *
 * @param line the line in the source text
 * @param separator whether it is a rule of underscores, such as those above signature blocks,
 *     which every version of a multilingual file shares
 * @param afterOtherLanguage whether lines of another language stand between this line and the
 *     version's previous line, so that the two cannot belong to one paragraph
 * @param blankLinesBefore how many blank lines separate it from the version's previous line
 */
public record VersionLine(Line line, boolean separator, boolean afterOtherLanguage, int blankLinesBefore) {}
