package org.clausealign.clause;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.clausealign.clause.StatuteLabels.ItemLabel;
import org.clausealign.clause.StatuteLabels.Level;
import org.clausealign.clause.StatuteLabels.Number;
import org.clausealign.clause.StatuteLabels.Reading;
import org.clausealign.clause.StatuteLabels.SectionLabel;
import org.clausealign.lang.Language;
import org.clausealign.lang.VersionLine;

/**
 * The layout of a consolidated statute, as the Justice Laws web site of Canada shows its acts
 * and regulations: the layout strategy {@link ClauseSplitter} consults before its general reading
 * of treaties, licences and Japanese statutes.
 *
 * <p>A section starts a paragraph with its number and no full stop, "4 No personal…" or
 * "5 (1) A government…"; subsections (1), paragraphs (a) or a), subparagraphs (i), clauses (A)
 * and subclauses (I) follow, inserted ones with decimals: 3.1, (1.1), (e.1). The short lines
 * above a provision are its marginal note (the last, which becomes the clause's
 * {@link Clause#caption()}) and headings ("PART 1", "Interpretation"), which are clauses of their
 * own like chapters. A definitions section lists one definition per paragraph, each a clause
 * keyed by its English term ({@link DefinedTerms}). Text after a list is a paragraph of the
 * provision holding the list ({@code 4.4.p.1}); repealed provisions ("6 [Repealed, …]") stay.
 */
final class ConsolidatedStatute {
    /** Sections a version needs for its layout to be read as a statute's. */
    private static final int MIN_SECTIONS = 3;
    /** A marginal note or heading is a few words; marginal notes run to about a dozen. */
    private static final int CAPTION_WORDS = 16;
    /** The numbering of treaties, licences and contracts: "1. ", "Article 1", "Section 1", 第一条. */
    private static final Pattern OTHER_NUMBERING = Pattern.compile(
            "^(?:\\d+\\s*[.．]\\s|(?:Article|ARTICLE|Section|SECTION|Artículo)\\s+\\d|第)");
    /** A marginal note may end with an abbreviation, "Canadian content, ownership, etc.", never with a sentence. */
    private static final Pattern ABBREVIATION_END = Pattern.compile("^\\p{Lu}.*[\\s,]\\p{L}{1,4}\\.$");
    /** How a list item ends, where a lead ends with ":" or no punctuation: "; and", ",", "." */
    private static final Pattern ITEM_END = Pattern.compile("(?:[,;.]|\\b(?:or|and|ou|et))$");
    /** A counterpart term alone, "(autorité compétente)", which wrapping put on a line of its own. */
    private static final Pattern COUNTERPART_ALONE = Pattern.compile("^\\([^()\\d]+\\)$");
    /** An item that leaves its sentence open for text after the list: ", or", "," */
    private static final Pattern LIST_CONTINUES = Pattern.compile("(?:,|\\b(?:or|and|ou|et))$");

    /** One open provision: the innermost is last. {@code clause} is null for a section whose first line is its (1). */
    private record Open(Level level, Number number, ClauseBuilder clause, String id, String label) {}

    private final Language language;
    private final Layout layout;
    private final List<ClauseBuilder> units = new ArrayList<>();
    private final List<Open> open = new ArrayList<>();
    /** Short lines waiting for the provision below them: headings, then its marginal note. */
    private final List<StatuteParagraph> pending = new ArrayList<>();
    /** Paragraphs before the first section: title, long title, recitals. */
    private final List<StatuteParagraph> preamble = new ArrayList<>();
    private final Map<ClauseBuilder, Integer> paragraphsOf = new HashMap<>();
    /** Each definition's clause and the placeholder its id and its parts' ids start with until its key is known. */
    private final Map<ClauseBuilder, String> definitions = new HashMap<>();
    private Number lastSection;
    /** The provision whose text opened the definitions being read, or null. */
    private Open definitionsOf;
    private int headings;

    private ConsolidatedStatute(Language language, Layout layout) {
        this.language = language;
        this.layout = layout;
    }

    /**
     * @param lines one version's lines
     * @return whether they are laid out as a consolidated statute: at least three sections in
     *     ascending order, a subsection, and more sections than other kinds of numbering
     */
    static boolean fits(List<VersionLine> lines) {
        int sections = 0;
        int subsections = 0;
        int other = 0;
        Number last = null;
        for (VersionLine line : lines) {
            String content = line.line().content();
            SectionLabel section = StatuteLabels.section(content);
            if (section != null && (last == null || ascends(section.section(), last))) {
                sections++;
                last = section.lastSection();
                subsections += section.subsection() != null ? 1 : 0;
            }
            ItemLabel item = StatuteLabels.item(content);
            if (item != null && !item.closeOnly() && Character.isDigit(item.token().charAt(0))) {
                subsections++;
            }
            if (mayNumberOtherwise(content) && OTHER_NUMBERING.matcher(content).find()) {
                other++;
            }
        }
        return sections >= MIN_SECTIONS && subsections >= 1 && sections > other;
    }

