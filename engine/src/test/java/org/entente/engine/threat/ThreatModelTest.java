package org.entente.engine.threat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.UnaryOperator;
import org.entente.engine.model.Intent;
import org.entente.engine.model.Scenario;
import org.entente.engine.model.ScenarioBuilder;
import org.entente.engine.world.World;
import org.junit.jupiter.api.Test;

/** Hand-computed numbers for every term and modifier of step 2 and 3. */
class ThreatModelTest {
    // A(1,1,1) B(3,1,2) C(0,2,1): totals 4/4/4. Borders A-B, B-C.
    private static ScenarioBuilder base() {
        return Scenario.builder("T").years(2000, 2000)
                .state("A", s -> s.military(1).economy(1).population(1).borders("B"))
                .state("B", s -> s.military(3).economy(1).population(2).offensive(0.8).intent(Intent.AGGRESSIVE).borders("C"))
                .state("C", s -> s.military(0).economy(2).population(1));
    }

    private static ThreatModel model(ScenarioBuilder b) {
        World w = new World(b.build());
        org.entente.engine.treaty.TreatyClock.advance(w, 2000, true);
        return new ThreatModel(w, new PowerTable(w));
    }

    @Test
    void powerSharesFollowTheCincConstruction() {
        World w = new World(base().build());
        PowerTable p = new PowerTable(w);
        assertThat(p.shareMilitary).containsExactly(new double[] {0.25, 0.75, 0.0}, within(1e-12));
        assertThat(p.power).containsExactly(new double[] {0.25, 0.5, 0.25}, within(1e-12));
        assertThat(p.rel).containsExactly(new double[] {0.5, 1.0, 0.5}, within(1e-12));
        assertThat(p.off[0]).isCloseTo(0.5 * 0.25 / 0.75, within(1e-12));
        assertThat(p.off[1]).isCloseTo(0.8, within(1e-12));
        assertThat(p.great).containsExactly(true, true, true);
        World w2 = new World(base().settings(org.entente.engine.model.Settings.defaults().withGreatPower(0.3)).build());
        assertThat(new PowerTable(w2).great).containsExactly(false, true, false);
    }

    @Test
    void eachWaltTermIsWeighted() {
        ThreatBreakdown ab = model(base()).breakdown(0, 1);
        assertThat(ab.powerTerm()).isCloseTo(0.3, within(1e-12));
        assertThat(ab.hops()).isEqualTo(1);
        assertThat(ab.proximityTerm()).isCloseTo(0.3, within(1e-12));
        assertThat(ab.offensiveTerm()).isCloseTo(0.16, within(1e-12));
        assertThat(ab.intentTerm()).isCloseTo(0.2, within(1e-12));
        assertThat(ab.value()).isCloseTo(0.96, within(1e-12));
        ThreatBreakdown ac = model(base()).breakdown(0, 2);
        assertThat(ac.hops()).isEqualTo(2);
        assertThat(ac.proximity()).isCloseTo(0.5, within(1e-12));
        assertThat(ac.value()).isCloseTo(0.15 + 0.15 + 0 + 0.06, within(1e-12));
        assertThat(model(base()).breakdown(2, 0).value()).isCloseTo(0.15 + 0.15 + 0.2 / 6 + 0.06, within(1e-12));
    }

    @Test
    void unreachableMeansNoProximity() {
        ThreatBreakdown b = model(Scenario.builder("U").state("A", s -> s.military(1)).state("B", s -> s.military(1))).breakdown(0, 1);
        assertThat(b.hops()).isEqualTo(-1);
        assertThat(b.proximityTerm()).isZero();
    }

    @Test
    void disputeAddsAndTheClampCapsAtOne() {
        ThreatBreakdown b = model(base().dispute("A", "B", "Border")).breakdown(0, 1);
        assertThat(b.raw()).isCloseTo(1.11, within(1e-12));
        assertThat(b.value()).isEqualTo(1.0);
        assertThat(b.modifiers()).extracting(Modifier::label).containsExactly("dispute Border");
    }

