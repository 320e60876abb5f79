package org.clausealign.clause;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbering markers a line may start with. A line can have several readings ("(i)" is
 * the ninth letter or the first roman numeral); {@link Numbering} picks the one that continues
 * the document's lists. Cross-references never read as markers: "Section 2(b)(1)", "(1)-(2)",
 * "第3条(a)" and "Article 11 of the Treaty" are followed by what no heading or item is.
 *
 * <p>弟 is read as 第, the character it is most often mistyped as (the Japanese UDHR has "弟23条");
 * the numbering check still has to accept the number.
 */
final class MarkerParser {
    /** Lists longer than this are not written in roman numerals; "(CIV)" is an acronym. */
    private static final int MAX_ROMAN = 40;
    private static final String[] ROMAN_NAMES = romanNames();
    private static final Map<String, Integer> ROMANS = romans();

    /** Article 3, Article 2-2 (a branch article inserted after 2), Article premier, Chapter IV… */
    private static final Pattern ARTICLE = Pattern.compile(
            "^(Article|ARTICLE|Art\\.|Section|SECTION|Chapter|CHAPTER|Chapitre|CHAPITRE|Part|PART|Partie|PARTIE)"
                    + "[\\s\\u00A0]*([0-9]{1,4}(?:er|re)?|[IVXLC]{1,7}|premier|première|PREMIER|PREMIÈRE|first|FIRST)"
                    + "(?:-([0-9]{1,3})(?![0-9]))?"
                    + "(?=$|[\\s\\u00A0]*[–—\\-.:]|[\\s\\u00A0]+[\\p{Lu}\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}“\"«(])");
    /**
     * 第N条, 第N章…, and branch articles 第N条のM: a caption in brackets may follow (第三条（基本方針）),
     * a particle may not (第3条に定める).
     */
    private static final Pattern JAPANESE = Pattern.compile(
            "^[第弟]\\s?([0-9０-９]{1,4}|[〇一二三四五六七八九十百千]{1,6})\\s?(条|章|編|部|節)"
                    + "(?:の([0-9０-９]{1,3}|[一二三四五六七八九十]{1,4}))?"
                    + "(?=$|[\\s　]|（[^）]{1,30}）\\s*$|[^のにをがはとへやも又若でかた各及並等中前後本、。，．（(第0-9０-９〇一二三四五六七八九十百千])");
    /** 附則 (with or without a space inside), Supplementary Provisions: what follows a statute's articles. */
    private static final Pattern SUPPLEMENT = Pattern.compile(
            "^(附[\\s　]?則|Supplementary Provisions|SUPPLEMENTARY PROVISIONS|Dispositions supplémentaires)"
                    + "(?=[\\s　]*(?:[（(][^（）()]*[）)])?[\\s　]*(?:抄)?[\\s　]*$)");
    /** "(1) " right after an article's number: the article's first paragraph starts on its heading line. */
    private static final Pattern FIRST_PARAGRAPH = Pattern.compile("^[(（]\\s?[1１]\\s?[)）][\\s　]+(?=\\S)");
    /** ２　: a Japanese statute's paragraph number, an ideographic space after it. */
    private static final Pattern JA_PARAGRAPH = Pattern.compile("^([0-9０-９]{1,2})　(?=\\S)");
    /** 一　: a Japanese statute's item number in kanji, a space after it. */
    private static final Pattern JA_ITEM = Pattern.compile("^([一二三四五六七八九十]{1,3})[　 ](?=\\S)");
    /** The iroha order in which statutes letter the sub-items of an item: イ, ロ, ハ… */
    private static final String IROHA = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス";
    /** The order of the kana table, in which other Japanese documents letter sub-items: ア, イ, ウ… */
    private static final String GOJUON = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン";
    /** イ　: a sub-item, a space after it. */
    private static final Pattern JA_SUBITEM = Pattern.compile("^([" + IROHA + GOJUON + "])[　 ](?=\\S)");
    private static final Pattern DECIMAL = Pattern.compile(
            "^([0-9０-９]{1,3}(?:[.．][0-9０-９]{1,3}){1,4})[.．]?(?=[\\s　]|$)");
    private static final Pattern DOT_NUMBER = Pattern.compile("^([0-9０-９]{1,4})[.．](?=$|[^0-9０-９.．,，)）])");
    private static final Pattern PAREN = Pattern.compile(
            "^[(（]\\s?([0-9０-９]{1,3}|[a-z]{1,5}|[A-Z]{1,5})\\s?[)）]"
                    + "(?=$|[^0-9０-９\\-–—(（)）,，.．;；:：])");
    private static final Pattern DOT_LETTER = Pattern.compile("^([a-z]{1,5}|[A-Z]{1,5})\\.(?=\\s)");
    private static final Pattern CLOSE = Pattern.compile("^([0-9]{1,3}|[a-z]{1,5})\\)(?=\\s)");
    private static final Pattern CIRCLED = Pattern.compile("^([\\u2460-\\u2473])");
    private static final Pattern AFTER_MARKER = Pattern.compile("^[\\s　]*[–—\\-.:．：]?[\\s　]*");

