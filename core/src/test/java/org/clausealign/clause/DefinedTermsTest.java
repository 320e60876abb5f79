package org.clausealign.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.clausealign.lang.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Definitions read from plain text: where a list starts, the defined term, its counterpart, its key. */
class DefinedTermsTest {
    @ParameterizedTest
    @ValueSource(strings = {"In this Act,", "In this section,", "The following definitions apply in this Act.",
            "The definitions in this subsection apply in this section.",
            "Les définitions qui suivent s’appliquent à la présente loi.", "Au présent article,",
            "Dans la présente partie,"})
    void draftingFormulasOpenADefinitionsList(String lead) {
        assertTrue(DefinedTerms.opensDefinitions(lead));
    }

    @ParameterizedTest
    @ValueSource(strings = {"This Act may be cited as the Harbour Safety Act.", "In this Act, the Minister may act.",
            "Le ministre peut nommer un capitaine pour chaque port."})
    void provisionsThatDefineNothingOpenNoList(String text) {
        assertFalse(DefinedTerms.opensDefinitions(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|plated article means an article composed of any substance; (article plaqué)|plated article",
            "en|apply, in relation to a mark, includes any application|apply",
            "en|Minister[Repealed, 1995, c. 42, s. 79]|Minister",
            "en|Canadian feature film and Canadian feature film production[Repealed, 2005, c. 14, s. 1]|Canadian feature film",
            "en|“berth” means a place where a vessel may be moored.|berth",
            "fr|capitaine de port La personne nommée en vertu de l’article 3. (harbour master)|capitaine de port",
            "fr|peine S’entend notamment d’une peine spécifique|peine",
            "fr|Société La société Téléfilm Canada, constituée par l’article 3. (Corporation)|Société",
            "fr|pilote[Abrogée, 2010, ch. 4, art. 2]|pilote",
            "fr|vendre|vendre"})
    void theTermIsTheWordsBeforeItsDefinition(String language, String text, String term) {
        assertEquals(term, DefinedTerms.term(text, Language.valueOf(language.toUpperCase(java.util.Locale.ROOT))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "les structures flottantes servant au transport. (vessel)|vessel",
            "means a place where a vessel may be moored;  (poste d’amarrage)|poste d’amarrage"})
    void theCounterpartIsTheTermInBracketsAtTheEnd(String text, String counterpart) {
        assertEquals(counterpart, DefinedTerms.counterpart(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Condamné à la prison ou envoyé dans une prison. (French version only)",
            "Les eaux du port. (Version française seulement)", "au sens du paragraphe (2)",
            "les alinéas 42(2)o), q) ou r) de cette loi (a)"})
    void aVersionOnlyNoteOrACrossReferenceIsNoCounterpart(String text) {
        assertNull(DefinedTerms.counterpart(text));
    }
}
