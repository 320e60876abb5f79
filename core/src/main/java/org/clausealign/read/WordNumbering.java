package org.clausealign.read;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;

/**
 * Renders Word's automatic list numbering as Word shows it, paragraph after paragraph, from the
 * definitions in numbering.xml: each level's format ({@code decimal}, {@code lowerLetter},
 * {@code lowerRoman}…), its level text ({@code (%1)}, {@code %1.%2}), its start value and the
 * restarts a list instance asks for ({@code w:startOverride}).
 *
 * <p>Counters belong to the abstract list definition, so that list instances sharing one go on
 * counting, as in Word; a deeper level restarts whenever a higher level counts on.
 */
final class WordNumbering {
    private static final int LEVELS = 9;

    private final XWPFNumbering numbering;
    /** Each abstract list's counters by level; null where a level has not counted yet. */
    private final Map<BigInteger, Integer[]> counters = new HashMap<>();
    private final Set<BigInteger> started = new HashSet<>();

    /** @param numbering the document's numbering part, or null where it has none */
    WordNumbering(XWPFNumbering numbering) {
        this.numbering = numbering;
    }

    /**
     * Counts one numbered paragraph on and renders its label.
     *
     * @param numId the paragraph's list instance ({@code w:numId}); 0 means no numbering
     * @param level its list level ({@code w:ilvl}), 0 to 8
     * @return the label as Word shows it ("(a)", "1.2", "１．"), or "" for bullets, no numbering and
     *     unknown lists
     */
    String next(BigInteger numId, int level) {
        if (numbering == null || numId == null || numId.signum() == 0 || level < 0 || level >= LEVELS) {
            return "";
        }
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return "";
        }
        BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
        XWPFAbstractNum definition = numbering.getAbstractNum(abstractId);
        if (definition == null) {
            return "";
        }
        Integer[] count = counters.computeIfAbsent(abstractId, id -> new Integer[LEVELS]);
        if (started.add(numId)) {
            for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
                int overridden = override.getIlvl().intValue();
                if (override.isSetStartOverride() && overridden >= 0 && overridden < LEVELS) {
                    count[overridden] = override.getStartOverride().getVal().intValue() - 1;
                    java.util.Arrays.fill(count, overridden + 1, LEVELS, null);
                }
            }
        }
        CTLvl lvl = level(num, definition, level);
        if (lvl == null) {
            return "";
        }
        count[level] = count[level] == null ? start(lvl) : count[level] + 1;
        java.util.Arrays.fill(count, level + 1, LEVELS, null);
        String format = lvl.isSetNumFmt() ? lvl.getNumFmt().getVal().toString() : "decimal";
        if (format.equals("bullet") || format.equals("none") || !lvl.isSetLvlText()) {
            return "";
        }
        boolean legal = lvl.isSetIsLgl();
        StringBuilder label = new StringBuilder();
        String text = lvl.getLvlText().getVal();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int referenced = text.charAt(++i) - '1';
                CTLvl other = level(num, definition, referenced);
                String otherFormat = other == null || !other.isSetNumFmt() ? "decimal" : other.getNumFmt().getVal().toString();
                Integer counted = referenced <= level ? count[referenced] : null;
                int value = counted != null ? counted : other != null ? start(other) : 1;
                label.append(ListNumbers.format(value, legal ? "decimal" : otherFormat, ListNumbers.Letters.REPEATED));
            } else {
                label.append(c);
            }
        }
        return label.toString();
    }

    private static int start(CTLvl lvl) {
        return lvl.isSetStart() ? lvl.getStart().getVal().intValue() : 0;
    }

    /** @return a level's definition: the list instance's override, else the abstract definition's */
    private static CTLvl level(XWPFNum num, XWPFAbstractNum definition, int level) {
        for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
            if (override.getIlvl().intValue() == level && override.isSetLvl()) {
                return override.getLvl();
            }
        }
        for (CTLvl lvl : definition.getCTAbstractNum().getLvlArray()) {
            if (lvl.getIlvl().intValue() == level) {
                return lvl;
            }
        }
        return null;
    }
}
