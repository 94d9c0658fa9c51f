package org.entente.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.entente.engine.Europe1914;
import org.entente.engine.report.TextReport;
import org.entente.engine.sim.Simulation;
import org.junit.jupiter.api.Test;

/** {@link Scenario#varied}: the sweep's points (docs/sweep.md) change only what they name. */
class ScenarioVariedTest {

    @Test
    void replacesSettingsStatesAndTreatiesByNameKeepingTheRest() {
        Scenario base = Europe1914.scenario();
        State germany = base.state("Germany").orElseThrow();
        State stronger = new State(germany.name(), germany.fullName(), germany.military() * 2, germany.economy(), germany.population(),
                germany.offensive(), germany.intent(), germany.intentWord(), germany.ideology(), germany.region(), germany.borders(),
                germany.stability(), germany.size(), 1.0);
        Treaty first = base.treaties().get(0);
        Treaty reliable = new Treaty(first.name(), first.fullName(), first.kind(), first.members(), first.guarantors(), first.recipients(),
                first.signed(), first.expires(), first.durable(), first.clauses(), 0.95);
        Settings before = base.settings();
        State ghost = new State("Ghost", null, 1, 1, 1, 0.5, 0.3, null, null, null, List.of(), 1, null, 0);

        Scenario varied = base.varied(base.settings().withThreatFloor(0.25), List.of(stronger, ghost), List.of(reliable));

        assertThat(varied.settings().threatFloor()).isEqualTo(0.25);
        assertThat(varied.states()).extracting(State::name).isEqualTo(base.states().stream().map(State::name).toList());
        assertThat(varied.state("Germany")).contains(stronger);
        assertThat(varied.state("Ghost")).isEmpty();
        assertThat(varied.states().get(base.states().indexOf(germany))).isSameAs(stronger);
        assertThat(varied.treaty(first.name())).contains(reliable);
        assertThat(varied.treaties()).hasSameSizeAs(base.treaties());
        assertThat(varied.events()).isEqualTo(base.events());
        assertThat(varied.expectations()).isEqualTo(base.expectations());
        assertThat(List.of(varied.name(), varied.from(), varied.to(), varied.step(), varied.seed()))
                .isEqualTo(List.of(base.name(), base.from(), base.to(), base.step(), base.seed()));
        // the declared scenario is unchanged
        assertThat(base.state("Germany")).contains(germany);
        assertThat(base.settings()).isSameAs(before);
    }

    @Test
    void withNothingReplacedItRunsExactlyAsTheDeclaredScenario() {
        Scenario base = Europe1914.scenario();
        Scenario same = base.varied(base.settings(), List.of(), List.of());
        assertThat(TextReport.render(Simulation.run(same))).isEqualTo(TextReport.render(Simulation.run(base)));
    }
}
