package org.entente.engine.war;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.engine.model.Event;
import org.entente.engine.model.Scenario;
import org.entente.engine.model.ScenarioBuilder;
import org.entente.engine.model.TreatyStatus;
import org.entente.engine.sim.Simulation;
import org.entente.engine.sim.SimulationOptions;
import org.entente.engine.trace.Turn;
import org.entente.engine.trace.WarEntry;
import org.entente.engine.trace.WarRecord;
import org.junit.jupiter.api.Test;

/** {@code X attacks T alongside A}: a second front of the war A fights (docs/semantics.md §1, "Attacks alongside"). */
class AlongsideTest {
    private static final SimulationOptions TREATIES = SimulationOptions.defaults().withJoinRule(SimulationOptions.JoinRule.TREATIES);

    private static ScenarioBuilder five() {
        ScenarioBuilder b = Scenario.builder("W").years(2000, 2001);
        for (String s : List.of("A", "B", "C", "D", "E")) b.state(s, x -> x.military(1).economy(1).population(1));
        return b;
    }

    private static Turn first(ScenarioBuilder b) { return Simulation.run(b.build(), TREATIES).turns().get(0); }

    @Test
    void aSecondFrontJoinsTheAllysWarAndItsTargetTheOtherSide() {
        Turn t = first(five().event(Event.attack(2000, "A", "B")).event(Event.attackAlongside(2000, "C", "A", "D")));
        assertThat(t.wars()).hasSize(1);
        WarRecord war = t.wars().get(0);
        assertThat(war.sideA()).containsExactly("A", "C");
        assertThat(war.sideB()).containsExactly("B", "D");
        assertThat(t.events()).containsExactly("A attacks B", "C attacks D alongside A");
        WarEntry front = t.warEntries().get(1);
        assertThat(front.kind()).isEqualTo(WarEntry.Kind.ATTACK);
        assertThat(front.war()).isEqualTo(war.id());
        assertThat(front.state()).isEqualTo("C");
        assertThat(front.against()).isEqualTo("D");
        assertThat(front.chain()).containsExactly("A attacks B", "C attacks D alongside A");
        assertThat(t.atWar("C", "B")).as("the second front is at war with the whole other side").isTrue();
    }

    @Test
    void aTargetAlreadyInTheWarIsDeclaredOnWhereItStands() {
        Turn t = first(five().event(Event.attack(2000, "A", "B")).event(Event.attackAlongside(2000, "C", "A", "B", "D")));
        assertThat(t.wars()).singleElement().satisfies(w -> {
            assertThat(w.sideA()).containsExactly("A", "C");
            assertThat(w.sideB()).containsExactly("B", "D");
        });
        assertThat(t.warEntries()).extracting(WarEntry::cause)
                .containsExactly("A attacks B", "C attacks B alongside A", "C attacks D alongside A");
    }

    @Test
    void theNewestRunningWarOfTheAllyIsTheOneJoined() {
        Turn t = first(five().event(Event.attack(2000, "A", "B")).event(Event.attack(2000, "E", "A"))
                .event(Event.attackAlongside(2000, "C", "A", "D")));
        assertThat(t.wars()).hasSize(2);
        assertThat(t.wars().get(0).sideA()).containsExactly("A");
        assertThat(t.wars().get(1).sideA()).containsExactly("E", "D");
        assertThat(t.wars().get(1).sideB()).containsExactly("A", "C");
    }

    @Test
    void withoutAWarOfTheAllyTheEventOpensANewWarAndSaysSo() {
        Turn t = first(five().event(Event.attackAlongside(2000, "C", "A", "D")));
        assertThat(t.events()).containsExactly("C attacks D alongside A (opens a new war: A fights no war)");
        assertThat(t.wars()).singleElement().satisfies(w -> {
            assertThat(w.initiator()).isEqualTo("C");
            assertThat(w.sideA()).containsExactly("C");
            assertThat(w.sideB()).containsExactly("D");
        });
        assertThat(t.warEntries()).extracting(WarEntry::cause).containsExactly("C attacks D");
    }

