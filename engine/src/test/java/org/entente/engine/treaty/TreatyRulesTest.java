package org.entente.engine.treaty;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.engine.model.Event;
import org.entente.engine.model.Intent;
import org.entente.engine.model.Scenario;
import org.entente.engine.model.ScenarioBuilder;
import org.entente.engine.model.TreatyStatus;
import org.entente.engine.sim.Simulation;
import org.entente.engine.trace.Trace;
import org.junit.jupiter.api.Test;

class TreatyRulesTest {
    /** A and B allied against C, their common threat; C collapses in 2001. */
    private static ScenarioBuilder againstC(boolean durable, boolean named) {
        return Scenario.builder("L").years(2000, 2005)
                .state("A", s -> s.military(1).economy(1).population(1).borders("C"))
                .state("B", s -> s.military(1).economy(1).population(1).borders("C"))
                .state("C", s -> s.military(3).economy(3).population(3).intent(Intent.AGGRESSIVE))
                .state("D", s -> s.military(0.1).economy(0.1).population(0.1).offensive(0).intent(Intent.DEFENSIVE))
                .alliance("AB", t -> { t.members("A", "B").durable(durable); if (named) t.defense(d -> d.against("C")); else t.defense(); })
                .event(Event.collapse(2001, "C"));
    }

    @Test
    void treatyLapsesAfterItsCommonThreatDisappears() {
        for (boolean named : new boolean[] {true, false}) {
            Trace t = Simulation.run(againstC(false, named).build());
            assertThat(t.turn(2000).orElseThrow().treatyStatus().get("AB")).isEqualTo(TreatyStatus.IN_FORCE);
            assertThat(t.turn(2001).orElseThrow().treatyStatus().get("AB")).isEqualTo(TreatyStatus.IN_FORCE);
            assertThat(t.turn(2002).orElseThrow().treatyStatus().get("AB")).isEqualTo(TreatyStatus.LAPSED);
            assertThat(t.turn(2002).orElseThrow().treatyChanges()).singleElement()
                    .satisfies(c -> assertThat(c.reason()).isEqualTo("for 2 turns no party had C as primary threat at or above the floor"));
        }
    }

    @Test
    void durableTreatiesNeverLapseAndLapseAfterIsASetting() {
        Trace durable = Simulation.run(againstC(true, true).build());
        assertThat(durable.last().treatyStatus().get("AB")).isEqualTo(TreatyStatus.IN_FORCE);
        Trace slow = Simulation.run(againstC(false, true).settings(org.entente.engine.model.Settings.defaults().withLapseAfter(4)).build());
        assertThat(slow.turn(2003).orElseThrow().treatyStatus().get("AB")).isEqualTo(TreatyStatus.IN_FORCE);
        assertThat(slow.turn(2004).orElseThrow().treatyStatus().get("AB")).isEqualTo(TreatyStatus.LAPSED);
    }

    @Test
    void calendarSignsAndExpires() {
        Trace t = Simulation.run(Scenario.builder("C").years(2000, 2003)
                .state("A", s -> s.military(1)).state("B", s -> s.military(1))
                .alliance("T", x -> x.members("A", "B").signed(2001).expires(2003).durable().defense()).build());
        assertThat(t.turn(2000).orElseThrow().treatyStatus().get("T")).isEqualTo(TreatyStatus.PENDING);
        assertThat(t.turn(2001).orElseThrow().treatyStatus().get("T")).isEqualTo(TreatyStatus.IN_FORCE);
        assertThat(t.turn(2001).orElseThrow().treatyChanges()).extracting(c -> c.reason()).containsExactly("signed 2001");
        assertThat(t.turn(2003).orElseThrow().treatyStatus().get("T")).isEqualTo(TreatyStatus.EXPIRED);
    }

    @Test
    void staticCalendarHelpers() {
        Scenario sc = Scenario.builder("C").years(2000, 2010)
                .state("A").state("B").state("C")
                .alliance("T", x -> x.members("A", "B").signed(2001).expires(2005))
                .guarantee("G", x -> x.by("A").to("B"))
                .event(Event.join(2002, "C", "T")).event(Event.leave(2004, "A", "T")).build();
        assertThat(TreatyCalendar.inForce(sc, "T", 2000)).isFalse();
        assertThat(TreatyCalendar.inForce(sc, "T", 2001)).isTrue();
        assertThat(TreatyCalendar.inForce(sc, "T", 2004)).isTrue();
        assertThat(TreatyCalendar.inForce(sc, "T", 2005)).isFalse();
        assertThat(TreatyCalendar.inForce(sc, "Nope", 2005)).isFalse();
        assertThat(TreatyCalendar.members(sc, "T", 2001)).containsExactly("A", "B");
        assertThat(TreatyCalendar.members(sc, "T", 2002)).containsExactly("A", "B", "C");
        assertThat(TreatyCalendar.members(sc, "T", 2004)).containsExactly("B", "C");
        assertThat(TreatyCalendar.members(sc, "G", 1900)).containsExactly("A", "B");
        assertThat(TreatyCalendar.isMember(sc, "T", "C", 2001)).isFalse();
        assertThat(TreatyCalendar.members(sc, "Nope", 2001)).isEmpty();
    }

    @Test
    void joinsAndLeavesChangeWhoIsDragedIn() {
        Trace t = Simulation.run(Scenario.builder("J").years(2000, 2001)
                .state("A", s -> s.military(1)).state("B", s -> s.military(1)).state("C", s -> s.military(1))
                .alliance("BC", x -> x.members("B").defense())
                .event(Event.join(2000, "C", "BC")).event(Event.attack(2000, "A", "B")).build(),
                org.entente.engine.sim.SimulationOptions.defaults().withJoinRule(org.entente.engine.sim.SimulationOptions.JoinRule.TREATIES));
        assertThat(t.turns().get(0).atWar("C", "A")).isTrue();
    }
}
