package org.clausealign.read;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clausealign.InputException;
import org.clausealign.SourceText;
import org.clausealign.clause.Clause;
import org.clausealign.clause.ClauseKind;
import org.clausealign.clause.LanguageVersion;
import org.clausealign.clause.StatuteIds;
import org.clausealign.lang.Language;

/**
 * Reads a Japanese law in the e-Gov law XML format (root {@code Law}): every provision is an
 * element, so clauses come straight from the markup with the ids the Japanese statute text gets:
 * the title {@code title}, chapters {@code chapter.1}, articles {@code 2} and branch articles
 * ({@code Num="2_2"}, 第二条の二) {@code 2-2}, paragraphs from the second {@code 2.2} (the first is
 * the article's own text), items {@code 2.1.i} (or {@code 2.i} in an article of one paragraph),
 * subitems (イ, ロ) {@code 2.1.i.a}; supplementary provisions {@code suppl}, their articles
 * {@code suppl.1} and their unnumbered paragraphs {@code suppl.p.1}. An article's caption
 * ({@code ArticleCaption}, （目的）) becomes the clause's caption. Sections and other divisions of a
 * chapter, tables, figures and remarks are left out. Each clause's origin names its element path,
 * "Article 2 Paragraph 2 Item 1".
 */
final class EGovLawReader {
    /** Elements whose text is not the provision's own: its numbers, captions and the provisions inside it. */
    private static final Set<String> NOT_TEXT = Set.of("ArticleTitle", "ArticleCaption", "ParagraphNum",
            "ParagraphCaption", "ItemTitle", "Subitem1Title", "Subitem2Title", "Subitem3Title", "Item", "Subitem1",
            "Subitem2", "Subitem3", "TableStruct", "FigStruct", "Remarks", "Rt");
    private static final List<String> SUBITEMS = List.of("Subitem1", "Subitem2", "Subitem3");

    private EGovLawReader() {}

    static Reading read(byte[] bytes, String name) {
        XmlTree law = XmlTree.parse(bytes, name);
        Reader reader = new Reader();
        XmlTree body = law.child("LawBody");
        if (body == null) {
            throw new InputException(name, "is e-Gov law XML without a LawBody");
        }
        XmlTree title = body.child("LawTitle");
        if (title != null) {
            reader.add(StatuteIds.TITLE, "Title", ClauseKind.TITLE, "", clean(title.text(Set.of())), "", "LawTitle");
        }
        for (XmlTree part : body.elements().toList()) {
            switch (part.name()) {
                case "MainProvision" -> reader.provisions(part, "", "", "");
                case "SupplProvision" -> reader.supplement(part);
                default -> { }
            }
        }
        if (reader.clauses.size() <= (title == null ? 0 : 1)) {
            throw new InputException(name, "is e-Gov law XML without provisions");
        }
        SourceText source = new SourceText(name, reader.text.toString(), StandardCharsets.UTF_8);
        return new Reading.Clauses(List.of(new LanguageVersion(Language.JA, source, reader.clauses)));
    }

    /** The clauses read so far, with the text their offsets point into. */
    private static final class Reader {
        final List<Clause> clauses = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        private int supplements;

        /**
         * Reads the articles of a main or supplementary provision, through its chapters.
         *
         * @param prefix what the ids of a supplementary provision's articles start with, "suppl."
         * @param labelPrefix what their labels start with, "Suppl. "
         */
        void provisions(XmlTree container, String prefix, String labelPrefix, String origin) {
            for (XmlTree element : container.elements().toList()) {
                switch (element.name()) {
                    case "Chapter" -> {
                        String number = element.attribute("Num").replace('_', '-');
                        String[] title = split(element.child("ChapterTitle"));
                        add("chapter." + number, "Chapter " + number, ClauseKind.SECTION, title[0], title[1], "",
                                "Chapter " + number);
                        provisions(element, prefix, labelPrefix, origin);
                    }
                    case "Part", "Section", "Subsection", "Division" -> provisions(element, prefix, labelPrefix, origin);
                    case "Article" -> article(element, prefix, labelPrefix, origin);
                    case "Paragraph" -> paragraph(element, prefix, labelPrefix, origin);
                    default -> { }
                }
            }
        }

        /** Supplementary provisions: their heading, then their articles or unnumbered paragraphs. */
        void supplement(XmlTree element) {
            supplements++;
            String id = supplements == 1 ? "suppl" : "suppl~" + supplements;
            XmlTree label = element.child("SupplProvisionLabel");
            add(id, "Supplementary Provisions", ClauseKind.SECTION, label == null ? "" : clean(label.text(Set.of())), "",
                    "", "SupplProvision " + supplements);
            int paragraphs = 0;
            for (XmlTree child : element.elements().toList()) {
                if (child.name().equals("Paragraph")) {
                    paragraphs++;
                    add(id + ".p." + paragraphs, "Supplementary Provisions ¶" + paragraphs, ClauseKind.PARAGRAPH,
                            clean(textOf(child.child("ParagraphNum"))), sentences(child), "",
                            "SupplProvision " + supplements + " Paragraph " + paragraphs);
                    items(child, id + ".p." + paragraphs, "Supplementary Provisions ¶" + paragraphs, 1, "");
                }
            }
            provisions(withoutParagraphs(element), id + ".", "Suppl. ", "SupplProvision " + supplements + " ");
        }

