package org.entente.engine.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.entente.engine.expect.Condition;
import org.entente.engine.expect.Expectation;
import org.entente.engine.expect.ExpectationResult;
import org.entente.engine.model.Event;
import org.entente.engine.model.Scenario;
import org.entente.engine.sim.Simulation;
import org.entente.engine.sim.SimulationOptions;
import org.entente.engine.trace.Trace;
import org.junit.jupiter.api.Test;

/**
 * The scenario-to-landscape mapping on a hand-computed scenario, and the oracle behind
 * {@code expect landscape} in a run.
 *
 * <pre>
 * A: capabilities 2, 2, 2, ideology X       -> power 0.5
 * B: capabilities 1, 1, 1, ideology X       -> power 0.25
 * C: capabilities 1, 1, 1, ideology Y (opposes X), dispute A-C, rivalry B-C -> power 0.25
 * D: no capabilities, size 5 (declared)     -> size 5
 * propensity D, B 3 (declared, symmetric)
 * alliance AB {A, B} signed 2001; in 2001: C joins AB
 * pact CD {C, D} expires 2001
 * in 2002: A annexes D
 * </pre>
 */
class ScenarioLandscapeTest {

    static Scenario scenario(Expectation... expectations) {
        var b = Scenario.builder("Hand").years(2000, 2002)
                .ideology("X").ideology("Y", "X")
                .state("A", s -> s.military(2).economy(2).population(2).ideology("X"))
                .state("B", s -> s.military(1).economy(1).population(1).ideology("X"))
                .state("C", s -> s.military(1).economy(1).population(1).ideology("Y"))
                .state("D", s -> s.size(5))
                .dispute("A", "C").rivalry("B", "C")
                .propensity("D", "B", 3)
                .alliance("AB", t -> t.members("A", "B").signed(2001).consultation())
                .pact("CD", t -> t.members("C", "D").expires(2001).consultation())
                .event(Event.join(2001, "C", "AB"))
                .event(Event.annex(2002, "A", "D"));
        for (Expectation e : expectations) b.expect(e);
        return b.build();
    }

    @Test
    void sizesArePowerSharesUnlessDeclared() {
        Trace t = Simulation.run(scenario());
        ScenarioLandscape.Mapping m = ScenarioLandscape.map(t.scenario(), t.turn(2000).orElseThrow());
        LandscapeProblem p = m.problem();
        assertThat(p.actors()).containsExactly("A", "B", "C", "D");
        assertThat(p.size(0)).isCloseTo(0.5, within(1e-12));
        assertThat(p.size(1)).isCloseTo(0.25, within(1e-12));
        assertThat(p.size(2)).isCloseTo(0.25, within(1e-12));
        assertThat(p.size(3)).isEqualTo(5.0);
        assertThat(m.sizeSources()).containsExactly(ScenarioLandscape.Source.POWER, ScenarioLandscape.Source.POWER,
                ScenarioLandscape.Source.POWER, ScenarioLandscape.Source.DECLARED);
    }

    @Test
    void propensitiesAreDerivedFromTheTurnOrDeclared() {
        Trace t = Simulation.run(scenario());
        LandscapeProblem y2000 = ScenarioLandscape.problem(t.scenario(), t.turn(2000).orElseThrow());
        // 2000: AB not yet signed, CD in force
        assertThat(p(y2000, "A", "B")).isEqualTo(1.0);   // same ideology
        assertThat(p(y2000, "A", "C")).isEqualTo(-2.0);  // opposed, dispute
        assertThat(p(y2000, "B", "C")).isEqualTo(-2.0);  // opposed, rivalry
        assertThat(p(y2000, "A", "D")).isEqualTo(0.0);
        assertThat(p(y2000, "B", "D")).isEqualTo(3.0);   // declared as "D, B": symmetric
        assertThat(p(y2000, "D", "B")).isEqualTo(3.0);
        assertThat(p(y2000, "C", "D")).isEqualTo(1.0);   // CD in force
        // 2001: AB in force and C joined it; CD expired
        LandscapeProblem y2001 = ScenarioLandscape.problem(t.scenario(), t.turn(2001).orElseThrow());
        assertThat(p(y2001, "A", "B")).isEqualTo(2.0);
        assertThat(p(y2001, "A", "C")).isEqualTo(-1.0);
        assertThat(p(y2001, "B", "C")).isEqualTo(-1.0);
        assertThat(p(y2001, "C", "D")).isEqualTo(0.0);
        ScenarioLandscape.Mapping m = ScenarioLandscape.map(t.scenario(), t.turn(2001).orElseThrow());
        assertThat(m.propensitySource("B", "D")).isEqualTo(ScenarioLandscape.Source.DECLARED);
        assertThat(m.propensitySource("A", "C")).isEqualTo(ScenarioLandscape.Source.DERIVED);
    }