    private MarkerParser() {}

    /**
     * @param content a line without leading white space
     * @return every reading of the marker it starts with; empty if it starts with none
     */
    static List<Marker> parse(String content) {
        List<Marker> readings = new ArrayList<>(2);
        if (!mayStartWithMarker(content)) {
            return readings;
        }
        Matcher m;
        if ((m = ARTICLE.matcher(content)).find()) {
            int value = articleNumber(m.group(2));
            if (value > 0) {
                Style style = m.group(1).toLowerCase(Locale.ROOT).startsWith("chap")
                        || m.group(1).toLowerCase(Locale.ROOT).startsWith("part") ? Style.CHAPTER : Style.ARTICLE;
                readings.add(article(style, value, m.group(3) == null ? 0 : digits(m.group(3)), content, m.end(), null));
            }
        } else if ((m = JAPANESE.matcher(content)).find()) {
            int value = japaneseNumber(m.group(1));
            int branch = m.group(3) == null ? 0 : japaneseNumber(m.group(3));
            boolean article = m.group(2).equals("条");
            if (value > 0 && branch >= 0) {
                readings.add(article(article ? Style.ARTICLE : Style.CHAPTER, value, branch, content, m.end(),
                        article ? Style.JA_PARAGRAPH : null));
            }
        } else if ((m = SUPPLEMENT.matcher(content)).find()) {
            readings.add(marker(Style.SUPPLEMENT, 1, "suppl", content, m.end()));
        } else if ((m = JA_PARAGRAPH.matcher(content)).find()) {
            int value = digits(m.group(1));
            readings.add(marker(Style.JA_PARAGRAPH, value, Integer.toString(value), content, m.end()));
        } else if ((m = JA_ITEM.matcher(content)).find()) {
            int value = japaneseNumber(m.group(1));
            if (value > 0) {
                readings.add(marker(Style.JA_ITEM, value, itemComponent(value), content, m.end()));
            }
        } else if ((m = JA_SUBITEM.matcher(content)).find()) {
            // イ is the first in the iroha order and the second in the kana table's: both readings.
            char kana = m.group(1).charAt(0);
            for (Style style : List.of(Style.JA_SUBITEM, Style.JA_SUBITEM_GOJUON)) {
                int value = (style == Style.JA_SUBITEM ? IROHA : GOJUON).indexOf(kana) + 1;
                if (value > 0) {
                    readings.add(marker(style, value, letter(value), content, m.end()));
                }
            }
        } else if ((m = DECIMAL.matcher(content)).find()) {
            String path = digitsOf(m.group(1).replace('．', '.'));
            String last = path.substring(path.lastIndexOf('.') + 1);
            readings.add(marker(Style.DECIMAL, Integer.parseInt(last), path, content, m.end()));
        } else if ((m = DOT_NUMBER.matcher(content)).find()) {
            int value = digits(m.group(1));
            readings.add(marker(Style.DOT_NUMBER, value, Integer.toString(value), content, m.end()));
        } else if ((m = PAREN.matcher(content)).find()) {
            addValues(readings, m.group(1), content, m.end(),
                    Style.PAREN_NUMBER, Style.PAREN_LOWER, Style.PAREN_ROMAN, Style.PAREN_UPPER,
                    Style.PAREN_ROMAN_UPPER);
        } else if ((m = DOT_LETTER.matcher(content)).find()) {
            addValues(readings, m.group(1), content, m.end(),
                    null, Style.DOT_LOWER, Style.DOT_ROMAN, Style.DOT_UPPER, Style.DOT_ROMAN_UPPER);
        } else if ((m = CLOSE.matcher(content)).find()) {
            addValues(readings, m.group(1), content, m.end(),
                    Style.CLOSE_NUMBER, Style.CLOSE_LOWER, Style.CLOSE_ROMAN, null, null);
        } else if ((m = CIRCLED.matcher(content)).find()) {
            int value = content.charAt(0) - 0x2460 + 1;
            readings.add(marker(Style.CIRCLED, value, Integer.toString(value), content, m.end()));
        }
        return readings;
    }

