package org.clausealign.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.clausealign.InputException;
import org.clausealign.SourceText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.w3c.dom.Node;

/**
 * Reads a Word .docx with Apache POI: the body's paragraphs in order, each with the label its
 * automatic numbering shows ({@link WordNumbering}), tables row by row and cell by cell, tracked
 * changes as if accepted (insertions kept, deletions left out), and comments, footnotes, field codes
 * and text boxes kept out of the text. Each clause's origin is the paragraph it starts in, counted
 * from 1 through the body, table cells included.
 */
final class DocxReader {
    private static final String KIND = "Word file";

    private DocxReader() {}

    static Reading read(byte[] bytes, String name) {
        Zips.check(bytes, name, "word/document.xml", KIND);
        try (XWPFDocument document = new XWPFDocument(Zips.stream(bytes))) {
            Body body = new Body(new WordNumbering(document.getNumbering()), document.getStyles());
            for (IBodyElement element : document.getBodyElements()) {
                body.add(element);
            }
            if (body.text.isEmpty()) {
                throw new InputException(name, "is a Word file without text");
            }
            return new Reading.Text(new SourceText(name, body.text.text(), StandardCharsets.UTF_8), body.text.origins());
        } catch (IOException | POIXMLException | OpenXML4JRuntimeException | IllegalStateException e) {
            throw Zips.corrupt(name, KIND, e);
        }
    }

    /** The body read so far. */
    private static final class Body {
        final TextBuilder text = new TextBuilder();
        private final WordNumbering numbering;
        private final XWPFStyles styles;
        private int paragraphs;

        Body(WordNumbering numbering, XWPFStyles styles) {
            this.numbering = numbering;
            this.styles = styles;
        }

        void add(IBodyElement element) {
            if (element instanceof XWPFParagraph paragraph) {
                add(paragraph);
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        cell.getBodyElements().forEach(this::add);
                    }
                }
            }
        }

        private void add(XWPFParagraph paragraph) {
            paragraphs++;
            CTNumPr numbered = numbering(paragraph);
            String label = "";
            if (numbered != null && numbered.getNumId() != null) {
                int level = numbered.getIlvl() == null ? 0 : numbered.getIlvl().getVal().intValue();
                label = numbering.next(numbered.getNumId().getVal(), level);
            }
            StringBuilder words = new StringBuilder();
            WordText.append(paragraph.getCTP().getDomNode(), words);
            String content = words.toString().strip();
            if (!content.isEmpty()) {
                text.paragraph(label.isEmpty() ? content : label + " " + content, "paragraph " + paragraphs);
            }
        }

        /** @return the paragraph's numbering: its own, else its style's (Heading 1 numbered by style) */
        private CTNumPr numbering(XWPFParagraph paragraph) {
            var properties = paragraph.getCTP().getPPr();
            if (properties != null && properties.getNumPr() != null) {
                return properties.getNumPr();
            }
            String styleId = paragraph.getStyleID();
            for (int depth = 0; styleId != null && styles != null && depth < 10; depth++) {
                XWPFStyle style = styles.getStyle(styleId);
                if (style == null) {
                    return null;
                }
                CTPPrGeneral styleProperties = style.getCTStyle().getPPr();
                if (styleProperties != null && styleProperties.getNumPr() != null) {
                    return styleProperties.getNumPr();
                }
                styleId = style.getBasisStyleID();
            }
            return null;
        }
    }

    /** The visible words of a paragraph's XML. */
    private static final class WordText {
        private WordText() {}

        /** XMLBeans' DOM has no getTextContent (DOM level 3): the text nodes are read one by one. */
        private static void appendCharacters(Node text, StringBuilder out) {
            for (Node child = text.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                    out.append(child.getNodeValue());
                }
            }
        }

        static void append(Node node, StringBuilder out) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child.getNodeType() != Node.ELEMENT_NODE) {
                    continue;
                }
                String local = child.getLocalName() != null ? child.getLocalName() : child.getNodeName();
                switch (local) {
                    case "t" -> appendCharacters(child, out);
                    case "tab", "ptab" -> out.append('\t');
                    case "br", "cr" -> out.append('\n');
                    case "noBreakHyphen" -> out.append('-');
                    // Deleted text, the paragraph's and runs' properties, field codes, footnote and
                    // comment marks, drawings and text boxes: none of it is the clause's text.
                    case "del", "moveFrom", "delText", "delInstrText", "instrText", "pPr", "rPr", "sdtPr",
                            "footnoteReference", "endnoteReference", "commentReference", "annotationRef",
                            "drawing", "pict", "object", "AlternateContent" -> { }
                    default -> append(child, out);
                }
            }
        }
    }
}
