package org.clausealign.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.clausealign.ClauseAlign;
import org.clausealign.TestData;
import org.clausealign.align.Alignment;
import org.clausealign.lang.Language;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** The TMX is valid against the TMX 1.4b DTD, holds one unit per group and escapes everything. */
class TmxWriterTest {
    private static final Alignment MOC = ClauseAlign.align(ClauseAlign.read(TestData.moc()));

    /** Parses with DTD validation against testdata/tmx/tmx14.dtd; every validity error fails. */
    static Document validate(String tmx) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(true);
        factory.setNamespaceAware(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        byte[] dtd = Files.readAllBytes(TestData.path("tmx/tmx14.dtd"));
        builder.setEntityResolver((publicId, systemId) -> {
            if (systemId != null && systemId.endsWith("tmx14.dtd")) {
                return new InputSource(new ByteArrayInputStream(dtd));
            }
            throw new SAXException("unexpected external entity " + systemId);
        });
        List<String> errors = new ArrayList<>();
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                errors.add("warning: " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        Document document = builder.parse(new InputSource(new StringReader(tmx)));
        assertEquals(List.of(), errors);
        return document;
    }

    @Test
    void clauseUnitsAreValidTmx14() throws Exception {
        String tmx = TmxWriter.write(MOC, TmxWriter.Segmentation.CLAUSE, "1.0");
        Document document = validate(tmx);
        Element header = (Element) document.getElementsByTagName("header").item(0);
        assertEquals("clausealign", header.getAttribute("creationtool"));
        assertEquals("ja", header.getAttribute("srclang"));
        assertEquals("paragraph", header.getAttribute("segtype"));
        NodeList units = document.getElementsByTagName("tu");
        assertEquals(67, units.getLength());
        Element item = (Element) units.item(28);
        assertEquals("2.c.vii", item.getAttribute("tuid"));
        NodeList variants = item.getElementsByTagName("tuv");
        assertEquals(3, variants.getLength());
        assertEquals("fr", ((Element) variants.item(2)).getAttribute("xml:lang"));
        assertEquals("promouvoir la recherche et le développement liés aux chaînes d'approvisionnement en batteries;",
                variants.item(2).getTextContent());
    }

    @Test
    void sentenceUnitsAreValidTmx14AndSplitLongClauses() throws Exception {
        String tmx = TmxWriter.write(MOC, TmxWriter.Segmentation.SENTENCE, "1.0");
        Document document = validate(tmx);
        assertEquals("sentence", ((Element) document.getElementsByTagName("header").item(0)).getAttribute("segtype"));
        assertTrue(document.getElementsByTagName("tu").getLength() > 67);
        String units = tmx.substring(tmx.indexOf("tuid=\"4.a.i.s1\""), tmx.indexOf("tuid=\"4.a.ii"));
        assertTrue(units.contains("<seg>The Canadian Chair will rotate among the three Canadian participants annually.</seg>"),
                units);
    }

    @Test
    void hostileTextIsEscapedAndForbiddenCharactersReplaced() throws Exception {
        String hostile = "1. Objective\n(a) <script>alert(1)</script> ]]> & \"quoted\" \u0001 end.\n";
        Alignment alignment = ClauseAlign.align(ClauseAlign.parse(hostile, "hostile.txt", List.of(Language.EN)));
        String tmx = TmxWriter.write(alignment, TmxWriter.Segmentation.CLAUSE, "1.0");
        Document document = validate(tmx);
        assertEquals("<script>alert(1)</script> ]]> & \"quoted\" \uFFFD end.",
                document.getElementsByTagName("seg").item(1).getTextContent());
        assertTrue(!tmx.contains("<script>"));
    }

    @Test
    void xmlSafeKeepsTextAndReplacesOnlyForbiddenCharacters() throws IOException {
        assertEquals("a\tb\nc 日本 😀", Markup.xmlSafe("a\tb\nc 日本 😀"));
        assertEquals("a\uFFFDb\uFFFDc\uFFFD", Markup.xmlSafe("a\u0000b\uFFFEc\uD800"));
        assertEquals(new String("ok".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8), Markup.xmlSafe("ok"));
    }
}
