package org.clausealign.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausealign.ClauseAlign;
import org.clausealign.MiniJson;
import org.clausealign.ReadOptions;
import org.clausealign.TestData;
import org.clausealign.lang.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real legal texts in three languages split into exactly the units of their structured answer
 * keys (testdata/udhr/*.json, testdata/cc-by-4.0/*.json): same ids in the same order, same text.
 */
class AnswerKeySplitTest {
    private static final Pattern CC_ID = Pattern.compile("s(\\d+)([a-z])?(\\d+)?([A-Z])?([ivx]+)?");

    private static LanguageVersion split(String folder, String language) {
        ParallelDocument document = ClauseAlign.read(List.of(TestData.path(folder + "/" + language + ".txt")),
                ReadOptions.DEFAULTS);
        assertEquals(List.of(Language.of(language)), document.languages(), "detected language");
        return document.versions().get(0);
    }

    @SuppressWarnings("unchecked")
    private static <T> T json(String path) throws IOException {
        return (T) MiniJson.parse(Files.readString(TestData.path(path), StandardCharsets.UTF_8));
    }

    private static List<String> actual(LanguageVersion version) {
        return version.clauses().stream().map(c -> c.id() + " | " + c.text()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en", "fr"})
    @SuppressWarnings("unchecked")
    void universalDeclarationSplitsIntoItsArticlesAndParagraphs(String language) throws IOException {
        Map<String, Object> key = json("udhr/" + language + ".json");
        List<String> expected = new ArrayList<>();
        expected.add("title | " + key.get("title"));
        List<Object> notes = (List<Object>) key.get("note");
        for (int i = 0; i < notes.size(); i++) {
            expected.add("note." + (i + 1) + " | " + notes.get(i));
        }
        Map<String, Object> preamble = (Map<String, Object>) key.get("preamble");
        expected.add("preamble | " + preamble.get("title"));
        List<Object> paras = (List<Object>) preamble.get("paras");
        for (int i = 0; i < paras.size() - 1; i++) {
            expected.add("recital." + (i + 1) + " | " + paras.get(i));
        }
        expected.add("formula | " + paras.get(paras.size() - 1));
        for (Object a : (List<Object>) key.get("articles")) {
            Map<String, Object> article = (Map<String, Object>) a;
            long number = (Long) article.get("number");
            expected.add(number + " | ");
            int unnumbered = 0;
            for (Object p : (List<Object>) article.get("paras")) {
                Map<String, Object> para = (Map<String, Object>) p;
                String id = para.get("item") == null ? number + ".p." + ++unnumbered : number + "." + para.get("item");
                expected.add(id + " | " + para.get("text"));
            }
        }
        LanguageVersion version = split("udhr", language);
        assertEquals(String.join("\n", expected), String.join("\n", actual(version)));
        for (Clause clause : version.clauses()) {
            if (clause.kind() == ClauseKind.SECTION) {
                assertEquals(((List<Map<String, Object>>) key.get("articles")).get(Integer.parseInt(clause.id()) - 1)
                        .get("title"), clause.marker(), "article heading");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en", "fr"})
    @SuppressWarnings("unchecked")
    void creativeCommonsLicenceSplitsIntoItsSectionsAndNestedItems(String language) throws IOException {
        List<Object> blocks = json("cc-by-4.0/" + language + ".json");
        List<String> expected = new ArrayList<>();
        List<String> headingTexts = new ArrayList<>();
        String section = null;
        String lastTopItem = null;
        int topParagraphs = 0;
        java.util.Map<String, Integer> paragraphs = new java.util.HashMap<>();
        for (Object b : blocks) {
            Map<String, Object> block = (Map<String, Object>) b;
            String text = (String) block.get("text");
            switch ((String) block.get("kind")) {
                case "heading" -> {
                    if (block.get("id") == null) {
                        expected.add("title | " + text);
                    } else {
                        section = ((String) block.get("id")).substring(1);
                        headingTexts.add(text);
                        expected.add(section + " | HEADING");
                    }
                }
                case "item" -> {
                    Matcher m = CC_ID.matcher((String) block.get("id"));
                    if (!m.matches()) {
                        throw new IllegalStateException("unexpected id " + block.get("id"));
                    }
                    StringBuilder id = new StringBuilder(m.group(1));
                    for (int g = 2; g <= 5; g++) {
                        if (m.group(g) != null) {
                            id.append('.').append(m.group(g));
                        }
                    }
                    if (((Long) block.get("depth")) == 0) {
                        lastTopItem = id.toString();
                    }
                    expected.add(id + " | " + text);
                }
                case "para" -> {
                    String parent = section == null ? null : ((Long) block.get("depth")) == 0 ? section : lastTopItem;
                    String id = parent == null ? "p." + ++topParagraphs
                            : parent + ".p." + paragraphs.merge(parent, 1, Integer::sum);
                    expected.add(id + " | " + text);
                }
                default -> throw new IllegalStateException("unexpected kind " + block.get("kind"));
            }
        }
        LanguageVersion version = split("cc-by-4.0", language);
        List<String> actual = new ArrayList<>();
        int heading = 0;
        for (Clause clause : version.clauses()) {
            if (clause.kind() == ClauseKind.SECTION) {
                // A heading's marker and title together are the heading line of the key.
                String line = headingTexts.get(heading++);
                assertEquals(true, line.startsWith(clause.marker()) && line.endsWith(clause.text()),
                        "heading " + line + " read as marker '" + clause.marker() + "' and text '" + clause.text() + "'");
                actual.add(clause.id() + " | HEADING");
            } else {
                actual.add(clause.id() + " | " + clause.text());
            }
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }
}
