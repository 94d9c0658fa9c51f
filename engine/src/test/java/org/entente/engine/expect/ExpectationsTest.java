package org.entente.engine.expect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.engine.expect.Condition.*;

import java.util.List;
import org.entente.engine.expect.ExpectationResult.Outcome;
import org.entente.engine.model.Event;
import org.entente.engine.model.Intent;
import org.entente.engine.model.Polarity;
import org.entente.engine.model.Scenario;
import org.entente.engine.model.Settings;
import org.entente.engine.model.TreatyStatus;
import org.entente.engine.sim.Simulation;
import org.entente.engine.sim.SimulationOptions;
import org.entente.engine.trace.Trace;
import org.junit.jupiter.api.Test;

class ExpectationsTest {

    private static List<Outcome> outcomes(Trace t) { return t.expectations().stream().map(ExpectationResult::outcome).toList(); }

    /** A (weaker) and B bordering: both balance; C far away and harmless: secure. War in 2002. */
    private static org.entente.engine.model.ScenarioBuilder base() {
        return Scenario.builder("E").years(2000, 2003)
                .state("A", s -> s.military(1).economy(1).population(1).borders("B"))
                .state("B", s -> s.military(2).economy(2).population(2).intent(Intent.AGGRESSIVE))
                .state("C", s -> s.military(0.1).economy(0.1).population(0.1).offensive(0).intent(Intent.DEFENSIVE))
                .alliance("AC", t -> t.members("A", "C").signed(2001).durable().defense())
                .event(Event.attack(2002, "B", "A"));
    }

    @Test
    void timingsAndNegation() {
        Trace t = Simulation.run(base()
                .expect(Expectation.inYear(2000, balances("A", "B")))
                .expect(Expectation.inYear(2002, balances("A", "B")))
                .expect(Expectation.inYear(2002, balances("A", "B")).negate())
                .expect(Expectation.byYear(2003, atWar("A", "B")))
                .expect(Expectation.byYear(2001, atWar("A", "B")))
                .expect(Expectation.atEnd(atWar("C", "B")))
                .expect(Expectation.atEnd(atWar("C", "A")).negate())
                .build());
        assertThat(outcomes(t)).containsExactly(Outcome.PASS, Outcome.FAIL, Outcome.PASS, Outcome.PASS, Outcome.FAIL, Outcome.PASS, Outcome.PASS);
        assertThat(t.expectations().get(1).observed()).isEqualTo("in 2002: A is fighting B");
        assertThat(t.expectations().get(3).observed()).startsWith("in 2002: A at war with B");
        assertThat(t.expectations().get(4).observed()).isEqualTo("never through 2001; in 2001: A is at peace");
        assertThat(t.allExpectationsMet()).isFalse();
    }

    @Test
    void postureStatusPolarityAndAllianceConditions() {
        Trace t = Simulation.run(base()
                .expect(Expectation.inYear(2000, secure("C")))
                .expect(Expectation.inYear(2000, balances("B", "A")))
                .expect(Expectation.inYear(2000, bandwagons("C", "B")))
                .expect(Expectation.inYear(2000, buckPasses("C")))
                .expect(Expectation.inYear(2000, softBalances("C", "B")))
                .expect(Expectation.inYear(2000, omnibalances("C")))
                .expect(Expectation.inYear(2000, treaty("AC", TreatyStatus.PENDING)))
                .expect(Expectation.inYear(2001, treaty("AC", TreatyStatus.IN_FORCE)))
                .expect(Expectation.inYear(2001, allied("A", "C")))
                .expect(Expectation.inYear(2000, allied("A", "C")))
                .expect(Expectation.inYear(2000, polarity(Polarity.BIPOLAR)))
                .expect(Expectation.inYear(2000, secure("Nobody")))
                .build());
        // C is weak, threatened by B (0.60) and far from it; its coalition partner A borders B: C passes the buck.
        assertThat(outcomes(t)).containsExactly(Outcome.FAIL, Outcome.PASS, Outcome.FAIL, Outcome.PASS, Outcome.FAIL, Outcome.FAIL,
                Outcome.PASS, Outcome.PASS, Outcome.PASS, Outcome.FAIL, Outcome.PASS, Outcome.FAIL);
        assertThat(t.expectations().get(0).observed()).isEqualTo("in 2000: C passes the buck to A");
        assertThat(t.expectations().get(10).observed()).isEqualTo("in 2000: bipolar (2 great powers)");
        assertThat(t.expectations().get(11).observed()).isEqualTo("in 2000: Nobody does not exist in 2000");
    }

    @Test
    void poleShareChangesBlocPolarityAndGreatPowerSettingChangesPolarity() {
        // poleShare applies to bloc (cluster) polarity only: B (0.65 of power) is the one bloc pole at 0.5,
        // while polarity, the Waltz count, still sees two great powers (A 0.32, B 0.65)
        Trace uni = Simulation.run(base().settings(Settings.defaults().withPoleShare(0.5))
                .expect(Expectation.inYear(2000, polarity(Polarity.BIPOLAR)))
                .expect(Expectation.inYear(2000, blocPolarity(Polarity.UNIPOLAR)))
                .expect(Expectation.inYear(2000, blocPolarity(Polarity.BIPOLAR))).build());
        assertThat(outcomes(uni)).containsExactly(Outcome.PASS, Outcome.PASS, Outcome.FAIL);
        assertThat(uni.expectations().get(1).observed()).isEqualTo("in 2000: blocs unipolar (1 pole)");
        assertThat(uni.expectations().get(1).expectation().condition().describe()).isEqualTo("bloc polarity unipolar");
        assertThat(uni.turns().get(0).blocPolarity()).isEqualTo(Polarity.UNIPOLAR);
        assertThat(uni.turns().get(0).blocPoles()).isEqualTo(1);
        Trace multi = Simulation.run(base().settings(Settings.defaults().withGreatPower(0.01))
                .expect(Expectation.inYear(2000, polarity(Polarity.MULTIPOLAR))).build());
        assertThat(outcomes(multi)).containsExactly(Outcome.PASS);
    }

    @Test
    void landscapeNeedsAnOracleAndTruncatedRunsAreNotEvaluated() {
        Scenario sc = base().expect(Expectation.atEnd(landscape(List.of("A", "C"), List.of("B"))))
                .expect(Expectation.inYear(2003, secure("C"))).build();
        Trace t = Simulation.run(sc);
        assertThat(t.expectations().get(0).outcome()).isEqualTo(Outcome.NOT_EVALUATED);
        Trace withOracle = Simulation.run(sc, SimulationOptions.defaults().withLandscape((s, turn, a, bb) ->
                new LandscapeOracle.Verdict(a.contains("A"), "A, C | B at " + turn.year())));
        assertThat(withOracle.expectations().get(0).outcome()).isEqualTo(Outcome.PASS);
        assertThat(withOracle.expectations().get(0).observed()).isEqualTo("in 2003: A, C | B at 2003");
        Trace cut = Simulation.run(sc, 2001);
        assertThat(cut.turns()).hasSize(2);
        assertThat(outcomes(cut)).containsExactly(Outcome.NOT_EVALUATED, Outcome.NOT_EVALUATED);
        assertThat(cut.allExpectationsMet()).isTrue();
    }

    @Test
    void describesExpectationsInDslWords() {
        assertThat(Expectation.byYear(1916, allied("A", "B")).negate().describe()).isEqualTo("by 1916: not A allied with B");
        assertThat(Expectation.atEnd(treaty("T", TreatyStatus.IN_FORCE)).describe()).isEqualTo("treaty T in force");
    }
}
