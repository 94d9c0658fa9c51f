package org.entente.engine.threat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.entente.engine.model.Event;
import org.entente.engine.model.Scenario;
import org.entente.engine.sim.Simulation;
import org.entente.engine.trace.StateTurn;
import org.entente.engine.trace.Trace;
import org.junit.jupiter.api.Test;

/** The security dilemma: arming raises the intent others perceive (docs/semantics.md §5b). */
class SecurityDilemmaTest {

    @Test
    void armingClosesTheGapToOneByItsGrowthAndRestRelaxesIt() {
        assertThat(SecurityDilemma.next(0.3, 0.3, 0.05)).isCloseTo(0.335, within(1e-12));     // 0.3 + 0.05 × 0.7
        assertThat(SecurityDilemma.next(0.335, 0.3, 0)).isCloseTo(0.32625, within(1e-12));   // 0.335 − 0.25 × 0.035
        assertThat(SecurityDilemma.next(0.3, 0.3, 1.5)).isEqualTo(1.0);                      // the share is at most 1
        assertThat(SecurityDilemma.next(0.3, 0.3, -0.2)).isEqualTo(0.3);                     // disarming is not arming
        assertThat(SecurityDilemma.next(0.30005, 0.3, 0)).isEqualTo(0.3);                    // snaps back within 1e-4
        assertThat(SecurityDilemma.next(1.0, 1.0, 0.05)).isEqualTo(1.0);
    }

    /**
     * A (1/1/1) and B (1.05/1.05/1.05) border each other and nobody else: each is the other's primary threat,
     * both balance, and the weaker one arms (+5%). Arming alternates; the intent each perceives of the
     * other rises above the declared 0.3: a spiral. First step by hand: A is weaker in 2000 and arms,
     * so in 2001 B perceives A's intent as 0.3 + 0.05 × 0.7 = 0.335.
     */
    @Test
    void twoStatesThatFearEachOtherSpiral() {
        Trace t = Simulation.run(Scenario.builder("Spiral").years(2000, 2010)
                .state("A", s -> s.military(1).economy(1).population(1).borders("B"))
                .state("B", s -> s.military(1.05).economy(1.05).population(1.05))
                .build());
        assertThat(t.turns().get(0).state("A").orElseThrow().arms()).isTrue();
        assertThat(t.turns().get(0).state("B").orElseThrow().arms()).isFalse();
        assertThat(t.turns().get(1).state("B").orElseThrow().breakdown().intent()).isCloseTo(0.335, within(1e-12));
        boolean aArmed = false, bArmed = false;
        for (var turn : t.turns()) {
            aArmed |= turn.state("A").orElseThrow().arms();
            bArmed |= turn.state("B").orElseThrow().arms();
        }
        assertThat(aArmed).isTrue();
        assertThat(bArmed).isTrue();
        StateTurn a = t.last().state("A").orElseThrow(), b = t.last().state("B").orElseThrow();
        assertThat(a.breakdown().intent()).isGreaterThan(0.35); // B as A perceives it
        assertThat(b.breakdown().intent()).isGreaterThan(0.35); // A as B perceives it
    }

    /**
     * A lone armer: A (defensive, 0.1; offensive 0) arms +40% in 2000; nobody borders anybody, nobody is
     * threatened above the floor, nobody else arms. B perceives A's intent as 0.1 in 2000, 0.1 + 0.4 × 0.9
     * = 0.46 in 2001, then 0.46 − 0.25 × 0.36 = 0.37, 0.37 − 0.25 × 0.27 = 0.3025: it relaxes toward 0.1.
     */
    @Test
    void aLoneArmersIntentRelaxesBackTowardItsDeclaredIntent() {
        Trace t = Simulation.run(Scenario.builder("Lone").years(2000, 2003)
                .state("A", s -> s.military(2).economy(2).population(2).offensive(0).intent(0.1))
                .state("B", s -> s.military(1).economy(1).population(1).offensive(0).intent(0.1))
                .event(Event.arms(2000, "A", 0.4))
                .build());
        double[] expected = {0.1, 0.46, 0.37, 0.3025};
        for (int k = 0; k < expected.length; k++) {
            StateTurn b = t.turns().get(k).state("B").orElseThrow();
            assertThat(b.primaryThreat()).isEqualTo("A");
            assertThat(b.posture().word()).isEqualTo("secure");
            assertThat(b.breakdown().intent()).as("year %d", 2000 + k).isCloseTo(expected[k], within(1e-12));
        }
    }
}
