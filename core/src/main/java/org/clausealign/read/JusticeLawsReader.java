package org.clausealign.read;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clausealign.InputException;
import org.clausealign.SourceText;
import org.clausealign.clause.Clause;
import org.clausealign.clause.ClauseKind;
import org.clausealign.clause.LanguageVersion;
import org.clausealign.clause.StatuteIds;
import org.clausealign.lang.Language;

/**
 * Reads Canadian federal legislation in the Justice Laws XML format: every provision is an element,
 * so clauses come straight from the markup with the shared ids: section {@code 5}, subsection
 * {@code 5.1} ({@code 5(1)}), paragraph {@code 5.1.a}, subparagraph {@code 5.1.a.i}, clause and
 * subclause below; inserted numbers join with {@code -} ({@code 3.1} is {@code 3-1}, {@code (e.1)}
 * is {@code e-1}); a definition is {@code <provision>.def.<English term>} in both languages
 * (from {@code DefinedTermEn}); text continuing a provision after its list is {@code <provision>.p.1}.
 * The short title is {@code title}, the long title {@code longtitle}, the headings between provisions
 * {@code heading.1}, {@code heading.2}… in document order. A marginal note becomes the caption of
 * the clause that follows it; historical notes, footnotes and schedules are left out. Each clause's
 * origin is its element's {@code lims:id}.
 */
final class JusticeLawsReader {
    /** Elements whose text is not part of a provision's text. */
    private static final Set<String> NOT_TEXT = Set.of("HistoricalNote", "Footnote", "FootnoteRef", "MarginalNote",
            "Label", "Note");
    private static final Map<String, ClauseKind> PROVISIONS = Map.of("Section", ClauseKind.SECTION,
            "Subsection", ClauseKind.PARAGRAPH, "Paragraph", ClauseKind.ITEM, "Subparagraph", ClauseKind.ITEM,
            "Clause", ClauseKind.ITEM, "Subclause", ClauseKind.ITEM, "Subsubclause", ClauseKind.ITEM);
    private static final Set<String> CONTINUED = Set.of("ContinuedSectionSubsection", "ContinuedParagraph",
            "ContinuedSubparagraph", "ContinuedClause", "ContinuedSubclause", "ContinuedDefinition");

    private JusticeLawsReader() {}

    static Reading read(byte[] bytes, String name) {
        XmlTree root = XmlTree.parse(bytes, name);
        String code = root.attribute("xml:lang");
        Language language;
        try {
            language = Language.of(code);
        } catch (IllegalArgumentException e) {
            throw new InputException(name, "is Justice Laws XML in language '" + code
                    + "', which clausealign does not read (only en and fr)", e);
        }
        Reader reader = new Reader(language);
        XmlTree identification = root.child("Identification");
        if (identification != null) {
            reader.add(identification.child("ShortTitle"), StatuteIds.TITLE, "Title", ClauseKind.TITLE);
            reader.add(identification.child("LongTitle"), StatuteIds.LONG_TITLE, "Long title", ClauseKind.TITLE);
        }
        XmlTree body = root.child("Body");
        if (body != null) {
            reader.body(body);
        }
        if (reader.clauses.isEmpty()) {
            throw new InputException(name, "is Justice Laws XML without provisions");
        }
        SourceText source = new SourceText(name, reader.text.toString(), StandardCharsets.UTF_8);
        return new Reading.Clauses(List.of(new LanguageVersion(language, source, reader.clauses)));
    }

    /** The clauses read so far, with the text their offsets point into. */
    private static final class Reader {
        final List<Clause> clauses = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        private final Language language;
        private final Map<String, Integer> continued = new HashMap<>();
        private String caption = "";
        private int headings;

        Reader(Language language) {
            this.language = language;
        }

        void body(XmlTree body) {
            for (XmlTree element : body.elements().toList()) {
                if (element.name().equals("Heading")) {
                    heading(element);
                } else if (element.name().equals("Section")) {
                    provision(element, "", "", "");
                }
            }
        }

        /** A heading: a PART's label is a clause of its own, as its line is in the act's text; then its title. */
        private void heading(XmlTree element) {
            XmlTree label = element.child("Label");
            String part = label == null ? null : StatuteIds.part(clean(label.text(Set.of())));
            if (part != null) {
                addClause(StatuteIds.partId(part), StatuteIds.partLabel(part), ClauseKind.SECTION, "", label, element);
            }
            if (element.child("TitleText") != null) {
                headings++;
                add(element, StatuteIds.heading(headings), "Heading " + headings, ClauseKind.SECTION);
            }
        }