    @Test
    void annexedStatesLeaveTheLandscapeAndTheAnnexerGrows() {
        Trace t = Simulation.run(scenario());
        LandscapeProblem y2002 = ScenarioLandscape.problem(t.scenario(), t.turn(2002).orElseThrow());
        assertThat(y2002.actors()).containsExactly("A", "B", "C");
        assertThat(y2002.size(0)).isCloseTo(t.turn(2002).orElseThrow().state("A").orElseThrow().power(), within(1e-12));
    }

    @Test
    void handComputedGlobalMinimum() {
        // ordered-pair weights 2 s_i s_j p_ij: AB .25, AC -.5, BC -.25, BD 7.5, CD 2.5; minimum A | B, C, D
        LandscapeResult r = LandscapeAnalyzer.analyze(ScenarioLandscape.atYear(scenario(), 2000).problem());
        assertThat(r.globalMinimum().sideA()).containsExactly("A");
        assertThat(r.globalMinimum().sideB()).containsExactly("B", "C", "D");
        assertThat(r.minimumEnergy()).isCloseTo(-0.25, within(1e-12));
        assertThat(r.standings().get(0).frustration()).isCloseTo(0.25 * 1 + 0.25 * -2, within(1e-12));
    }

    @Test
    void atYearUsesTheTurnCoveringTheYear() {
        assertThat(ScenarioLandscape.atYear(scenario(), 2001).year()).isEqualTo(2001);
        assertThat(ScenarioLandscape.atYear(scenario(), 1990).year()).isEqualTo(2000);
        assertThat(ScenarioLandscape.atYear(scenario(), 2050).year()).isEqualTo(2002);
    }

    @Test
    void oracleEvaluatesLandscapeExpectationsInARun() {
        Scenario sc = scenario(
                Expectation.inYear(2000, Condition.landscape(List.of("A"), List.of("C"))),
                Expectation.inYear(2000, Condition.landscape(List.of("A", "C"), List.of("B"))),
                Expectation.inYear(2002, Condition.landscape(List.of("A"), List.of("D"))));
        Trace t = Simulation.run(sc, SimulationOptions.defaults().withLandscape(new ScenarioLandscapeOracle()));
        List<ExpectationResult> r = t.expectations();
        assertThat(r.get(0).outcome()).isEqualTo(ExpectationResult.Outcome.PASS);
        assertThat(r.get(0).observed()).contains("minimum A | B, C, D").contains("E=-0.2500");
        assertThat(r.get(1).outcome()).isEqualTo(ExpectationResult.Outcome.FAIL);
        assertThat(r.get(1).observed()).contains("minimum A | B, C, D");
        assertThat(r.get(2).outcome()).isEqualTo(ExpectationResult.Outcome.FAIL);
        assertThat(r.get(2).observed()).contains("D does not exist in 2002");
        assertThat(t.allExpectationsMet()).isFalse();
    }

    @Test
    void withoutOracleLandscapeExpectationsAreNotEvaluated() {
        Scenario sc = scenario(Expectation.inYear(2000, Condition.landscape(List.of("A"), List.of("C"))));
        assertThat(Simulation.run(sc).expectations().get(0).outcome()).isEqualTo(ExpectationResult.Outcome.NOT_EVALUATED);
    }

    @Test
    void tiesAreReportedInTheObservedValue() {
        Scenario sc = Scenario.builder("Flat").years(2000, 2000)
                .state("P", s -> s.military(1).economy(1).population(1))
                .state("Q", s -> s.military(1).economy(1).population(1))
                .expect(Expectation.inYear(2000, Condition.landscape(List.of("P"), List.of("Q"))))
                .build();
        Trace t = Simulation.run(sc, SimulationOptions.defaults().withLandscape(new ScenarioLandscapeOracle()));
        assertThat(t.expectations().get(0).passed()).isTrue();
        assertThat(t.expectations().get(0).observed()).contains("2 splits tie");
    }

    private static double p(LandscapeProblem p, String a, String b) {
        return p.propensity(p.indexOf(a), p.indexOf(b));
    }
}
