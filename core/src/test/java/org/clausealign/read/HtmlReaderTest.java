package org.clausealign.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.clausealign.InputException;
import org.clausealign.ReadOptions;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {
    private static Reading.Text read(String html) {
        return (Reading.Text) Readers.read(html.getBytes(StandardCharsets.UTF_8), "page.html", ReadOptions.DEFAULTS);
    }

    @Test
    void keepsTheMainTextAndLeavesSiteFurnitureOut() {
        String html = "<!DOCTYPE html><html><head><title>T</title><script>var x = 1;</script></head><body>"
                + "<div class=\"cookie-banner\">We use cookies <button>OK</button></div>"
                + "<header><a href=\"/\">Site</a><nav><ul><li>Home</li><li>About</li></ul></nav></header>"
                + "<main><h1>Licence</h1><p>By exercising the rights,<br>you agree.</p>"
                + "<script>track()</script></main>"
                + "<aside>Related</aside><footer>© Site</footer></body></html>";
        assertEquals("Licence\n\nBy exercising the rights,\nyou agree.\n\n", read(html).source().text());
    }

    @Test
    void withoutMainTheBodyIsReadAndMenusByClassOrRoleAreLeftOut() {
        String html = "<html><body><div class=\"site-menu\">Home | About</div><div role=\"navigation\">Skip</div>"
                + "<div id=\"content\"><h2>Section 1</h2><p>Text.</p></div></body></html>";
        assertEquals("Section 1\n\nText.\n\n", read(html).source().text());
    }

    @Test
    void rendersOrderedListMarkersAsABrowserDoes() {
        String html = "<main><ol type=\"a\"><li>first</li><li>second<ol type=\"i\" start=\"3\"><li>third</li>"
                + "<li value=\"9\">ninth</li><li>tenth</li></ol></li></ol>"
                + "<ol reversed><li>two</li><li>one</li></ol>"
                + "<ol style=\"list-style-type: upper-roman\"><li>I</li><li>II</li></ol><ul><li>bullet</li></ul></main>";
        // Items are indented two spaces a list, as plain text lays them out.
        assertEquals("  a. first\n\n  b. second\n\n    iii. third\n\n    ix. ninth\n\n    x. tenth\n\n  2. two\n\n"
                + "  1. one\n\n  I. I\n\n  II. II\n\n  bullet\n\n", read(html).source().text());
    }

    @Test
    void textAfterAListIsNotItsLastItemAndTextBeforeTheListResumesContinuesThatItem() {
        String html = "<main><h2>Section 4 – Rights.</h2><p>Where the rights apply:</p><ol type=\"a\"><li>first;</li>"
                + "<li>second.</li></ol><p>For the avoidance of doubt, this Section 4 supplements them.</p>"
                + "<h2>Section 6 – Term.</h2><ol type=\"a\"><li>It applies.</li><li>It reinstates:<ol><li>when cured;</li>"
                + "<li>on reinstatement.</li></ol></li></ol><p>For the avoidance of doubt, this Section 6(b) stands.</p>"
                + "<ol type=\"a\" start=\"3\"><li>Other terms.</li></ol></main>";
        String text = read(html).source().text();
        assertTrue(text.contains("\n\nFor the avoidance of doubt, this Section 4"), text);
        assertTrue(text.contains("\n\n    For the avoidance of doubt, this Section 6(b)"), text);
    }

    @Test
    void theNearestElementIdIsEachParagraphsOrigin() {
        String html = "<main><section id=\"art-1\"><h2>Article 1</h2><p>All human beings.</p></section>"
                + "<p id=\"p-9\">Last.</p><p>No id.</p></main>";
        Reading.Text text = read(html);
        String all = text.source().text();
        assertEquals("#art-1", text.origins().at(all.indexOf("Article 1")));
        assertEquals("#art-1", text.origins().at(all.indexOf("All human")));
        assertEquals("#p-9", text.origins().at(all.indexOf("Last.")));
        assertEquals("", text.origins().at(all.indexOf("No id.")));
    }

    @Test
    void entitiesDeclaredInADtdAreRefusedAndNeverExpanded() {
        String laughs = "<!DOCTYPE html [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]><html><body><p>&lol3;</p></body></html>";
        InputException e = assertThrows(InputException.class, () -> read(laughs));
        assertEquals("page.html: declares entities in a DTD, which clausealign never expands or fetches"
                + " (they can read other files or blow up in memory)", e.getMessage());
        String external = "<!DOCTYPE html [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]><html><body><p>&secret;</p></body></html>";
        assertEquals(e.getMessage(), assertThrows(InputException.class, () -> read(external)).getMessage());
    }

    @Test
    void aPublicDoctypeIsNeitherFetchedNorRefused() {
        String xhtml = "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://127.0.0.1:9/xhtml1-strict.dtd\">"
                + "<html><body><p>Text &amp; more.</p></body></html>";
        assertEquals("Text & more.\n\n", read(xhtml).source().text());
    }
}
