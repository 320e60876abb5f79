package org.clausealign.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.clausealign.InputException;
import org.clausealign.SourceText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Reads the main text of a web page with jsoup: the {@code <main>} element (or the one
 * {@code <article>}, else the body) without site navigation, menus, page headers and footers,
 * scripts, forms and cookie banners. Each block (paragraph, heading, list item, table cell) is a
 * paragraph of the text; ordered list items get the marker a browser shows ({@code <ol type="a"
 * start="3">} gives {@code c.}). Each clause's origin is the id of the nearest element that has one.
 *
 * <p>Entities declared in a DTD are refused rather than expanded; jsoup never loads a DTD.
 */
final class HtmlReader {
    /** A DTD that declares entities, before the document element. */
    private static final Pattern ENTITY_DECLARATION = Pattern.compile("<!ENTITY", Pattern.CASE_INSENSITIVE);
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "form", "button", "nav", "aside", "dialog", "menu", "select", "object", "canvas", "head");
    private static final Set<String> DROPPED_ROLES = Set.of("navigation", "banner", "contentinfo", "search",
            "complementary", "dialog", "alertdialog", "menu", "menubar");
    /** Class and id words of site furniture. */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?:^|[-_\\s])(?:cookies?|consent|gdpr|nav|navbar|navigation|menu|breadcrumbs?|sidebar|skip|skiplinks?"
                    + "|banner|masthead|site-header|site-footer|toolbar|share|social)(?:[-_\\s]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "blockquote", "li",
            "ol", "ul", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tfoot",
            "tr", "td", "th", "caption", "figure", "figcaption", "pre", "address", "hr", "header", "footer", "body",
            "center", "details", "summary", "hgroup");

    private HtmlReader() {}

    static Reading read(byte[] bytes, String name) {
        refuseEntities(bytes, name);
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new InputException(name, "cannot be read as HTML (" + e.getMessage() + ")", e);
        }
        Element main = main(page);
        TextBuilder text = new TextBuilder();
        new Blocks(text).walk(main);
        if (text.isEmpty()) {
            throw new InputException(name, "is a web page without text in its main part");
        }
        return new Reading.Text(new SourceText(name, text.text(), StandardCharsets.UTF_8), text.origins());
    }

    static void refuseEntities(byte[] bytes, String name) {
        String start = new String(bytes, 0, Math.min(bytes.length, 1 << 16), StandardCharsets.ISO_8859_1);
        int root = start.toLowerCase(Locale.ROOT).indexOf("<html");
        if (ENTITY_DECLARATION.matcher(root < 0 ? start : start.substring(0, root)).find()) {
            throw new InputException(name, "declares entities in a DTD, which clausealign never expands"
                    + " or fetches (they can read other files or blow up in memory)");
        }
    }

    /** @return the part of the page that holds its text, with site furniture removed */
    private static Element main(Document page) {
        Element body = page.body();
        for (Element element : body.select("*")) {
            if (element.parent() != null && isFurniture(element)) {
                element.remove();
            }
        }
        Elements mains = body.select("main, [role=main]");
        if (mains.size() == 1) {
            return mains.first();
        }
        Elements articles = body.select("article");
        return articles.size() == 1 ? articles.first() : body;
    }

    private static boolean isFurniture(Element element) {
        String tag = element.normalName();
        if (DROPPED.contains(tag) || DROPPED_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))
                || element.hasAttr("hidden") || element.attr("aria-hidden").equals("true")) {
            return true;
        }
        // A header or footer inside an article or section is that part's own; the page's are not text.
        if ((tag.equals("header") || tag.equals("footer")) && element.closest("main, article, section") == null) {
            return true;
        }
        return !tag.equals("main") && !tag.equals("article") && !tag.equals("body")
                && (FURNITURE.matcher(element.id()).find() || FURNITURE.matcher(element.className()).find());
    }

    /** Walks the main part, one paragraph per block. */
    private static final class Blocks {
        private final TextBuilder text;
        private final StringBuilder inline = new StringBuilder();
        private String origin = "";
        private String pendingMarker = "";
        /** How many list items hold the paragraph being read. */
        private int depth;

        Blocks(TextBuilder text) {
            this.text = text;
        }

        void walk(Element block) {
            boolean item = block.normalName().equals("li");
            // Text between a list and the list that resumes its numbering continues the last item,
            // after that item's own sublists, as plain text indents it.
            int extra = item ? 1 : interruptsList(block) ? 2 : 0;
            if (item) {
                pendingMarker = OrderedLists.marker(block);
            }
            depth += extra;
            block.childNodes().forEach(child -> visit(child, true));
            flush();
            depth -= extra;
        }

        /** Reads a node: text and inline elements into the open paragraph, a block as paragraphs of its own. */
        private void visit(Node node, boolean blocks) {
            if (node instanceof TextNode textNode) {
                inline(textNode.text(), textNode);
            } else if (node instanceof Element element) {
                if (element.normalName().equals("br")) {
                    inline.append('\n');
                } else if (blocks && BLOCKS.contains(element.normalName())) {
                    flush();
                    walk(element);
                } else {
                    element.childNodes().forEach(child -> visit(child, false));
                }
            }
        }

        private void inline(String words, Node at) {
            if (inline.isEmpty() || inline.toString().isBlank()) {
                origin = idOf(at);
            }
            inline.append(words);
        }

        private void flush() {
            String paragraph = inline.toString().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" ?\n ?", "\n").strip();
            inline.setLength(0);
            if (paragraph.isEmpty()) {
                return;
            }
            text.paragraph(pendingMarker.isEmpty() ? paragraph : pendingMarker + " " + paragraph, origin, depth);
            pendingMarker = "";
        }

        /** @return whether a block stands between a list and an ordered list whose numbering resumes it */
        private static boolean interruptsList(Element block) {
            Element before = block.previousElementSibling();
            Element after = block.nextElementSibling();
            return before != null && after != null && (before.normalName().equals("ol") || before.normalName().equals("ul"))
                    && after.normalName().equals("ol") && after.hasAttr("start") && !after.attr("start").strip().equals("1");
        }

        private static String idOf(Node node) {
            for (Node at = node; at != null; at = at.parentNode()) {
                if (at instanceof Element element && !element.id().isEmpty()) {
                    return "#" + element.id();
                }
            }
            return "";
        }
    }
}
