package org.entente.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.engine.model.Polarity;
import org.entente.engine.model.Scenario;
import org.entente.engine.model.ScenarioBuilder;
import org.entente.engine.trace.Turn;
import org.junit.jupiter.api.Test;

/** Polarity counts great powers (Waltz); bloc polarity counts the blocs that are poles (docs/semantics.md §8). */
class PolarityTest {

    /** {@code count} states of equal capabilities, none bordering another: each holds 1/count of power. */
    private static ScenarioBuilder equals(int count) {
        ScenarioBuilder b = Scenario.builder("P").years(2000, 2000);
        for (int k = 0; k < count; k++) b.state("S" + k, s -> s.military(1).economy(1).population(1));
        return b;
    }

    private static Turn run(ScenarioBuilder b) { return Simulation.run(b.build()).last(); }

    @Test
    void countsGreatPowers() {
        assertThat(run(equals(1)).polarity()).isEqualTo(Polarity.UNIPOLAR);   // 100%
        assertThat(run(equals(2)).polarity()).isEqualTo(Polarity.BIPOLAR);    // 50% each
        assertThat(run(equals(3)).polarity()).isEqualTo(Polarity.MULTIPOLAR); // 33% each
        Turn eleven = run(equals(11));                                         // 9.1% each < 10%
        assertThat(eleven.polarity()).isEqualTo(Polarity.NONPOLAR);
        assertThat(eleven.poles()).isZero();
    }

    /** Three great powers, two of them allied: Waltz multipolar, bloc polarity bipolar. */
    @Test
    void blocPolarityIsReportedBeside() {
        Turn t = run(equals(3).alliance("Pair", a -> a.members("S0", "S1").defense()));
        assertThat(t.polarity()).isEqualTo(Polarity.MULTIPOLAR);
        assertThat(t.poles()).isEqualTo(3);
        assertThat(t.blocPolarity()).isEqualTo(Polarity.BIPOLAR);
        assertThat(t.blocPoles()).isEqualTo(2);
        assertThat(t.allied("S0", "S1")).isTrue();
    }
}
