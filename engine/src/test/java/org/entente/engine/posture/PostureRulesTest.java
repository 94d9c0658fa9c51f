package org.entente.engine.posture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.entente.engine.model.Intent;
import org.entente.engine.model.PostureKind;
import org.entente.engine.model.Scenario;
import org.entente.engine.sim.Simulation;
import org.entente.engine.trace.StateTurn;
import org.entente.engine.trace.Trace;
import org.junit.jupiter.api.Test;

/** One scenario per posture rule of step 5. */
class PostureRulesTest {
    private static StateTurn at(Trace t, int year, String state) { return t.turn(year).orElseThrow().state(state).orElseThrow(); }

    @Test
    void secureWhenThePrimaryThreatIsBelowTheFloor() {
        Trace t = Simulation.run(Scenario.builder("S").years(2000, 2000)
                .state("A", s -> s.military(1).economy(1).population(1).offensive(0).intent(Intent.DEFENSIVE))
                .state("B", s -> s.military(1).economy(1).population(1).offensive(0).intent(Intent.DEFENSIVE)).build());
        StateTurn a = at(t, 2000, "A");
        assertThat(a.threat()).isCloseTo(0.32, within(1e-12));
        assertThat(a.posture()).isEqualTo(PostureKind.SECURE);
        assertThat(a.reason()).isEqualTo("A is secure: primary threat B 0.32 is below the floor 0.40");
        Trace lowFloor = Simulation.run(Scenario.builder("S").years(2000, 2000)
                .settings(org.entente.engine.model.Settings.defaults().withThreatFloor(0.3))
                .state("A", s -> s.military(1).economy(1).population(1).offensive(0).intent(Intent.DEFENSIVE))
                .state("B", s -> s.military(1).economy(1).population(1).offensive(0).intent(Intent.DEFENSIVE)).build());
        assertThat(at(lowFloor, 2000, "A").posture()).isEqualTo(PostureKind.BALANCE);
    }