    @Test
    void aTargetOnTheAllysSideIsIgnoredWithANote() {
        Turn t = first(five().event(Event.attack(2000, "A", "B")).event(Event.attackAlongside(2000, "C", "A", "D"))
                .event(Event.attackAlongside(2000, "E", "A", "C", "B")));
        assertThat(t.events()).last().isEqualTo("E attacks C, B alongside A (ignored: C fights on A's side in war #1)");
        assertThat(t.wars().get(0).sideA()).containsExactly("A", "C", "E");
        assertThat(t.atWar("E", "C")).isFalse();
        Turn onlyAllies = first(five().event(Event.attack(2000, "A", "B", "C")).event(Event.attackAlongside(2000, "D", "B", "C")));
        assertThat(onlyAllies.events()).last().isEqualTo("D attacks C alongside B (ignored: C fights on B's side in war #1)");
        assertThat(onlyAllies.wars().get(0).sideB()).as("nothing left to attack: D stays out").containsExactly("B", "C");
    }

    @Test
    void anAttackerFightingAgainstTheAllyIsIgnoredWithANote() {
        Turn t = first(five().event(Event.attack(2000, "A", "B")).event(Event.attackAlongside(2000, "B", "A", "D")));
        assertThat(t.events()).last().isEqualTo("B attacks D alongside A (ignored: B fights against A in war #1)");
        assertThat(t.wars()).singleElement().satisfies(w -> assertThat(w.sideB()).containsExactly("B"));
        assertThat(t.atWar("B", "D")).isFalse();
    }

    @Test
    void theSecondFrontTriggersCasusFoederisUnderTheTreatiesRule() {
        Turn t = first(five().alliance("DE", x -> x.members("D", "E").defense())
                .event(Event.attack(2000, "A", "B")).event(Event.attackAlongside(2000, "C", "A", "D")));
        assertThat(t.atWar("E", "C")).isTrue();
        WarEntry e = t.warEntries().stream().filter(x -> x.state().equals("E")).findFirst().orElseThrow();
        assertThat(e.kind()).isEqualTo(WarEntry.Kind.ENTERS);
        assertThat(e.chain()).containsExactly("A attacks B", "C attacks D alongside A", "E enters against C: DE defense of D");
        assertThat(t.wars()).singleElement().satisfies(w -> assertThat(w.sideB()).containsExactly("B", "D", "E"));
    }

    @Test
    void theSecondFrontBreachesTreatiesWithItsTargetsUnderEitherRule() {
        ScenarioBuilder b = five().pact("NA", x -> x.members("C", "D").nonaggression())
                .event(Event.attack(2000, "A", "B")).event(Event.attackAlongside(2000, "C", "A", "D"));
        for (SimulationOptions o : List.of(TREATIES, SimulationOptions.defaults())) {
            Turn t = Simulation.run(b.build(), o).turns().get(0);
            assertThat(t.treatyStatus().get("NA")).isEqualTo(TreatyStatus.BREACHED);
            assertThat(t.treatyChanges()).extracting(c -> c.reason()).contains("C attacked D (C attacks D alongside A)");
            assertThat(t.wars().get(0).sideA()).startsWith("A", "C");
        }
    }

    @Test
    void describeNamesTheAllyOnlyWhenSet() {
        assertThat(Event.attack(1914, "GMY", "BEL").describe()).isEqualTo("GMY attacks BEL");
        assertThat(Event.attackAlongside(1914, "GMY", "AUH", "BEL", "FRN").describe()).isEqualTo("GMY attacks BEL, FRN alongside AUH");
        assertThat(new Event.Attack(1914, "GMY", List.of("BEL"))).isEqualTo(Event.attack(1914, "GMY", "BEL"));
    }
}
