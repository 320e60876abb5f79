package org.clausealign.read;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The marker a browser shows before an item of an ordered list: {@code type} (1, a, A, i, I) or the
 * CSS {@code list-style-type} in its style attribute, {@code start}, {@code reversed} and an item's
 * own {@code value}, followed by a full stop ({@code 3.}, {@code c.}, {@code iv.}).
 */
final class OrderedLists {
    private static final Pattern LIST_STYLE = Pattern.compile("list-style(?:-type)?\\s*:\\s*([a-z-]+)");

    private OrderedLists() {}

    /**
     * @param item an {@code li} element
     * @return its marker, or "" for an unordered list or a list whose markers are hidden
     */
    static String marker(Element item) {
        Element list = item.parent();
        if (list == null || !list.normalName().equals("ol")) {
            return "";
        }
        String style = style(item);
        if (style == null) {
            style = style(list);
        }
        if (style == null) {
            style = switch (list.attr("type")) {
                case "a" -> "lowerLetter";
                case "A" -> "upperLetter";
                case "i" -> "lowerRoman";
                case "I" -> "upperRoman";
                default -> "decimal";
            };
        }
        if (style.equals("none")) {
            return "";
        }
        boolean reversed = list.hasAttr("reversed");
        int step = reversed ? -1 : 1;
        int value = list.hasAttr("start") ? integer(list.attr("start"), 1)
                : reversed ? (int) list.children().stream().filter(e -> e.normalName().equals("li")).count() : 1;
        for (Element sibling : list.children()) {
            if (!sibling.normalName().equals("li")) {
                continue;
            }
            if (sibling.hasAttr("value")) {
                value = integer(sibling.attr("value"), value);
            }
            if (sibling == item) {
                break;
            }
            value += step;
        }
        return ListNumbers.format(value, style, ListNumbers.Letters.ALPHABETIC) + ".";
    }

    /** @return the Word-style name of a CSS list style given in a style attribute, or null */
    private static String style(Element element) {
        Matcher m = LIST_STYLE.matcher(element.attr("style").toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return null;
        }
        return switch (m.group(1)) {
            case "lower-alpha", "lower-latin" -> "lowerLetter";
            case "upper-alpha", "upper-latin" -> "upperLetter";
            case "lower-roman" -> "lowerRoman";
            case "upper-roman" -> "upperRoman";
            case "none", "disc", "circle", "square" -> "none";
            default -> "decimal";
        };
    }

    private static int integer(String value, int otherwise) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
