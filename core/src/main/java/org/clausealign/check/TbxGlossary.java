package org.clausealign.check;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.clausealign.InputException;
import org.clausealign.lang.Language;

/**
 * Reads a TermBase eXchange file (TBX, ISO 30042), as CAT tools export their termbases: each
 * entry ({@code termEntry}, or {@code conceptEntry} in TBX 3) holds a section per language
 * ({@code langSet} or {@code langSec}, with {@code xml:lang}) holding its {@code term}s. Each entry
 * with terms in two of ja, en and fr is one glossary row, with each language's first (preferred)
 * term; other languages are passed over.
 *
 * <p>Read with StAX, DTDs and external entities disabled: a termbase cannot make clausealign read
 * other files or the network.
 */
final class TbxGlossary {
    private static final XMLInputFactory FACTORY = factory();

    private TbxGlossary() {}

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    /**
     * @param name the file name, for messages
     * @param bytes the file; XML declares its own encoding
     * @return each entry's term per language
     * @throws InputException if the file is not well-formed XML or holds no usable entry
     */
    static List<Map<Language, String>> read(String name, byte[] bytes) {
        List<Map<Language, String>> terms = new ArrayList<>();
        int entries = 0;
        try {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(new ByteArrayInputStream(bytes));
            try {
                Map<Language, String> entry = null;
                Language language = null;
                StringBuilder term = null;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        switch (xml.getLocalName()) {
                            case "termEntry", "conceptEntry" -> {
                                entry = new EnumMap<>(Language.class);
                                entries++;
                            }
                            case "langSet", "langSec" -> {
                                language = language(xml);
                            }
                            case "term" -> term = new StringBuilder();
                            default -> { }
                        }
                    } else if (term != null && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                        term.append(xml.getText());
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        switch (xml.getLocalName()) {
                            case "term" -> {
                                String text = term == null ? "" : term.toString().strip();
                                if (entry != null && language != null && !text.isEmpty()) {
                                    entry.putIfAbsent(language, text);
                                }
                                term = null;
                            }
                            case "langSet", "langSec" -> language = null;
                            case "termEntry", "conceptEntry" -> {
                                if (entry != null && entry.size() >= 2) {
                                    terms.add(entry);
                                }
                                entry = null;
                            }
                            default -> { }
                        }
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new InputException(name, "is not a well-formed TBX file (" + e.getMessage().replaceAll("\\s+", " ").strip()
                    + ")", e);
        }
        if (terms.isEmpty()) {
            throw new InputException(name, entries == 0
                    ? "holds no termEntry; a TBX glossary holds one termEntry per term, with a langSet per language"
                    : "holds " + entries + " term entries, but none with terms in two of ja, en and fr");
        }
        return terms;
    }

    /** @return the section's language, or null for a language clausealign does not read */
    private static Language language(XMLStreamReader xml) {
        String code = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        if (code == null) {
            code = xml.getAttributeValue(null, "lang");
        }
        if (code == null) {
            return null;
        }
        try {
            return Glossary.language(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
