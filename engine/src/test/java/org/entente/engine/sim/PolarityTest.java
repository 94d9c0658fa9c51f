package org.entente.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.engine.model.Event;
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

    /** A declared great power (e.g. a COW major power) counts whatever its share; a dead one does not. */
    @Test
    void declaredGreatPowersCountBelowTheThreshold() {
        ScenarioBuilder b = Scenario.builder("P").years(2000, 2001);
        for (int k = 0; k < 12; k++) {
            boolean declared = k < 2;
            b.state("S" + k, s -> { s.military(1).economy(1).population(1); if (declared) s.greatPower(); });
        }
        Turn first = Simulation.run(b.build()).turns().get(0);                // 8.3% each < 10%
        assertThat(first.polarity()).isEqualTo(Polarity.BIPOLAR);
        assertThat(first.poles()).isEqualTo(2);
        assertThat(first.state("S0").orElseThrow().greatPower()).isTrue();
        assertThat(first.state("S1").orElseThrow().greatPower()).isTrue();
        assertThat(first.state("S2").orElseThrow().greatPower()).isFalse();

        Turn afterCollapse = run(b.event(Event.collapse(2001, "S1")));      // 9.1% each < 10%
        assertThat(afterCollapse.state("S1")).isEmpty();
        assertThat(afterCollapse.polarity()).isEqualTo(Polarity.UNIPOLAR);
        assertThat(afterCollapse.poles()).isEqualTo(1);
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
