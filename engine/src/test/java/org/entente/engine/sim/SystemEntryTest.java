package org.entente.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.entente.engine.model.Event;
import org.entente.engine.model.Scenario;
import org.entente.engine.model.ScenarioBuilder;
import org.entente.engine.trace.Trace;
import org.entente.engine.trace.Turn;
import org.entente.engine.world.HopDistances;
import org.entente.engine.world.World;
import org.junit.jupiter.api.Test;

/** A state with {@code since YEAR} is outside the state system until the turn of that year (docs/semantics.md §1, "Entry"). */
class SystemEntryTest {

    /** A - B - C in a line; B enters in 2002. Equal capabilities: each living state holds the same share. */
    private static ScenarioBuilder line(int bSince) {
        return Scenario.builder("Entry").years(2000, 2003)
                .state("A", s -> s.military(1).economy(1).population(1).borders("B"))
                .state("B", s -> s.military(1).economy(1).population(1).borders("A", "C").since(bSince))
                .state("C", s -> s.military(1).economy(1).population(1).borders("B"));
    }

    @Test
    void aStateIsAbsentFromTheTraceAndTheSharesBeforeItsEntryYear() {
        Trace trace = Simulation.run(line(2002).build());
        Turn y2000 = trace.turns().get(0), y2001 = trace.turns().get(1), y2002 = trace.turns().get(2);
        assertThat(y2000.state("B")).isEmpty();
        assertThat(y2001.state("B")).isEmpty();
        // two living states of three equal ones: a half each; with B in, a third each
        assertThat(y2000.state("A").orElseThrow().power()).isCloseTo(1.0 / 2, within(1e-12));
        assertThat(y2002.state("B")).isPresent();
        assertThat(y2002.state("A").orElseThrow().power()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(y2002.state("B").orElseThrow().power()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void theEntryIsListedFirstAmongTheEventsOfItsTurnOnly() {
        Trace trace = Simulation.run(line(2002).event(Event.attack(2002, "B", "C")).build());
        assertThat(trace.turns().get(1).events()).isEmpty();
        assertThat(trace.turns().get(2).events()).containsExactly("B enters the state system", "B attacks C");
        assertThat(trace.turns().get(3).events()).isEmpty();
        // it entered before the events, so its attack in its entry year is a war
        assertThat(trace.turns().get(2).wars()).hasSize(1);
    }

    @Test
    void anEventNamingAStateBeforeItsEntryIsIgnoredAndSaysWhy() {
        Trace trace = Simulation.run(line(2002).alliance("T", a -> a.members("A", "C").defense())
                .event(Event.attack(2001, "A", "B")).event(Event.arms(2001, "B", 1.0)).event(Event.join(2001, "B", "T")).build());
        assertThat(trace.turns().get(1).events()).containsExactly(
                "A attacks B (ignored: B not in the state system yet)",
                "B arms +100% (ignored: B not in the state system yet)",
                "B joins T (ignored: B not in the state system yet)");
        assertThat(trace.turns().get(1).wars()).isEmpty();
        assertThat(trace.last().wars()).isEmpty();
        // it enters with its declared military, not armed
        assertThat(trace.turns().get(2).state("B").orElseThrow().military()).isEqualTo(1.0);
    }

    @Test
    void neighboursHopsChangeWhenItEnters() {
        World w = new World(line(2002).build());
        HopDistances before = w.hops();
        assertThat(before.hops(0, 2)).isEqualTo(HopDistances.UNREACHABLE); // A and C meet only through B
        assertThat(before.hops(0, 1)).isEqualTo(HopDistances.UNREACHABLE);
        assertThat(w.enter(2000, 2001)).isEmpty();
        assertThat(w.enter(2001, 2002)).containsExactly(1);
        assertThat(w.alive[1]).isTrue();
        assertThat(w.hops().hops(0, 2)).isEqualTo(2);
        assertThat(w.hops().hops(0, 1)).isEqualTo(1);
        assertThat(w.enter(2002, 2003)).isEmpty();
    }

    /** With step 2 (2000, 2002, ...) a state entering in 2001 enters in the turn of 2002, the first that covers its year. */
    @Test
    void withLongerStepsItEntersInTheTurnThatCoversItsYear() {
        Trace trace = Simulation.run(line(2001).years(2000, 2004).step(2).build());
        assertThat(trace.turns().get(0).state("B")).isEmpty();
        assertThat(trace.turns().get(1).year()).isEqualTo(2002);
        assertThat(trace.turns().get(1).events()).containsExactly("B enters the state system");
    }

    @Test
    void theExplanationSaysTheStateIsNotInTheSystemYetAndWhenItEnters() {
        String text = org.entente.engine.report.ExplainReport.render(line(2002).build(), "B");
        assertThat(text).contains("== 2001 ==\n  B is not in the state system yet (it enters in 2002)\n")
                .contains("== 2002 ==\n  B enters the state system this turn\n  power ")
                .doesNotContain("no longer exists");
    }

    @Test
    void anEntryAtOrBeforeTheFirstYearChangesNothing() {
        for (int since : List.of(1990, 2000)) {
            Trace withSince = Simulation.run(line(since).build());
            Trace without = Simulation.run(Scenario.builder("Entry").years(2000, 2003)
                    .state("A", s -> s.military(1).economy(1).population(1).borders("B"))
                    .state("B", s -> s.military(1).economy(1).population(1).borders("A", "C"))
                    .state("C", s -> s.military(1).economy(1).population(1).borders("B")).build());
            assertThat(withSince.turns().get(0).events()).isEmpty();
            assertThat(org.entente.engine.report.TextReport.render(withSince))
                    .isEqualTo(org.entente.engine.report.TextReport.render(without));
        }
    }
}
