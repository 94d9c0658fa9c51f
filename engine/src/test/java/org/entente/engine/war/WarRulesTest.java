package org.entente.engine.war;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.engine.model.Event;
import org.entente.engine.model.Scenario;
import org.entente.engine.model.ScenarioBuilder;
import org.entente.engine.model.TreatyStatus;
import org.entente.engine.sim.Simulation;
import org.entente.engine.sim.SimulationOptions;
import org.entente.engine.trace.Trace;
import org.entente.engine.trace.Turn;
import org.entente.engine.trace.WarEntry;
import org.junit.jupiter.api.Test;

/** The first model's join rule (every triggered clause honoured at once), kept as {@code JoinRule.TREATIES}. */
class WarRulesTest {
    private static final SimulationOptions TREATIES = SimulationOptions.defaults().withJoinRule(SimulationOptions.JoinRule.TREATIES);

    private static ScenarioBuilder three() {
        return Scenario.builder("W").years(2000, 2001)
                .state("A", s -> s.military(1).economy(1).population(1).borders("B"))
                .state("B", s -> s.military(1).economy(1).population(1).borders("C"))
                .state("C", s -> s.military(1).economy(1).population(1));
    }

    private static Turn first(ScenarioBuilder b) { return Simulation.run(b.build(), TREATIES).turns().get(0); }

    @Test
    void defenseClauseDragsThePartnerIn() {
        Turn t = first(three().alliance("BC", x -> x.members("B", "C").defense()).event(Event.attack(2000, "A", "B")));
        assertThat(t.atWar("C", "A")).isTrue();
        assertThat(t.warEntries()).extracting(WarEntry::cause).containsExactly("A attacks B", "C enters against A: BC defense of B");
    }

    @Test
    void unlessProvokedKeepsThePartnerOutWhenTheAllyStartedTheWar() {
        Turn provoked = first(three().alliance("BC", x -> x.members("B", "C").defense(d -> d.unlessProvoked())).event(Event.attack(2000, "B", "A")));
        assertThat(provoked.atWar("C", "A")).isFalse();
        Turn unconditional = first(three().alliance("BC", x -> x.members("B", "C").defense()).event(Event.attack(2000, "B", "A")));
        assertThat(unconditional.atWar("C", "A")).as("B started the war: nobody attacked B, so no defense clause triggers").isFalse();
        Turn defended = first(three().alliance("BC", x -> x.members("B", "C").defense(d -> d.unlessProvoked())).event(Event.attack(2000, "A", "B")));
        assertThat(defended.atWar("C", "A")).isTrue();
    }

    @Test
    void chainGangingPropagatesThroughTheQueueButRespectsUnlessProvoked() {
        // A attacks B; D guarantees B and enters against A; A's ally C (unconditional) enters against D.
        ScenarioBuilder b = three().state("D", s -> s.military(1))
                .guarantee("G", x -> x.by("D").to("B").defense())
                .alliance("AC", x -> x.members("A", "C").defense())
                .event(Event.attack(2000, "A", "B"));
        Turn t = first(b);
        assertThat(t.atWar("C", "D")).isTrue();
        WarEntry c = t.warEntries().stream().filter(e -> e.state().equals("C")).findFirst().orElseThrow();
        assertThat(c.chain()).containsExactly("A attacks B", "D enters against A: G defense of B", "C enters against D: AC defense of A");
        ScenarioBuilder b2 = three().state("D", s -> s.military(1))
                .guarantee("G", x -> x.by("D").to("B").defense())
                .alliance("AC", x -> x.members("A", "C").defense(d -> d.unlessProvoked()))
                .event(Event.attack(2000, "A", "B"));
        assertThat(first(b2).atWar("C", "D")).as("A provoked the war").isFalse();
    }

    @Test
    void againstListAndRegionLimitTheClause() {
        assertThat(first(three().alliance("BC", x -> x.members("B", "C").defense(d -> d.against("Z"))).event(Event.attack(2000, "A", "B"))).atWar("C", "A")).isFalse();
        assertThat(first(three().region("R").alliance("BC", x -> x.members("B", "C").defense(d -> d.in("R"))).event(Event.attack(2000, "A", "B"))).atWar("C", "A")).isFalse();
    }