    @Test
    void additiveModifiers() {
        double base = 0.36; // T(A,C)
        assertThat(score(b -> b.rivalry("A", "C"), 0, 2)).isCloseTo(base + 0.1, within(1e-12));
        assertThat(score(b -> b.ideology("X").ideology("Y", "X").state("A", s -> {}), 0, 2)).isCloseTo(base, within(1e-12));
        ScenarioBuilder opposed = Scenario.builder("I").ideology("X").ideology("Y", "X")
                .state("A", s -> s.military(1).economy(1).population(1).ideology("Y").borders("B"))
                .state("B", s -> s.military(3).economy(1).population(2).offensive(0.8).intent(Intent.AGGRESSIVE).borders("C"))
                .state("C", s -> s.military(0).economy(2).population(1).ideology("X"));
        assertThat(model(opposed).score(0, 2)).isCloseTo(base + 0.1, within(1e-12));
        assertThat(model(opposed).score(2, 0)).isCloseTo(0.39333333333333337 + 0.1, within(1e-9));
        ScenarioBuilder same = Scenario.builder("S").ideology("X")
                .state("A", s -> s.military(1).economy(1).population(1).ideology("X").borders("B"))
                .state("B", s -> s.military(3).economy(1).population(2).offensive(0.8).intent(Intent.AGGRESSIVE).borders("C"))
                .state("C", s -> s.military(0).economy(2).population(1).ideology("X"));
        assertThat(model(same).score(0, 2)).isCloseTo(base - 0.1, within(1e-12));
    }

    @Test
    void treatyHalvesAfterTheAdditions() {
        double t = score(b -> b.rivalry("A", "C").pact("P", x -> x.members("A", "C").nonaggression()), 0, 2);
        assertThat(t).isCloseTo((0.36 + 0.1) * 0.5, within(1e-12));
        double consult = score(b -> b.pact("P", x -> x.members("A", "C").consultation()), 0, 2);
        assertThat(consult).isCloseTo(0.36, within(1e-12));
        double future = score(b -> b.pact("P", x -> x.members("A", "C").signed(2001).defense()), 0, 2);
        assertThat(future).as("not yet in force").isCloseTo(0.36, within(1e-12));
    }

    @Test
    void declaredThreatReplacesTheComputedScore() {
        ThreatModel m = model(base().declaredThreat("A", "C", org.entente.engine.model.ThreatLevel.HIGH).dispute("A", "C"));
        assertThat(m.score(0, 2)).isEqualTo(0.8);
        assertThat(m.breakdown(0, 2).source()).isEqualTo(ThreatBreakdown.Source.DECLARED);
        assertThat(m.score(2, 0)).as("declarations are directed").isNotEqualTo(0.8);
    }

    @Test
    void fastScoreAndBreakdownAgreeEverywhere() {
        ThreatModel m = model(base().dispute("A", "C").rivalry("B", "C").declaredThreat("C", "B", 0.33));
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++)
                if (i != j) assertThat(m.breakdown(i, j).value()).isEqualTo(m.score(i, j));
    }

    @Test
    void primaryThreatTiesBreakByDeclarationOrder() {
        ThreatModel m = model(Scenario.builder("Tie").state("A", s -> s.military(1)).state("B", s -> s.military(1)).state("C", s -> s.military(1)));
        assertThat(m.primaries().primary()).containsExactly(1, 0, 0);
    }

    @Test
    void domesticThreatAddsInstabilityAndArmedGroups() {
        World w = new World(Scenario.builder("D").state("A", s -> s.military(0.2).stability(0.6))
                .actor("G", a -> a.targets("A").strength(0.05))
                .actor("N", a -> a.kind(org.entente.engine.model.ActorKind.NGO).targets("A").strength(5)).build());
        assertThat(DomesticThreat.of(w, 0)).isCloseTo(0.4 + 0.05 / 0.25, within(1e-12));
        World w2 = new World(Scenario.builder("D").state("A", s -> s.military(0.2).stability(0.1))
                .actor("G", a -> a.targets("A").strength(1)).build());
        assertThat(DomesticThreat.of(w2, 0)).isEqualTo(1.0);
    }

    private static double score(UnaryOperator<ScenarioBuilder> f, int i, int j) { return model(f.apply(base())).score(i, j); }
}
