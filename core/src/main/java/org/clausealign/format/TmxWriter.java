package org.clausealign.format;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.clausealign.align.Alignment;
import org.clausealign.align.ClauseGroup;
import org.clausealign.align.SentencePairs;
import org.clausealign.lang.Language;

/**
 * Writes an alignment as TMX 1.4b, the translation memory format CAT tools load: one
 * {@code <tu>} per clause group (or per sentence group), one {@code <tuv xml:lang>} per version
 * present, the group's id as {@code tuid} and its label and confidence as properties. Written with
 * the JDK's StAX writer, so every text is escaped; characters XML 1.0 forbids become U+FFFD.
 */
public final class TmxWriter {
    /** What one translation unit holds. */
    public enum Segmentation {
        /** One unit per clause group. */
        CLAUSE,
        /** One unit per sentence group inside each clause group. */
        SENTENCE
    }

    private TmxWriter() {}

    /**
     * {@return how many characters of the clause texts XML 1.0 forbids (control characters,
     *     unpaired surrogates); TMX and HTML output replace each with U+FFFD}
     *
     * @param alignment the groups
     */
    public static int forbiddenCharacters(Alignment alignment) {
        int n = 0;
        for (ClauseGroup group : alignment.groups()) {
            for (Language language : alignment.languages()) {
                n += Markup.forbidden(group.text(language));
            }
        }
        return n;
    }

    /**
     * {@return the TMX document}
     *
     * @param alignment the groups
     * @param segmentation clause or sentence units
     * @param toolVersion clausealign's version, for the header
     */
    public static String write(Alignment alignment, Segmentation segmentation, String toolVersion) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeDTD("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">");
            xml.writeCharacters("\n");
            xml.writeStartElement("tmx");
            xml.writeAttribute("version", "1.4");
            xml.writeCharacters("\n");
            xml.writeEmptyElement("header");
            xml.writeAttribute("creationtool", "clausealign");
            xml.writeAttribute("creationtoolversion", toolVersion);
            xml.writeAttribute("segtype", segmentation == Segmentation.SENTENCE ? "sentence" : "paragraph");
            xml.writeAttribute("o-tmf", "clausealign");
            xml.writeAttribute("adminlang", "en");
            xml.writeAttribute("srclang", alignment.languages().isEmpty() ? "*all*" : alignment.languages().get(0).code());
            xml.writeAttribute("datatype", "plaintext");
            xml.writeCharacters("\n");
            xml.writeStartElement("body");
            xml.writeCharacters("\n");
            for (ClauseGroup group : alignment.groups()) {
                List<ClauseGroup> units = segmentation == Segmentation.SENTENCE
                        ? SentencePairs.of(group, alignment.languages()) : List.of(group);
                for (ClauseGroup unit : units) {
                    unit(xml, unit, group, alignment.languages());
                }
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write TMX", e);
        }
        return out.toString();
    }

    private static void unit(XMLStreamWriter xml, ClauseGroup unit, ClauseGroup group, List<Language> languages)
            throws XMLStreamException {
        xml.writeStartElement("tu");
        xml.writeAttribute("tuid", Markup.xmlSafe(unit.id()));
        prop(xml, "x-clause", group.id());
        prop(xml, "x-label", group.label());
        prop(xml, "x-confidence", AlignmentFormat.confidence(unit.confidence()));
        for (Language language : languages) {
            String text = unit.text(language);
            if (text.isEmpty()) {
                continue;
            }
            xml.writeStartElement("tuv");
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", language.code());
            xml.writeStartElement("seg");
            xml.writeCharacters(Markup.xmlSafe(text));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void prop(XMLStreamWriter xml, String type, String value) throws XMLStreamException {
        xml.writeStartElement("prop");
        xml.writeAttribute("type", type);
        xml.writeCharacters(Markup.xmlSafe(value));
        xml.writeEndElement();
    }
}