    /** @return whether the line starts as {@link #OTHER_NUMBERING} can: most lines need no matcher */
    private static boolean mayNumberOtherwise(String content) {
        char first = content.isEmpty() ? ' ' : content.charAt(0);
        return first >= '0' && first <= '9' || first == 'A' || first == 'S' || first == '第';
    }

    /**
     * @param lines one version's lines, which {@link #fits} accepted
     * @param layout what the version's layout tells about paragraph ends
     * @param language the version's language
     * @return its units, named: sections, subsections, items, definitions, headings
     */
    static List<ClauseBuilder> read(List<VersionLine> lines, Layout layout, Language language) {
        ConsolidatedStatute reader = new ConsolidatedStatute(language, layout);
        List<StatuteParagraph> paragraphs = StatuteParagraph.of(lines, layout);
        int i = 0;
        while (i < paragraphs.size()) {
            i = reader.take(paragraphs, i);
        }
        reader.pending.forEach(reader::heading);
        reader.keyDefinitions();
        return reader.units;
    }

    private static boolean ascends(Number section, Number last) {
        return section.compareTo(last) > 0 && section.base() - last.base() <= StatuteLabels.MAX_SECTION_GAP;
    }

    /** Reads the paragraph at {@code i}, or the run of short lines starting there; returns the next index. */
    private int take(List<StatuteParagraph> paragraphs, int i) {
        StatuteParagraph paragraph = paragraphs.get(i);
        SectionLabel section = sectionOf(paragraph, !pending.isEmpty());
        if (section != null) {
            openSection(paragraph, section);
            return i + 1;
        }
        ItemLabel item = StatuteLabels.item(paragraph.text());
        Reading reading = item == null ? null : fit(item);
        if (reading != null) {
            openItem(paragraph, item, reading);
            return i + 1;
        }
        boolean counterpartAlone = definitionsOf != null && COUNTERPART_ALONE.matcher(paragraph.text()).matches();
        if ((paragraph.soft() || counterpartAlone) && !units.isEmpty()) {
            // A label that fits nothing, wrapped to a line's start, or a definition's counterpart
            // wrapped to a line of its own: the text it stands in goes on.
            paragraph.lines().forEach(line -> units.get(units.size() - 1).add(line, layout.isShort(line)));
            return i + 1;
        }
        int end = i;
        while (end < paragraphs.size() && isShortLine(paragraphs.get(end))) {
            end++;
        }
        if (end > i && end < paragraphs.size() && startsProvision(paragraphs.get(end))) {
            pending.addAll(paragraphs.subList(i, end));
            return end;
        }
        text(paragraph);
        return i + 1;
    }

    /**
     * A section's label, if the paragraph starts with one that comes after the last section: a
     * little after it, or further when a marginal note stands above it or its subsection (1)
     * follows, which a number opening running text never has.
     */
    private SectionLabel sectionOf(StatuteParagraph paragraph, boolean captioned) {
        SectionLabel section = StatuteLabels.section(paragraph.text());
        if (section == null || lastSection == null) {
            return section;
        }
        boolean provision = captioned || section.subsection() != null;
        return ascends(section.section(), lastSection) || provision && section.section().compareTo(lastSection) > 0
                ? section : null;
    }

    private boolean startsProvision(StatuteParagraph paragraph) {
        if (sectionOf(paragraph, true) != null) {
            return true;
        }
        ItemLabel item = StatuteLabels.item(paragraph.text());
        Reading reading = item == null ? null : fit(item);
        return reading != null && reading.level() == Level.SUBSECTION;
    }

    /** @return whether a paragraph could be a heading or marginal note: a few words, no sentence, no label */
    private static boolean isShortLine(StatuteParagraph paragraph) {
        String text = paragraph.text();
        boolean finished = Punctuation.endsSentenceOrList(text) && !ABBREVIATION_END.matcher(text).find()
                || StatuteParagraph.AFTER_SENTENCE_BRACKETS.matcher(text).find();
        return !text.isEmpty() && !finished && !Punctuation.endsWithComma(text)
                && text.indexOf('[') < 0 && text.split("\\s+").length <= CAPTION_WORDS
                && StatuteLabels.item(text) == null && StatuteLabels.section(text) == null;
    }

