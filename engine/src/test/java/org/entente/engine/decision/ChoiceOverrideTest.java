package org.entente.engine.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.entente.engine.model.Event;
import org.entente.engine.model.Scenario;
import org.entente.engine.model.ScenarioBuilder;
import org.entente.engine.report.JsonReport;
import org.entente.engine.sim.Simulation;
import org.entente.engine.sim.SimulationOptions;
import org.entente.engine.trace.Trace;
import org.entente.engine.trace.Turn;
import org.entente.engine.trace.WarEntry;
import org.junit.jupiter.api.Test;

/** {@link SimulationOptions#choosing}: the choice a run applies instead of the model's (docs/semantics.md §6a, "Fit"). */
class ChoiceOverrideTest {
    private static final SimulationOptions PRIORS = SimulationOptions.defaults().withWeights(DecisionWeights.priors());

    /** A - B - C in a line, A attacks B in 1900; C a great power with or without a defense pledge to B. */
    private static Scenario line(boolean pledge) {
        ScenarioBuilder b = Scenario.builder("D").years(1900, 1901)
                .state("A", s -> s.military(1).economy(1).population(1).borders("B"))
                .state("B", s -> s.military(0.2).economy(0.2).population(0.2).borders("C"))
                .state("C", s -> s.military(1).economy(1).population(1))
                .event(Event.attack(1900, "A", "B"));
        if (pledge) b.alliance("BC", x -> x.members("B", "C").defense());
        return b.build();
    }

    private static List<Decision> decisionsOfC(Scenario s, SimulationOptions options) {
        List<Decision> seen = new ArrayList<>();
        Simulation.run(s, options.observing((year, d, a, b) -> { if (d.state().equals("C")) seen.add(d); }));
        return seen;
    }

    private static WarEntry entryOfC(Turn t) {
        return t.warEntries().stream().filter(e -> e.state().equals("C") && e.decision() != null).findFirst().orElseThrow();
    }

    @Test
    void aStateThatWouldStayOutEntersWhenTheOverrideSaysSoWithTheModelsUtilities() {
        Scenario s = line(false);
        List<Decision> own = decisionsOfC(s, PRIORS);
        assertThat(own).isNotEmpty();
        assertThat(own.get(0).choice()).isZero();
        assertThat(Simulation.run(s, PRIORS).turns().get(0).atWar("C", "A")).isFalse();

        // the override puts C on B's side (-1); the observer still sees the model's decision, unchanged
        SimulationOptions forced = PRIORS.choosing((year, d, initiatorSide, otherSide) -> d.state().equals("C") ? -1 : d.choice());
        List<Decision> seen = decisionsOfC(s, forced);
        assertThat(seen.get(0)).usingRecursiveComparison().isEqualTo(own.get(0));
        Turn t = Simulation.run(s, forced).turns().get(0);
        assertThat(t.atWar("C", "A")).isTrue();
        WarEntry c = entryOfC(t);
        assertThat(c.kind()).isEqualTo(WarEntry.Kind.ENTERS);
        assertThat(c.decision().choice()).isEqualTo(-1);
        assertThat(c.decision().pOther()).isEqualTo(own.get(0).pOther());
        assertThat(c.decision().otherSide()).usingRecursiveComparison().isEqualTo(own.get(0).otherSide());
        // C, at war now, takes no further decision about the war in 1901
        assertThat(seen).hasSize(1);
    }

    @Test
    void anAllyThatWouldHonourItsPledgeStaysOutAndIsReportedAsAbandoning() {
        Scenario s = line(true);
        assertThat(decisionsOfC(s, PRIORS).get(0).choice()).isEqualTo(-1);
        List<String[]> sides = new ArrayList<>();
        Trace trace = Simulation.run(s, PRIORS.choosing((year, d, initiatorSide, otherSide) -> {
            sides.add(new String[] {String.join(",", initiatorSide), String.join(",", otherSide)});
            return 0;
        }));
        assertThat(trace.turns()).allSatisfy(t -> assertThat(t.atWar("C", "A")).isFalse());
        WarEntry c = entryOfC(trace.turns().get(0));
        assertThat(c.kind()).isEqualTo(WarEntry.Kind.STAYS_OUT);
        assertThat(c.cause()).startsWith("C stays out of war #");
        // the override is told the sides as they stand when C decides
        assertThat(sides).isNotEmpty().allSatisfy(x -> assertThat(x).containsExactly("A", "B"));
    }

    @Test
    void anOverrideThatKeepsTheModelsChoiceChangesNothing() {
        for (boolean pledge : new boolean[] {false, true}) {
            Scenario s = line(pledge);
            String own = JsonReport.render(Simulation.run(s, PRIORS));
            assertThat(JsonReport.render(Simulation.run(s, PRIORS.choosing((y, d, a, b) -> d.choice())))).isEqualTo(own);
            assertThat(JsonReport.render(Simulation.run(s, PRIORS.choosing(null)))).isEqualTo(own);
        }
    }

    @Test
    void aChoiceOtherThanASideOrStayingOutIsRefused() {
        Scenario s = line(false);
        assertThatThrownBy(() -> Simulation.run(s, PRIORS.choosing((y, d, a, b) -> 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not 2");
    }
}
