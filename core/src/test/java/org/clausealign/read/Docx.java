package org.clausealign.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds small Word files in memory: a body of WordprocessingML and, if given, numbering definitions. */
final class Docx {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private Docx() {}

    /**
     * @param body the children of {@code w:body}
     * @param numbering the children of {@code w:numbering}, or null for none
     * @return the .docx bytes
     */
    static byte[] of(String body, String numbering) {
        Map<String, String> parts = new LinkedHashMap<>();
        String base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
                + "</Types>");
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + base + "officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>");
        parts.put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W
                + "\"><w:body>" + body + "</w:body></w:document>");
        if (numbering != null) {
            parts.put("word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rN\" Type=\"" + base + "numbering\" Target=\"numbering.xml\"/>"
                    + "</Relationships>");
            parts.put("word/numbering.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering xmlns:w=\"" + W
                    + "\">" + numbering + "</w:numbering>");
        }
        return zip(parts);
    }

    static byte[] zip(Map<String, String> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** @return a paragraph with the given text, numbered by list {@code numId} at level {@code ilvl} */
    static String numbered(int numId, int ilvl, String text) {
        return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + ilvl + "\"/><w:numId w:val=\"" + numId
                + "\"/></w:numPr></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    /** @return a plain paragraph */
    static String paragraph(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    /** @return a level definition */
    static String level(int ilvl, int start, String format, String text) {
        return "<w:lvl w:ilvl=\"" + ilvl + "\"><w:start w:val=\"" + start + "\"/><w:numFmt w:val=\"" + format
                + "\"/><w:lvlText w:val=\"" + text + "\"/></w:lvl>";
    }
}
