package org.clausealign.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausealign.InputException;
import org.clausealign.MiniJson;
import org.clausealign.ReadOptions;
import org.clausealign.TestData;
import org.clausealign.clause.Clause;
import org.clausealign.clause.LanguageVersion;
import org.clausealign.clause.StatuteIds;
import org.clausealign.lang.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JusticeLawsReaderTest {
    private static LanguageVersion read(String act, String language) {
        Reading reading = Readers.read(TestData.path("canada/" + act + "/" + language + ".xml"), ReadOptions.DEFAULTS);
        return ((Reading.Clauses) reading).versions().get(0);
    }

    /**
     * Turns a key of testdata/canada/key.json into the shared clause id: 5(1)(a) → 5.1.a, 3.1 → 3-1,
     * (1.1) → 1-1, 10 and 11 → 10 (a range is named by its first number), 2(1):def:plated article →
     * 2.1.def.plated_article, :cont → .p.1, hN → heading.N.
     */
    static String id(String key) {
        if (key.matches("h[0-9]+")) {
            return "heading." + key.substring(1);
        }
        String[] parts = key.split(":");
        String id = provision(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].equals("cont")) {
                id += ".p.1";
            } else if (parts[i].startsWith("def")) {
                String term = parts[++i];
                Matcher sub = Pattern.compile("^(.*?)((?:\\([^)]+\\))*)$").matcher(term);
                sub.matches();
                id += ".def." + StatuteIds.definitionKey(sub.group(1)) + provision(sub.group(2)).replaceAll("^(?=.)", ".");
            }
        }
        return id;
    }

    private static String provision(String label) {
        List<String> parts = new ArrayList<>();
        Matcher m = Pattern.compile("^([^(]+)|\\(([^)]+)\\)").matcher(label.replaceAll(" (and|et) .*$", ""));
        while (m.find()) {
            String part = m.group(1) != null ? m.group(1).strip() : m.group(2);
            parts.add(part.replaceAll("^([0-9a-z]+)\\.([0-9]+)$", "$1-$2"));
        }
        return String.join(".", parts);
    }

    private static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
    }

    @ParameterizedTest
    @CsvSource({"C-16,en", "C-16,fr", "P-19,en", "P-19,fr", "P-20,en", "P-20,fr"})
    void givesTheAnswerKeysClausesInOrderWithTheirTexts(String act, String language) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> units = (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>)
                MiniJson.parse(TestData.read("canada/" + act + "/key.json"))).get("units")).get(language);
        LanguageVersion version = read(act, language);
        assertEquals(Language.of(language), version.language());
        List<String> expected = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        String caption = "";
        for (Map<String, Object> unit : units) {
            String key = (String) unit.get("key");
            if (unit.get("kind").equals("caption")) {
                caption = normal((String) unit.get("text"));
                continue;
            }
            expected.add(id(key) + " " + normal((String) unit.get("text")).replace(" ", ""));
            captions.add(id(key) + " " + caption);
            caption = "";
        }
        // The key joins inline elements without spaces; compare texts with spaces removed.
        assertEquals(expected, version.clauses().stream()
                .map(c -> c.id() + " " + c.normalized().replace(" ", "")).toList());
        assertEquals(captions, version.clauses().stream().map(c -> c.id() + " " + c.caption()).toList());
    }

    @Test
    void labelsDefinitionsInEachLanguageAndKeysThemByTheEnglishTerm() {
        LanguageVersion en = read("P-19", "en");
        LanguageVersion fr = read("P-19", "fr");
        Clause apply = en.clause("2.def.apply.a").orElseThrow();
        assertEquals("2 “apply”(a)", apply.label());
        assertEquals("2 « appliquer »(a)", fr.clause("2.def.apply.a").orElseThrow().label());
        Clause inserted = en.clause("7.1-1").orElseThrow();
        assertEquals("7(1.1)", inserted.label());
        assertEquals("lims:id", inserted.origin().substring(0, 7));
        assertEquals("4(4) ¶1", en.clause("4.4.p.1").orElseThrow().label());
    }

    @Test
    void aDtdIsRefusedWithoutReadingItsEntities() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE Statute [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                + "<Statute xml:lang=\"en\"><Body><Section><Label>1</Label><Text>&lol3;</Text></Section></Body></Statute>";
        String message = "act.xml: has a DTD (<!DOCTYPE …>), which clausealign never loads or expands (entities can"
                + " read other files or blow up in memory)";
        assertEquals(message, assertThrows(InputException.class, () -> read(laughs)).getMessage());
        String external = "<?xml version=\"1.0\"?><!DOCTYPE Statute SYSTEM \"http://127.0.0.1:9/statute.dtd\">"
                + "<Statute xml:lang=\"en\"><Body><Section><Label>1</Label><Text>x</Text></Section></Body></Statute>";
        assertEquals(message, assertThrows(InputException.class, () -> read(external)).getMessage());
        String file = "<?xml version=\"1.0\"?><!DOCTYPE Statute [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + "<Statute xml:lang=\"en\"><Body><Section><Label>1</Label><Text>&secret;</Text></Section></Body></Statute>";
        assertEquals(message, assertThrows(InputException.class, () -> read(file)).getMessage());
    }

    @Test
    void malformedXmlIsBadInput() {
        InputException e = assertThrows(InputException.class,
                () -> read("<Statute xml:lang=\"en\"><Body><Section></Body></Statute>"));
        assertEquals("act.xml: is not well-formed XML", e.getMessage().substring(0, 31));
    }

    private static Reading read(String xml) {
        return Readers.read(xml.getBytes(StandardCharsets.UTF_8), "act.xml", ReadOptions.DEFAULTS);
    }
}
