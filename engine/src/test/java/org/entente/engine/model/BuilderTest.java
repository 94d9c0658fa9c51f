package org.entente.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.entente.engine.expect.Condition;
import org.entente.engine.expect.Expectation;
import org.entente.engine.sim.Simulation;
import org.entente.engine.trace.Trace;
import org.junit.jupiter.api.Test;

class BuilderTest {
    @Test
    void defaultsFollowDesign() {
        Scenario sc = Scenario.builder("D").state("A").build();
        State a = sc.states().get(0);
        assertThat(a.intent()).isEqualTo(0.3);
        assertThat(a.stability()).isEqualTo(1.0);
        assertThat(a.offensive()).isEqualTo(0.5);
        assertThat(a.military()).isZero();
        assertThat(sc.settings()).isEqualTo(new Settings(0.3, 0.3, 0.2, 0.2, 0.4, 0.10, 0.05, 2, 0.0));
        assertThat(sc.turnYears()).containsExactly(0);
        assertThat(Scenario.builder("Y").years(1900, 1910).step(5).build().turnYears()).containsExactly(1900, 1905, 1910);
        assertThat(Intent.ofKeyword("status-quo")).isEqualTo(Intent.STATUS_QUO);
    }

    @Test
    void unknownNamesAreIgnoredByTheSimulation() {
        Scenario sc = Scenario.builder("U").years(2000, 2001)
                .state("A", s -> s.military(1).borders("Ghost").ideology("Nope").region("Nowhere"))
                .state("B", s -> s.military(1))
                .organization("O", null, "A", "Ghost")
                .actor("G", a -> a.targets("Ghost").sponsor("Phantom"))
                .dispute("A", "Ghost").rivalry("Ghost", "B").declaredThreat("A", "Ghost", 0.9)
                .alliance("T", t -> t.members("A", "Ghost").defense(d -> d.against("Phantom")))
                .event(Event.attack(2000, "Ghost", "A")).event(Event.attack(2000, "A", "Ghost"))
                .event(Event.join(2000, "A", "NoTreaty")).event(Event.annex(2001, "Ghost", "B"))
                .expect(Expectation.inYear(2000, Condition.atWar("A", "Ghost")))
                .expect(Expectation.inYear(2000, Condition.treaty("NoTreaty", TreatyStatus.IN_FORCE)))
                .build();
        Trace t = Simulation.run(sc);
        assertThat(t.turns()).hasSize(2);
        assertThat(t.turns().get(0).events()).contains("Ghost attacks A (ignored unknown Ghost)");
        assertThat(t.expectations()).allSatisfy(r -> assertThat(r.passed()).isFalse());
    }

    @Test
    void nullsGiveClearErrorsNotNullPointerExceptions() {
        assertThatThrownBy(() -> Scenario.builder(null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scenario name");
        assertThatThrownBy(() -> Scenario.builder("X").state(null, s -> {})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Scenario.builder("X").event(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Scenario.builder("X").step(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Intent.ofKeyword("angry")).isInstanceOf(IllegalArgumentException.class);
        Scenario sc = Scenario.builder("X").state("A", s -> s.borders((String) null).fullName(null)).state("A", s -> s.military(9)).build();
        assertThat(sc.states()).hasSize(1);
        assertThat(sc.states().get(0).military()).as("first declaration wins").isZero();
    }

    @Test
    void guaranteesAndClausesAreBuiltInDeclarationOrder() {
        Scenario sc = Scenario.builder("G")
                .guarantee("TreatyOfLondon", t -> t.guarantors("UK").recipients("Belgium").signed(1839).defense(d -> {}))
                .alliance("X", t -> t.kind(TreatyKind.PACT).members("A", "B").defense(d -> d.against("C").in("R").unlessProvoked().forces(0.6)).neutrality().sanctions("D"))
                .build();
        Treaty g = sc.treaty("TreatyOfLondon").orElseThrow();
        assertThat(g.kind()).isEqualTo(TreatyKind.GUARANTEE);
        assertThat(g.parties()).containsExactly("UK", "Belgium");
        Treaty x = sc.treaty("X").orElseThrow();
        assertThat(x.kind()).isEqualTo(TreatyKind.PACT);
        assertThat(x.clauses()).extracting(Clause::type).containsExactly(ClauseType.DEFENSE, ClauseType.NEUTRALITY, ClauseType.SANCTIONS);
        assertThat(x.clauses().get(0)).isEqualTo(new Clause(ClauseType.DEFENSE, java.util.List.of("C"), "R", true, 0.6));
    }
}