        /** Reads a provision and the provisions, definitions and continued text inside it. */
        private void provision(XmlTree element, String parentId, String parentLabel, String parentMarker) {
            String label = element.child("Label") == null ? "" : clean(element.child("Label").text(Set.of()));
            boolean section = element.name().equals("Section");
            String id = parentId.isEmpty() ? StatuteIds.number(label) : parentId + "." + StatuteIds.number(label);
            String citation = section ? label : StatuteIds.itemLabel(parentLabel, label);
            XmlTree note = element.child("MarginalNote");
            if (note != null) {
                caption = clean(note.text(Set.of()));
            }
            XmlTree own = element.child("Text");
            if (own != null) {
                addClause(id, citation, PROVISIONS.get(element.name()), label, own, element);
            }
            for (XmlTree child : element.elements().toList()) {
                if (PROVISIONS.containsKey(child.name())) {
                    provision(child, id, citation, label);
                } else if (child.name().equals("Definition") || child.name().equals("DefinitionFrOnly")
                        || child.name().equals("DefinitionEnOnly")) {
                    definition(child, id, citation);
                } else if (CONTINUED.contains(child.name()) && child.child("Text") != null) {
                    int n = continued.merge(id, 1, Integer::sum);
                    addClause(StatuteIds.continued(id, n), StatuteIds.continuedLabel(citation, n), ClauseKind.PARAGRAPH, "",
                            child.child("Text"), child);
                }
            }
        }

        private void definition(XmlTree definition, String parentId, String parentLabel) {
            XmlTree own = definition.child("Text");
            if (own == null) {
                return;
            }
            // A French definition names its English term at its end, which may be in a continued part.
            String english = firstText(definition, "DefinedTermEn");
            String term = firstText(own, language == Language.FR ? "DefinedTermFr" : "DefinedTermEn");
            String key = english.isEmpty() ? term : english;
            String id = StatuteIds.definition(parentId, key);
            String label = parentLabel + " " + StatuteIds.quoted(term.isEmpty() ? key : term, language);
            XmlTree note = definition.child("MarginalNote");
            if (note != null) {
                caption = clean(note.text(Set.of()));
            }
            addClause(id, label, ClauseKind.PARAGRAPH, "", own, definition);
            for (XmlTree child : definition.elements().toList()) {
                if (PROVISIONS.containsKey(child.name())) {
                    provision(child, id, label, "");
                } else if (CONTINUED.contains(child.name()) && child.child("Text") != null) {
                    int n = continued.merge(id, 1, Integer::sum);
                    addClause(StatuteIds.continued(id, n), StatuteIds.continuedLabel(label, n), ClauseKind.PARAGRAPH, "",
                            child.child("Text"), child);
                }
            }
        }

        void add(XmlTree element, String id, String label, ClauseKind kind) {
            if (element != null) {
                XmlTree title = element.child("TitleText");
                addClause(id, label, kind, "", title != null ? title : element, element);
            }
        }

        private void addClause(String id, String label, ClauseKind kind, String marker, XmlTree textElement,
                XmlTree origin) {
            String words = clean(textElement.text(NOT_TEXT));
            if (words.isEmpty()) {
                return;
            }
            int start = text.length();
            text.append(words);
            int end = text.length();
            text.append("\n\n");
            String limsId = origin.attribute("lims:id");
            clauses.add(new Clause(id, label, kind, marker, words,
                    Normalizer.normalize(words, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip(), start, end,
                    caption, limsId.isEmpty() ? "" : "lims:id " + limsId));
            caption = "";
        }
    }

    private static String firstText(XmlTree element, String name) {
        for (XmlTree child : element.elements().toList()) {
            if (child.name().equals(name)) {
                return clean(child.text(Set.of()));
            }
            String inner = firstText(child, name);
            if (!inner.isEmpty()) {
                return inner;
            }
        }
        return "";
    }

    private static String clean(String text) {
        return text.replaceAll("[\\s\\u00A0\\u2002\\u2003\\u2009]+", " ").strip();
    }
}
