package org.entente.engine.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.entente.engine.Europe1914;
import org.entente.engine.decision.Decision;
import org.entente.engine.model.Event;
import org.entente.engine.model.Scenario;
import org.entente.engine.model.ScenarioBuilder;
import org.entente.engine.sim.Simulation;
import org.entente.engine.sim.SimulationOptions;
import org.entente.engine.trace.WarEntry;
import org.junit.jupiter.api.Test;

class SampledRunsTest {
    /** A attacks B; C's pledge to B is honoured with probability about 0.66 + a little threat balancing. */
    private static Scenario pledge(double reliability) {
        ScenarioBuilder b = Scenario.builder("S").years(1900, 1901)
                .state("A", s -> s.military(1).economy(1).population(1).borders("B"))
                .state("B", s -> s.military(0.2).economy(0.2).population(0.2).borders("C"))
                .state("C", s -> s.military(1).economy(1).population(1))
                .alliance("BC", x -> x.members("B", "C").reliability(reliability).defense())
                .event(Event.attack(1900, "A", "B"))
                .expect(org.entente.engine.expect.Expectation.inYear(1900, new org.entente.engine.expect.Condition.AtWar("C", "A")));
        return b.build();
    }

    private static Decision deterministicDecision(Scenario sc) {
        return Simulation.run(sc).turns().get(0).warEntries().stream().filter(e -> "C".equals(e.state()) && e.decision() != null)
                .map(WarEntry::decision).findFirst().orElseThrow();
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOtherRuns() {
        Scenario sc = Europe1914.scenario();
        String a = SampleReport.json(SampledRuns.run(sc, SimulationOptions.defaults(), 50, 7));
        String b = SampleReport.json(SampledRuns.run(sc, SimulationOptions.defaults(), 50, 7));
        assertThat(a).isEqualTo(b);
        assertThat(SampleReport.text(SampledRuns.run(sc, null, 50, 7))).isEqualTo(SampleReport.text(SampledRuns.run(sc, null, 50, 7)));
        String c = SampleReport.json(SampledRuns.run(sc, SimulationOptions.defaults(), 50, 8));
        assertThat(c).isNotEqualTo(a);
        assertThat(a).startsWith("{\n  \"schema\": \"entente-samples/1\",\n  \"scenario\": \"July1914\",\n  \"samples\": 50,\n  \"seed\": 7,");
    }

    @Test
    void sharesConvergeToTheDecisionProbabilityAndTheMajorityToTheDeterministicChoice() {
        for (double r : new double[] {0.1, 0.66, 0.95}) {
            Scenario sc = pledge(r);
            Decision d = deterministicDecision(sc);
            SampleSummary s = SampledRuns.run(sc, SimulationOptions.defaults(), 2000, 42);
            SampleSummary.Pair ac = s.pairs().stream().filter(p -> p.a().equals("A") && p.b().equals("C")).findFirst().orElseThrow();
            // first turn: C decides once; the share of runs at war estimates P(C joins B's side)
            assertThat(ac.atWar()[0]).as("reliability %s", r).isCloseTo(d.pOther(), within(0.04));
            boolean deterministicJoins = d.choice() == -1;
            assertThat(s.expectations().get(0).passed()).isEqualTo(deterministicJoins);
            assertThat(s.expectations().get(0).share()).isCloseTo(d.pOther(), within(0.04));
        }
    }

    @Test
    void aStateThatReconsidersInALaterRoundKeepsItsDrawOfTheTurn() {
        // D's near-certain pledge to B brings it in in the first round, so C, which decided in that round, reconsiders
        // in the second with almost the same probability. One draw per state, war and turn: C joins in about P of the
        // runs; a fresh draw per round would give it a second chance, P + (1 - P) P (0.44 for P = 0.25)
        Scenario sc = Scenario.builder("S").years(1900, 1901)
                .state("A", s -> s.military(1).economy(1).population(1).borders("B"))
                .state("B", s -> s.military(0.2).economy(0.2).population(0.2).borders("C", "D"))
                .state("C", s -> s.military(1).economy(1).population(1))
                .state("D", s -> s.military(0.01).economy(0.01).population(0.01))
                .alliance("BC", x -> x.members("B", "C").reliability(0.1).defense())
                .alliance("BD", x -> x.members("B", "D").reliability(0.999).defense())
                .event(Event.attack(1900, "A", "B"))
                .build();
        java.util.List<Decision> decisionsOfC = new java.util.ArrayList<>();
        Simulation.run(sc, SimulationOptions.defaults().observing((year, d, sideA, sideB) -> {
            if (year == 1900 && d.state().equals("C")) decisionsOfC.add(d);
        }));
        assertThat(decisionsOfC).as("C decides in the first round and again after D's entry").hasSize(2);
        double first = decisionsOfC.get(0).pOther(), second = decisionsOfC.get(1).pOther();
        assertThat(second).isCloseTo(first, within(0.05));
        SampleSummary s = SampledRuns.run(sc, SimulationOptions.defaults(), 2000, 42);
        SampleSummary.Pair ac = s.pairs().stream().filter(p -> p.a().equals("A") && p.b().equals("C")).findFirst().orElseThrow();
        assertThat(ac.atWar()[0]).isCloseTo(Math.max(first, second), within(0.04));
        assertThat(first + (1 - first) * second - Math.max(first, second)).as("the two rules are told apart").isGreaterThan(0.12);
    }

    @Test
    void textNamesThePairsAndTheExpectationShares() {
        String text = SampleReport.text(SampledRuns.run(pledge(0.9), null, 10, 1));
        assertThat(text).startsWith("Scenario S: 10 sampled runs, seed 1\n\nShare of runs at war, by pair and year\n");
        assertThat(text).contains("  A - B   ").contains("Expectations (share of runs in which each holds; passes on a majority)\n");
    }
}