    @Test
    void greatPowerBalancesAndArmsWhenItsCoalitionIsWeaker() {
        Trace t = Simulation.run(Scenario.builder("B").years(2000, 2001)
                .state("A", s -> s.military(1).economy(1).population(1).borders("B"))
                .state("B", s -> s.military(2).economy(2).population(2).intent(Intent.AGGRESSIVE)).build());
        StateTurn a = at(t, 2000, "A");
        assertThat(a.threat()).isCloseTo(0.9, within(1e-12));
        assertThat(a.posture()).isEqualTo(PostureKind.BALANCE);
        assertThat(a.postureTarget()).isEqualTo("B");
        assertThat(a.coalitionPower()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(a.threatPower()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(a.arms()).isTrue();
        assertThat(a.reason()).startsWith("A balances against B: threat 0.90 (power 0.30, proximity 0.30, offensive 0.10, intent 0.20)")
                .endsWith("; coalition 0.33 vs 0.67; arms +5%");
        assertThat(at(t, 2001, "A").military()).isCloseTo(1.05, within(1e-12));
        StateTurn b = at(t, 2000, "B");
        assertThat(b.posture()).isEqualTo(PostureKind.BALANCE);
        assertThat(b.arms()).isFalse();
        assertThat(at(t, 2001, "B").military()).isEqualTo(2.0);
    }


    @Test
    void greatPowerAwayFromTheThreatPassesTheBuckToABorderingGreatPower() {
        Trace t = Simulation.run(Scenario.builder("BP").years(2000, 2000)
                .state("P", s -> s.military(4).economy(4).population(4).intent(Intent.AGGRESSIVE).borders("G"))
                .state("G", s -> s.military(2).economy(2).population(2).borders("A"))
                .state("A", s -> s.military(2).economy(2).population(2)).build());
        StateTurn a = at(t, 2000, "A");
        assertThat(a.primaryThreat()).isEqualTo("P");
        assertThat(a.threat()).isCloseTo(0.75, within(1e-12));
        assertThat(a.posture()).isEqualTo(PostureKind.BUCK_PASS);
        assertThat(a.postureTarget()).isEqualTo("G");
        assertThat(a.coalition()).containsExactly("A", "G");
        assertThat(at(t, 2000, "G").posture()).isEqualTo(PostureKind.BALANCE);
    }

    @Test
    void weakStateBorderingAStrongerGreatPowerBandwagonsAndFeelsLessThreatenedNextTurn() {
        Trace t = Simulation.run(Scenario.builder("BW").years(2000, 2001)
                .state("P", s -> s.military(4).economy(4).population(4).intent(Intent.AGGRESSIVE).borders("W"))
                .state("W", s -> s.military(0.2).economy(0.2).population(0.2)).build());
        StateTurn w = at(t, 2000, "W");
        assertThat(w.greatPower()).isFalse();
        assertThat(w.posture()).isEqualTo(PostureKind.BANDWAGON);
        assertThat(w.postureTarget()).isEqualTo("P");
        StateTurn w2 = at(t, 2001, "W");
        assertThat(w2.threat()).isCloseTo(w.threat() * 0.5, within(1e-12));
        assertThat(w2.breakdown().modifiers()).extracting(org.entente.engine.threat.Modifier::label).contains("bandwagoned last turn");
        assertThat(t.turn(2000).orElseThrow().allied("W", "P")).isTrue();
    }

    private static Scenario weakBehindAPartner(boolean organization) {
        var b = Scenario.builder("SB").years(2000, 2001)
                .state("P", s -> s.military(4).economy(4).population(4).intent(Intent.AGGRESSIVE).borders("X"))
                .state("X", s -> s.military(0.5).economy(0.5).population(0.5).borders("W"))
                .state("W", s -> s.military(0.2).economy(0.2).population(0.2));
        if (organization) b.organization("Org", null, "X", "W");
        return b.build();
    }

    @Test
    void weakStateSharingAnOrganizationWithItsCoalitionSoftBalances() {
        Trace t = Simulation.run(weakBehindAPartner(true));
        StateTurn w = at(t, 2000, "W");
        assertThat(w.primaryThreat()).isEqualTo("P");
        assertThat(w.coalition()).containsExactly("W", "X");
        assertThat(w.posture()).isEqualTo(PostureKind.SOFT_BALANCE);
        assertThat(w.postureTarget()).isEqualTo("P");
        assertThat(at(t, 2001, "P").economy()).isCloseTo(4 * 0.99, within(1e-12));
    }

    @Test
    void weakStateWithoutOrganizationPassesTheBuckToACoalitionMemberBorderingTheThreat() {
        Trace t = Simulation.run(weakBehindAPartner(false));
        StateTurn w = at(t, 2000, "W");
        assertThat(w.posture()).isEqualTo(PostureKind.BUCK_PASS);
        assertThat(w.postureTarget()).isEqualTo("X");
        assertThat(at(t, 2001, "P").economy()).isEqualTo(4.0);
    }

    @Test
    void weakStateBalancesAWeakThreat() {
        Trace t = Simulation.run(Scenario.builder("WW").years(2000, 2000)
                .state("Big", s -> s.military(10).economy(10).population(10).offensive(0).intent(Intent.DEFENSIVE))
                .state("A", s -> s.military(0.5).economy(0.5).population(0.5).borders("B"))
                .state("B", s -> s.military(0.6).economy(0.6).population(0.6).intent(Intent.AGGRESSIVE)).build());
        StateTurn a = at(t, 2000, "A");
        assertThat(a.primaryThreat()).isEqualTo("B");
        assertThat(a.greatPower()).isFalse();
        assertThat(a.posture()).isEqualTo(PostureKind.BALANCE);
        assertThat(a.arms()).as("internal balancing: coalition weaker than the threat").isTrue();
    }

    @Test
    void unstableRegimeOmnibalancesWithTheStrongestNonThreateningStateOfItsIdeology() {
        Trace t = Simulation.run(Scenario.builder("O").years(2000, 2000).ideology("X").ideology("Y")
                .state("S", s -> s.military(1).economy(1).population(1).ideology("X").stability(0.2))
                .state("Big", s -> s.military(3).economy(3).population(3).ideology("Y").offensive(0).intent(Intent.DEFENSIVE))
                .state("Mid", s -> s.military(2).economy(2).population(2).ideology("X").offensive(0).intent(Intent.DEFENSIVE))
                .build());
        StateTurn s = at(t, 2000, "S");
        assertThat(s.domesticThreat()).isCloseTo(0.8, within(1e-12));
        assertThat(s.posture()).isEqualTo(PostureKind.OMNIBALANCE);
        assertThat(s.postureTarget()).isEqualTo("Mid");
        assertThat(s.reason()).startsWith("S omnibalances with Mid: domestic threat 0.80 (instability 0.80) exceeds external threat 0.32");
        assertThat(t.turn(2000).orElseThrow().allied("S", "Mid")).isTrue();
    }

    @Test
    void fightingOverridesEverything() {
        Trace t = Simulation.run(Scenario.builder("F").years(2000, 2000)
                .state("A", s -> s.military(1).stability(0))
                .state("B", s -> s.military(1))
                .event(org.entente.engine.model.Event.attack(2000, "A", "B")).build());
        assertThat(at(t, 2000, "A").posture()).isEqualTo(PostureKind.FIGHTING);
        assertThat(at(t, 2000, "B").threat()).isEqualTo(1.0);
        assertThat(at(t, 2000, "B").breakdown().source()).isEqualTo(org.entente.engine.threat.ThreatBreakdown.Source.WAR);
    }

    @Test
    void securityDilemmaArmsRaceLeapfrogs() {
        Trace t = Simulation.run(Scenario.builder("SD").years(2000, 2010)
                .state("A", s -> s.military(1.0).economy(1).population(1).borders("B").intent(Intent.REVISIONIST))
                .state("B", s -> s.military(1.01).economy(1).population(1).intent(Intent.REVISIONIST)).build());
        double total = 0;
        for (var turn : t.turns()) {
            StateTurn a = turn.state("A").orElseThrow(), b = turn.state("B").orElseThrow();
            assertThat(a.posture()).isEqualTo(PostureKind.BALANCE);
            assertThat(b.posture()).isEqualTo(PostureKind.BALANCE);
            assertThat(a.arms() ^ b.arms()).as("exactly the weaker side arms in %d", turn.year()).isTrue();
            double now = a.military() + b.military();
            assertThat(now).isGreaterThan(total);
            total = now;
        }
        for (int y = 2000; y <= 2008; y++) {
            assertThat(at(t, y + 2, "A").military()).isGreaterThan(at(t, y, "A").military());
            assertThat(at(t, y + 2, "B").military()).isGreaterThan(at(t, y, "B").military());
        }
    }
}