    /**
     * Whether the line's first characters could begin any of the patterns above: most lines of a
     * text are running text, which this tells apart without trying eight expressions.
     */
    private static boolean mayStartWithMarker(String content) {
        if (content.isEmpty()) {
            return false;
        }
        char first = content.charAt(0);
        if (first == '(' || first == '（' || first == '第' || first == '弟' || first >= '0' && first <= '9'
                || first >= '０' && first <= '９' || first >= '\u2460' && first <= '\u2473'
                || "一二三四五六七八九十附".indexOf(first) >= 0 || IROHA.indexOf(first) >= 0 || GOJUON.indexOf(first) >= 0) {
            return true;
        }
        if (!(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z')) {
            return false;
        }
        // ARTICLE's and SUPPLEMENT's words all start with one of these capitals; DOT_LETTER and CLOSE are up to
        // five letters and a full stop or a bracket.
        if ("ASCPD".indexOf(first) >= 0) {
            return true;
        }
        int i = 1;
        while (i < content.length() && i <= 5 && Character.isLetter(content.charAt(i))) {
            i++;
        }
        return i < content.length() && (content.charAt(i) == '.' || content.charAt(i) == ')');
    }

    /**
     * An article or chapter heading; a branch article (2-2, 第二条の二) has its main article's
     * value, so that the next article continues the count. "(1)" after an article's number
     * starts its first paragraph on the heading line.
     */
    private static Marker article(Style style, int value, int branch, String content, int end, Style firstInside) {
        String component = branch > 0 ? value + "-" + branch : Integer.toString(value);
        Marker heading = marker(style, value, component, content, end);
        if (style == Style.ARTICLE && firstInside == null) {
            Matcher first = FIRST_PARAGRAPH.matcher(content).region(heading.textOffset(), content.length());
            if (first.lookingAt()) {
                return new Marker(style, value, component, heading.printed(), first.end(), Style.PAREN_NUMBER);
            }
        }
        return firstInside == null ? heading
                : new Marker(style, value, component, heading.printed(), heading.textOffset(), firstInside);
    }

    private static Marker marker(Style style, int value, String component, String content, int end) {
        Matcher after = AFTER_MARKER.matcher(content).region(end, content.length());
        int textOffset = after.lookingAt() ? after.end() : end;
        return new Marker(style, value, component, content.substring(0, end).strip(), textOffset);
    }

    private static void addValues(List<Marker> readings, String value, String content, int end, Style number,
            Style lower, Style roman, Style upper, Style romanUpper) {
        char first = value.charAt(0);
        if (Character.isDigit(first)) {
            if (number != null) {
                int n = digits(value);
                readings.add(marker(number, n, Integer.toString(n), content, end));
            }
            return;
        }
        boolean isLower = Character.isLowerCase(first);
        Style letterStyle = isLower ? lower : upper;
        Style romanStyle = isLower ? roman : romanUpper;
        if (value.length() == 1 && letterStyle != null) {
            readings.add(marker(letterStyle, first - (isLower ? 'a' : 'A') + 1, value, content, end));
        }
        Integer romanValue = ROMANS.get(value.toLowerCase(Locale.ROOT));
        if (romanValue != null && romanStyle != null) {
            readings.add(marker(romanStyle, romanValue, value, content, end));
        }
    }

    /** Full-width digits as ASCII digits, other characters as they are. */
    private static String digitsOf(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c);
        }
        return out.toString();
    }

    private static int digits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n = n * 10 + Character.digit(s.charAt(i), 10);
        }
        return n;
    }

    private static int articleNumber(String s) {
        if (Character.isDigit(s.charAt(0))) {
            return digits(s.replaceAll("[^0-9]", ""));
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.equals("premier") || lower.equals("première") || lower.equals("first")) {
            return 1;
        }
        Integer roman = ROMANS.get(lower);
        return roman == null ? -1 : roman;
    }

    /** Reads "１２" or "十二" with ICU's Japanese spell-out rules rather than a hand-made table. */
    private static int japaneseNumber(String s) {
        if (Character.isDigit(s.charAt(0))) {
            return digits(s);
        }
        synchronized (JapaneseSpellout.FORMAT) {
            try {
                return JapaneseSpellout.FORMAT.parse(s).intValue();
            } catch (ParseException e) {
                return -1;
            }
        }
    }

    /** Roman numerals up to {@link #MAX_ROMAN}, spelled by ICU's numbering-system rules; index 0 unused. */
    private static String[] romanNames() {
        RuleBasedNumberFormat format = new RuleBasedNumberFormat(ULocale.ROOT, RuleBasedNumberFormat.NUMBERING_SYSTEM);
        format.setDefaultRuleSet("%roman-lower");
        String[] names = new String[MAX_ROMAN + 1];
        for (int i = 1; i <= MAX_ROMAN; i++) {
            names[i] = format.format(i);
        }
        return names;
    }

    private static Map<String, Integer> romans() {
        Map<String, Integer> romans = new HashMap<>();
        for (int i = 1; i <= MAX_ROMAN; i++) {
            romans.put(ROMAN_NAMES[i], i);
        }
        return Map.copyOf(romans);
    }

    /** @return a sub-item's id component: translations letter them (a), (b)… as far as the alphabet goes */
    private static String letter(int value) {
        return value <= 26 ? String.valueOf((char) ('a' + value - 1)) : Integer.toString(value);
    }

    /** @return the item's id component: the roman numeral its translations print, (i), (ii)…; digits past them */
    private static String itemComponent(int value) {
        return value <= MAX_ROMAN ? ROMAN_NAMES[value] : Integer.toString(value);
    }

    /** Loaded on first use only: most texts number their articles in digits. */
    private static final class JapaneseSpellout {
        static final RuleBasedNumberFormat FORMAT =
                new RuleBasedNumberFormat(ULocale.JAPANESE, RuleBasedNumberFormat.SPELLOUT);
    }
}
