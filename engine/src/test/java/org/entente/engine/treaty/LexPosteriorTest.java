package org.entente.engine.treaty;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.engine.model.Intent;
import org.junit.jupiter.api.Test;

/** The rules the engine decides once and the validator asks (issue 15): lex posterior, aggressive intent. */
class LexPosteriorTest {

    @Test
    void theLaterSignedYearWinsAndAnUnsignedTreatyIsTheOldest() {
        assertThat(LexPosterior.later(LexPosterior.date(1910), 0, LexPosterior.date(1900), 5)).isTrue();
        assertThat(LexPosterior.later(LexPosterior.date(1900), 5, LexPosterior.date(1910), 0)).isFalse();
        assertThat(LexPosterior.later(LexPosterior.date(null), 9, LexPosterior.date(1), 0)).isFalse();
        assertThat(LexPosterior.later(LexPosterior.date(1), 0, LexPosterior.date(null), 9)).isTrue();
    }

    @Test
    void betweenEqualDatesTheLaterDeclarationWins() {
        assertThat(LexPosterior.later(LexPosterior.date(1900), 2, LexPosterior.date(1900), 1)).isTrue();
        assertThat(LexPosterior.later(LexPosterior.date(null), 1, LexPosterior.date(null), 2)).isFalse();
        assertThat(LexPosterior.later(LexPosterior.date(1900), 1, LexPosterior.date(1900), 1)).isFalse();
    }

    @Test
    void revisionistIntentOrWorseCountsAsAggressive() {
        assertThat(Intent.isAggressive(Intent.AGGRESSIVE.value())).isTrue();
        assertThat(Intent.isAggressive(Intent.REVISIONIST.value())).isTrue();
        assertThat(Intent.isAggressive(0.69)).isFalse();
        assertThat(Intent.isAggressive(Intent.STATUS_QUO.value())).isFalse();
        assertThat(Intent.isAggressive(Intent.DEFENSIVE.value())).isFalse();
    }
}
