package org.clausealign.read;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.clausealign.InputException;

/**
 * A small element tree read with the JDK's StAX parser, set up so that no DTD is read and no entity
 * is declared, fetched or expanded: a document with a DOCTYPE is refused before any of it is used.
 *
 * @param name the element's local name
 * @param attributes its attributes by qualified name ({@code xml:lang}, {@code lims:id})
 * @param children its child elements and texts ({@link String}) in order
 */
record XmlTree(String name, Map<String, String> attributes, List<Object> children) {
    private static final XMLInputFactory FACTORY = factory();

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external entity " + systemId + " refused");
        });
        return factory;
    }

    /**
     * @param bytes an XML document
     * @param name the file name for messages
     * @return its root element
     * @throws InputException if the document has a DTD or is not well-formed XML
     */
    static XmlTree parse(byte[] bytes, String name) {
        Deque<XmlTree> open = new ArrayDeque<>();
        XmlTree root = null;
        try {
            XMLStreamReader reader;
            synchronized (FACTORY) {
                reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(bytes));
            }
            try {
                while (reader.hasNext()) {
                    switch (reader.next()) {
                        case XMLStreamConstants.DTD -> throw new InputException(name, "has a DTD (<!DOCTYPE …>),"
                                + " which clausealign never loads or expands (entities can read other files or"
                                + " blow up in memory)");
                        case XMLStreamConstants.START_ELEMENT -> {
                            Map<String, String> attributes = new TreeMap<>();
                            for (int i = 0; i < reader.getAttributeCount(); i++) {
                                String prefix = reader.getAttributePrefix(i);
                                String local = reader.getAttributeLocalName(i);
                                attributes.put(prefix == null || prefix.isEmpty() ? local : prefix + ":" + local,
                                        reader.getAttributeValue(i));
                            }
                            XmlTree element = new XmlTree(reader.getLocalName(), attributes, new ArrayList<>());
                            if (open.isEmpty()) {
                                root = element;
                            } else {
                                open.peek().children().add(element);
                            }
                            open.push(element);
                        }
                        case XMLStreamConstants.END_ELEMENT -> open.pop();
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                            if (!open.isEmpty()) {
                                open.peek().children().add(reader.getText());
                            }
                        }
                        case XMLStreamConstants.ENTITY_REFERENCE -> throw new InputException(name,
                                "uses the undeclared entity &" + reader.getLocalName() + ";, which clausealign does not expand");
                        default -> { }
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new InputException(name, "is not well-formed XML (" + e.getMessage().replaceAll("\\s+", " ") + ")", e);
        }
        if (root == null) {
            throw new InputException(name, "holds no XML element");
        }
        return root;
    }

    /** @return the child elements */
    Stream<XmlTree> elements() {
        return children.stream().filter(XmlTree.class::isInstance).map(XmlTree.class::cast);
    }

    /**
     * @param local an element name
     * @return the first child element of that name, or null
     */
    XmlTree child(String local) {
        return elements().filter(e -> e.name.equals(local)).findFirst().orElse(null);
    }

    /** @return the attribute's value, or "" */
    String attribute(String qualified) {
        return attributes.getOrDefault(qualified, "");
    }

    /**
     * @param skipped names of elements whose text is left out
     * @return all text inside, in order
     */
    String text(java.util.Set<String> skipped) {
        StringBuilder out = new StringBuilder();
        appendText(out, skipped);
        return out.toString();
    }

    private void appendText(StringBuilder out, java.util.Set<String> skipped) {
        for (Object child : children) {
            if (child instanceof String text) {
                out.append(text);
            } else if (child instanceof XmlTree element && !skipped.contains(element.name)) {
                element.appendText(out, skipped);
            }
        }
    }
}