    private void openSection(StatuteParagraph paragraph, SectionLabel label) {
        String caption = takeCaption(paragraph.text().substring(label.textOffset()));
        open.clear();
        definitionsOf = null;
        lastSection = label.lastSection();
        String id = label.section().component();
        if (label.subsection() == null) {
            ClauseBuilder clause = unit(paragraph, label.printed(), label.textOffset(), id, label.printed(),
                    ClauseKind.SECTION);
            clause.marginalNote = caption;
            push(new Open(Level.SECTION, label.lastSection(), clause, id, label.printed()));
            return;
        }
        open.add(new Open(Level.SECTION, label.lastSection(), null, id, label.section().printed()));
        String subsectionId = id + "." + label.subsection().component();
        ClauseBuilder clause = unit(paragraph, label.printed(), label.textOffset(), subsectionId, label.printed(),
                ClauseKind.PARAGRAPH);
        clause.marginalNote = caption;
        push(new Open(Level.SUBSECTION, label.lastSubsection(), clause, subsectionId, label.printed()));
    }

    /**
     * The short lines waiting above a provision: the last is its marginal note, those before are
     * headings (or, before the first section, the title and long title). A repealed provision
     * has no marginal note.
     *
     * @return the marginal note, or ""
     */
    private String takeCaption(String provisionText) {
        List<StatuteParagraph> run = new ArrayList<>(pending);
        pending.clear();
        String caption = "";
        if (!run.isEmpty() && !provisionText.startsWith("[")) {
            caption = run.remove(run.size() - 1).text();
        }
        if (lastSection == null) {
            preamble(run);
        } else {
            run.forEach(this::heading);
        }
        return caption;
    }

    /** Names what stands before the first section: the title, the long title, recitals, headings. */
    private void preamble(List<StatuteParagraph> headingRun) {
        List<StatuteParagraph> all = new ArrayList<>(preamble);
        all.addAll(headingRun);
        int recitals = 0;
        for (int i = 0; i < all.size(); i++) {
            StatuteParagraph paragraph = all.get(i);
            if (i == 0) {
                unit(paragraph, null, 0, StatuteIds.TITLE, "Title", ClauseKind.TITLE);
            } else if (i == 1) {
                unit(paragraph, null, 0, StatuteIds.LONG_TITLE, "Long title", ClauseKind.TITLE);
            } else if (i < preamble.size()) {
                recitals++;
                unit(paragraph, null, 0, "recital." + recitals, "Recital " + recitals, ClauseKind.RECITAL);
            } else {
                heading(paragraph);
            }
        }
        preamble.clear();
    }

    /** A heading gives structure as a chapter does: "PART 1" is chapter.1, others heading.N. */
    private void heading(StatuteParagraph paragraph) {
        String part = StatuteIds.part(paragraph.text());
        if (part != null) {
            unit(paragraph, null, 0, StatuteIds.partId(part), StatuteIds.partLabel(part), ClauseKind.SECTION);
        } else {
            headings++;
            unit(paragraph, null, 0, StatuteIds.heading(headings), "Heading " + headings, ClauseKind.SECTION);
        }
        open.clear();
        definitionsOf = null;
    }

    /**
     * The level an item's label continues or opens among the open provisions, or null if it fits
     * none (a number at a line's start in running text).
     */
    private Reading fit(ItemLabel item) {
        Reading continuing = null;
        Reading opening = null;
        Level innermost = open.isEmpty() ? null : open.get(open.size() - 1).level();
        for (Reading reading : item.readings()) {
            int at = levelIndex(reading.level());
            if (at >= 0) {
                if (reading.number().follows(open.get(at).number())
                        && (continuing == null || reading.level().ordinal() > continuing.level().ordinal())) {
                    continuing = reading;
                }
            } else if (innermost != null && reading.number().opens() && reading.level().ordinal() > innermost.ordinal()
                    && (reading.level() != Level.SUBSECTION || innermost == Level.SECTION) && opening == null) {
                opening = reading;
            }
        }
        if (continuing != null && opening != null) {
            // "(i)" after "(h)": a sibling after an item that ends as items do, a new list after a lead.
            ClauseBuilder last = open.get(open.size() - 1).clause();
            return last != null && ITEM_END.matcher(last.text().strip()).find() ? continuing : opening;
        }
        return continuing != null ? continuing : opening;
    }

    private int levelIndex(Level level) {
        for (int i = 0; i < open.size(); i++) {
            if (open.get(i).level() == level) {
                return i;
            }
        }
        return -1;
    }

