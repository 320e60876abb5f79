package org.clausealign.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PluralTest {
    @ParameterizedTest
    @CsvSource({"0,finding,0 findings", "1,finding,1 finding", "2,finding,2 findings", "1,clause group,1 clause group",
        "21,clause,21 clauses", "-1,item,-1 items"})
    void exactlyOneIsSingularAndAnyOtherCountPlural(long count, String noun, String expected) {
        assertEquals(expected, Plural.count(count, noun));
    }
}
