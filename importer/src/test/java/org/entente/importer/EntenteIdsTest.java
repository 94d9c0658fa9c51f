package org.entente.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntenteIdsTest {

    @Test
    void plainAbbreviationsStay() {
        assertThat(EntenteIds.of("GMY")).isEqualTo("GMY");
        assertThat(EntenteIds.of("A_1")).isEqualTo("A_1");
    }

    @Test
    void keywordsAreEscapedWithCaret() {
        assertThat(EntenteIds.of("state")).isEqualTo("^state");
        assertThat(EntenteIds.of("in")).isEqualTo("^in");
        assertThat(EntenteIds.of("entente")).isEqualTo("^entente");
        // keywords are case-sensitive
        assertThat(EntenteIds.of("IN")).isEqualTo("IN");
    }

    @Test
    void invalidCharactersAndLeadingDigitsAreRewritten() {
        assertThat(EntenteIds.of("9X")).isEqualTo("S_9X");
        assertThat(EntenteIds.of("A-B")).isEqualTo("A_B");
        assertThat(EntenteIds.of("")).isEqualTo("S_");
    }

    @Test
    void stringsAreQuotedAndEscaped() {
        assertThat(EntenteIds.quote("Côte d'Ivoire")).isEqualTo("\"Côte d'Ivoire\"");
        assertThat(EntenteIds.quote("a \"b\" \\c")).isEqualTo("\"a \\\"b\\\" \\\\c\"");
    }

    @Test
    void numbersArePlainDecimals() {
        assertThat(ScenarioImporter.number(new java.math.BigDecimal("1.5E+6"))).isEqualTo("1500000");
        assertThat(ScenarioImporter.number(new java.math.BigDecimal("2500.50"))).isEqualTo("2500.5");
        assertThat(ScenarioImporter.number(new java.math.BigDecimal("0.000"))).isEqualTo("0");
    }
}