    private void openItem(StatuteParagraph paragraph, ItemLabel item, Reading reading) {
        String caption = reading.level() == Level.SUBSECTION ? takeCaption(paragraph.text().substring(item.textOffset())) : "";
        while (!open.isEmpty() && open.get(open.size() - 1).level().ordinal() >= reading.level().ordinal()) {
            open.remove(open.size() - 1);
        }
        if (definitionsOf != null && !open.contains(definitionsOf)) {
            definitionsOf = null;
        }
        Open parent = open.get(open.size() - 1);
        String id = parent.id() + "." + reading.number().component();
        String label = StatuteIds.itemLabel(parent.label(), item.token());
        ClauseBuilder clause = unit(paragraph, item.printed(), item.textOffset(), id, label,
                reading.level() == Level.SUBSECTION ? ClauseKind.PARAGRAPH : ClauseKind.ITEM);
        clause.marginalNote = caption;
        push(new Open(reading.level(), reading.number(), clause, id, label));
    }

    /** Opens a provision; one whose text announces definitions starts reading them. */
    private void push(Open provision) {
        open.add(provision);
        if (provision.level().ordinal() <= Level.SUBSECTION.ordinal()
                && DefinedTerms.opensDefinitions(provision.clause().text())) {
            definitionsOf = provision;
        }
    }

    /** An unlabelled paragraph: before the first section, a definition, or text after a list. */
    private void text(StatuteParagraph paragraph) {
        pending.forEach(this::heading);
        pending.clear();
        if (lastSection == null) {
            preamble.add(paragraph);
            return;
        }
        if (open.isEmpty()) {
            heading(paragraph);
            return;
        }
        Open innermost = open.get(open.size() - 1);
        int definition = levelIndex(Level.DEFINITION);
        boolean continuesList = innermost.level().isItem() && innermost.clause() != null
                && LIST_CONTINUES.matcher(innermost.clause().text().strip()).find();
        if (definitionsOf != null && !(definition >= 0 && continuesList)) {
            define(paragraph);
            return;
        }
        // Text after a list continues the provision holding the list, not its last item.
        Open holder = innermost;
        if (innermost.level().isItem()) {
            holder = open.get(open.size() - 2);
        }
        while (open.get(open.size() - 1) != holder) {
            open.remove(open.size() - 1);
        }
        ClauseBuilder owner = holder.clause();
        int count = paragraphsOf.merge(owner, 1, Integer::sum);
        unit(paragraph, null, 0, StatuteIds.continued(holder.id(), count), StatuteIds.continuedLabel(holder.label(), count),
                ClauseKind.PARAGRAPH);
    }

    /** A definition: its own clause under the provision that lists it, keyed once its last line is read. */
    private void define(StatuteParagraph paragraph) {
        while (open.get(open.size() - 1) != definitionsOf) {
            open.remove(open.size() - 1);
        }
        String term = DefinedTerms.term(paragraph.text(), language);
        String placeholder = definitionsOf.id() + ".def.\u0000" + definitions.size();
        String label = definitionsOf.label() + " " + StatuteIds.quoted(term, language);
        ClauseBuilder clause = unit(paragraph, term, 0, placeholder, label, ClauseKind.PARAGRAPH);
        definitions.put(clause, placeholder);
        open.add(new Open(Level.DEFINITION, null, clause, placeholder, label));
    }

    /**
     * Gives each definition and its parts their ids: the English term's key, which the French
     * version names at the definition's end, after its last item ("… vente. (sell)").
     */
    private void keyDefinitions() {
        for (Map.Entry<ClauseBuilder, String> definition : definitions.entrySet()) {
            String placeholder = definition.getValue();
            String lastText = definition.getKey().text();
            for (ClauseBuilder unit : units) {
                if (unit.id.startsWith(placeholder + ".")) {
                    lastText = unit.text();
                }
            }
            String counterpart = DefinedTerms.counterpart(lastText);
            String term = definition.getKey().marker.printed();
            String english = language == Language.EN || counterpart == null ? term : counterpart;
            String id = placeholder.substring(0, placeholder.indexOf('\u0000')) + StatuteIds.definitionKey(english);
            for (ClauseBuilder unit : units) {
                if (unit.id.equals(placeholder) || unit.id.startsWith(placeholder + ".")) {
                    unit.id = id + unit.id.substring(placeholder.length());
                }
            }
        }
    }

    private ClauseBuilder unit(StatuteParagraph paragraph, String printed, int textOffset, String id, String label,
            ClauseKind kind) {
        ClauseBuilder clause = new ClauseBuilder(printed == null ? null : new Marker(Style.STATUTE, 0, id, printed, textOffset));
        for (VersionLine line : paragraph.lines()) {
            clause.add(line, layout.isShort(line));
        }
        clause.id = id;
        clause.label = label;
        clause.kind = kind;
        units.add(clause);
        return clause;
    }
}
