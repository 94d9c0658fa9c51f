package org.entente.conversion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A number's text loses the white space between its sign and its digits, and nothing else. */
class DecimalConverterTest {
    private final EntenteValueConverters.DecimalConverter number = new EntenteValueConverters.DecimalConverter("");
    private final EntenteValueConverters.DecimalConverter percent = new EntenteValueConverters.DecimalConverter("%");

    @Test
    void aNumberWithoutWhiteSpaceIsReadAsWritten() {
        assertThat(EntenteValueConverters.DecimalConverter.withoutSpaces("12.5")).isEqualTo("12.5");
        assertThat(number.toValue("12.5", null)).isEqualTo(12.5);
    }

    @Test
    void whiteSpaceAfterTheSignIsDropped() {
        assertThat(EntenteValueConverters.DecimalConverter.withoutSpaces("- \t5")).isEqualTo("-5");
        assertThat(number.toValue("-  5", null)).isEqualTo(-5.0);
        assertThat(percent.toValue("+ 60 %", null)).isEqualTo(60.0);
    }
}