        private void article(XmlTree article, String prefix, String labelPrefix, String origin) {
            String number = article.attribute("Num").replace('_', '-');
            String id = prefix + number;
            String label = labelPrefix + number;
            String where = origin + "Article " + number;
            String marker = clean(textOf(article.child("ArticleTitle")));
            String caption = clean(textOf(article.child("ArticleCaption")));
            List<XmlTree> paragraphs = article.elements().filter(e -> e.name().equals("Paragraph")).toList();
            boolean several = paragraphs.size() > 1;
            ClauseKind kind = prefix.isEmpty() ? ClauseKind.SECTION : ClauseKind.PARAGRAPH;
            if (paragraphs.isEmpty()) {
                add(id, label, kind, marker, "", caption, where);
                return;
            }
            for (int i = 0; i < paragraphs.size(); i++) {
                XmlTree paragraph = paragraphs.get(i);
                String n = paragraph.attribute("Num").isEmpty() ? Integer.toString(i + 1) : paragraph.attribute("Num");
                if (i == 0) {
                    add(id, label, kind, marker, sentences(paragraph), caption, where);
                    items(paragraph, several ? id + ".1" : id, several ? label + "(1)" : label, several ? 2 : 1,
                            where + " Paragraph 1");
                } else {
                    add(id + "." + n, label + "(" + n + ")", ClauseKind.PARAGRAPH,
                            clean(textOf(paragraph.child("ParagraphNum"))), sentences(paragraph), "",
                            where + " Paragraph " + n);
                    items(paragraph, id + "." + n, label + "(" + n + ")", 2, where + " Paragraph " + n);
                }
            }
        }

        /** A paragraph standing alone in a provision, outside any article. */
        private void paragraph(XmlTree paragraph, String prefix, String labelPrefix, String origin) {
            String n = paragraph.attribute("Num");
            add(prefix + n, labelPrefix + n, ClauseKind.PARAGRAPH, clean(textOf(paragraph.child("ParagraphNum"))),
                    sentences(paragraph), "", origin + "Paragraph " + n);
            items(paragraph, prefix + n, labelPrefix + n, 1, origin + "Paragraph " + n);
        }

        /**
         * Reads the items of a paragraph, or the subitems of an item, and theirs below.
         *
         * @param depth how deep the items are below the article: 1 for 2.i, 2 for 2.1.i
         */
        private void items(XmlTree parent, String parentId, String parentLabel, int depth, String origin) {
            int level = parent.name().equals("Paragraph") ? 0 : parent.name().equals("Item") ? 1
                    : SUBITEMS.indexOf(parent.name()) + 2;
            String name = level == 0 ? "Item" : level <= SUBITEMS.size() ? SUBITEMS.get(level - 1) : null;
            if (name == null) {
                return;
            }
            String titleName = name.equals("Item") ? "ItemTitle" : name + "Title";
            String sentenceName = name.equals("Item") ? "ItemSentence" : name + "Sentence";
            for (XmlTree item : parent.elements().filter(e -> e.name().equals(name)).toList()) {
                String component = component(item.attribute("Num"), level);
                String id = parentId + "." + component;
                String label = parentLabel + "(" + component + ")";
                String where = origin + " " + name + " " + item.attribute("Num");
                XmlTree sentence = item.child(sentenceName);
                add(id, label, depth <= 1 ? ClauseKind.PARAGRAPH : ClauseKind.ITEM, clean(textOf(item.child(titleName))),
                        sentence == null ? "" : columns(sentence), "", where);
                items(item, id, label, depth + 1, where);
            }
        }

        /** @return an item's id component: i, ii for items; a, b for イ, ロ; 1, 2 below; a branch "2_2" as ii-2 */
        private static String component(String num, int level) {
            String[] parts = num.split("_");
            int value;
            try {
                value = Integer.parseInt(parts[0]);
            } catch (NumberFormatException e) {
                return num;
            }
            String style = level == 0 ? "lowerRoman" : level == 1 ? "lowerLetter" : "decimal";
            String main = ListNumbers.format(value, style, ListNumbers.Letters.ALPHABETIC);
            return parts.length > 1 ? main + "-" + parts[1] : main;
        }

        void add(String id, String label, ClauseKind kind, String marker, String words, String caption, String origin) {
            int start = text.length();
            text.append(words);
            int end = text.length();
            text.append("\n\n");
            clauses.add(new Clause(id, label, kind, marker, words,
                    Normalizer.normalize(words, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip(), start, end,
                    caption, origin));
        }
    }

    /** @return a paragraph's sentences (main text and proviso) joined, without its number or its items */
    private static String sentences(XmlTree paragraph) {
        XmlTree sentence = paragraph.child("ParagraphSentence");
        return sentence == null ? "" : columns(sentence);
    }

    /** @return the text of a sentence element, its columns (a defined term and its meaning) a full-width space apart */
    private static String columns(XmlTree sentence) {
        List<String> parts = new ArrayList<>();
        for (XmlTree column : sentence.elements().toList()) {
            String words = clean(column.text(NOT_TEXT));
            if (!words.isEmpty()) {
                parts.add(words);
            }
        }
        return parts.isEmpty() ? clean(sentence.text(NOT_TEXT)) : String.join(
                sentence.elements().anyMatch(e -> e.name().equals("Column")) ? "　" : "", parts);
    }

    /** @return a chapter title split into its number and its name: "第一章", "総則" */
    private static String[] split(XmlTree title) {
        String words = clean(textOf(title));
        int space = words.indexOf('　') >= 0 ? words.indexOf('　') : words.indexOf(' ');
        return space < 0 ? new String[] {words, ""} : new String[] {words.substring(0, space), words.substring(space + 1).strip()};
    }

    private static XmlTree withoutParagraphs(XmlTree element) {
        List<Object> children = new ArrayList<>(element.children());
        children.removeIf(child -> child instanceof XmlTree tree && tree.name().equals("Paragraph"));
        return new XmlTree(element.name(), element.attributes(), children);
    }

    private static String textOf(XmlTree element) {
        return element == null ? "" : element.text(Set.of("Rt"));
    }

    private static String clean(String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ").strip();
    }
}