    @Test
    void offenseClausePullsMembersIntoTheAttack() {
        Turn t = first(three().alliance("AC", x -> x.members("A", "C").offense("B")).event(Event.attack(2000, "A", "B")));
        assertThat(t.atWar("C", "B")).isTrue();
        assertThat(t.warEntries()).extracting(WarEntry::cause).contains("C enters against B: AC offense with A");
    }

    @Test
    void aNewerNeutralityPactKeepsAPartnerOutAndBreachesTheAlliance() {
        Trace trace = Simulation.run(three()
                .alliance("BC", x -> x.members("B", "C").signed(1990).defense())
                .pact("Neutral", x -> x.members("C", "A").signed(1995).neutrality())
                .event(Event.attack(2000, "A", "B")).build(), TREATIES);
        Turn t = trace.turns().get(0);
        assertThat(t.atWar("C", "A")).isFalse();
        assertThat(t.warEntries()).extracting(WarEntry::cause)
                .contains("C stays out against A: Neutral (1995) prevails over BC (1990) (lex posterior)");
        assertThat(t.treatyStatus().get("BC")).isEqualTo(TreatyStatus.BREACHED);
        assertThat(t.treatyStatus().get("Neutral")).isEqualTo(TreatyStatus.IN_FORCE);
    }

    @Test
    void aNewerAllianceOverridesAnOlderNeutralityPactWhichIsBreached() {
        Turn t = first(three()
                .alliance("BC", x -> x.members("B", "C").signed(1999).defense())
                .pact("Neutral", x -> x.members("C", "A").signed(1995).neutrality())
                .event(Event.attack(2000, "A", "B")));
        assertThat(t.atWar("C", "A")).isTrue();
        assertThat(t.treatyStatus().get("Neutral")).isEqualTo(TreatyStatus.BREACHED);
        assertThat(t.treatyStatus().get("BC")).isEqualTo(TreatyStatus.IN_FORCE);
    }

    @Test
    void attackingATreatyPartnerBreachesTheTreaty() {
        Turn t = first(three().pact("NA", x -> x.members("A", "B").nonaggression()).event(Event.attack(2000, "A", "B")));
        assertThat(t.treatyStatus().get("NA")).isEqualTo(TreatyStatus.BREACHED);
        assertThat(t.treatyChanges()).extracting(c -> c.reason()).contains("A attacked B (A attacks B)");
        Turn consult = first(three().entente("E", x -> x.members("A", "B").consultation()).event(Event.attack(2000, "A", "B")));
        assertThat(consult.treatyStatus().get("E")).isEqualTo(TreatyStatus.IN_FORCE);
    }

    @Test
    void peaceEndsTheWarBetweenTheSides() {
        Trace trace = Simulation.run(three().alliance("BC", x -> x.members("B", "C").defense())
                .event(Event.attack(2000, "A", "B")).event(Event.peace(2001, "C", "A")).build(), TREATIES);
        assertThat(trace.turn(2000).orElseThrow().atWar("A", "C")).isTrue();
        Turn t = trace.turn(2001).orElseThrow();
        assertThat(t.wars()).isEmpty();
        assertThat(t.atWar("A", "B")).isFalse();
    }

    @Test
    void annexationMovesCapabilitiesBordersAndMemberships() {
        Trace trace = Simulation.run(three().state("D", s -> s.military(1).economy(1).population(1))
                .alliance("CD", x -> x.members("B", "D").defense())
                .event(Event.attack(2000, "A", "B")).event(Event.annex(2001, "A", "B")).build(), TREATIES);
        Turn t = trace.turn(2001).orElseThrow();
        assertThat(t.state("B")).isEmpty();
        assertThat(t.state("A").orElseThrow().military()).isEqualTo(2.0);
        assertThat(Simulation.run(three().event(Event.annex(2000, "A", "B")).build(), TREATIES.explaining("C"))
                .turns().get(0).state("C").orElseThrow().threats()).filteredOn(b -> b.to().equals("A"))
                .extracting(b -> b.hops()).containsExactly(1);
        assertThat(t.atWar("A", "D")).as("D entered against A in 2000 and is still at war").isTrue();
        assertThat(t.wars()).extracting(w -> w.sideB()).containsExactly(List.of("D"));
        assertThat(t.state("C")).as("C, not annexed, is still there").isPresent();
    }

    @Test
    void collapseRemovesTheState() {
        Turn t = first(three().event(Event.collapse(2000, "B")));
        assertThat(t.states()).extracting(s -> s.name()).containsExactly("A", "C");
    }
}
