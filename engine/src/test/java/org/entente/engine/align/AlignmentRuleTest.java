package org.entente.engine.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.engine.model.Event;
import org.entente.engine.model.Scenario;
import org.entente.engine.model.ScenarioBuilder;
import org.entente.engine.sim.Simulation;
import org.entente.engine.trace.AlignmentChange;
import org.entente.engine.trace.Trace;
import org.entente.engine.trace.Turn;
import org.entente.engine.world.Alignment;
import org.entente.engine.world.Alignments;
import org.entente.engine.world.World;
import org.junit.jupiter.api.Test;

/** Alignment without treaty (docs/semantics.md §5a). */
class AlignmentRuleTest {

    /**
     * A and B (4/4/4 each) border only X (1/1/1), which borders C (8/4/4): A and B are two hops from C and
     * from each other. Power: A = B = (4/17 + 4/13 + 4/13)/3 = 0.2836, C = (8/17 + 8/13)/3 = 0.3620, X = 0.0709.
     * T(A, C) = 0.3·1 + 0.3·½ + 0.2·0.5 + 0.2·0.3 = 0.61 is A's primary threat (T(A, B) = 0.3·0.7834 + 0.15
     * + 0.05 + 0.06 = 0.495, T(A, X) = 0.431). A and B are great powers, neither borders C: both balance;
     * X is weak, its coalition (X, A, B: 0.638) outweighs C: it balances too. Nobody arms (every coalition
     * is at least as strong as its threat), so the numbers stay.
     */
    private static ScenarioBuilder threeBalancers(int to) {
        return Scenario.builder("Align").years(2000, to)
                .state("A", s -> s.military(4).economy(4).population(4).borders("X"))
                .state("B", s -> s.military(4).economy(4).population(4).borders("X"))
                .state("X", s -> s.military(1).economy(1).population(1).borders("C"))
                .state("C", s -> s.military(8).economy(4).population(4));
    }

    private static List<String> causes(Turn t) { return t.alignmentChanges().stream().map(AlignmentChange::cause).toList(); }

    @Test
    void balancersAgainstTheSameThreatAlignInTheirSecondTurn() {
        Trace t = Simulation.run(threeBalancers(2002).build());
        assertThat(t.turns().get(0).state("A").orElseThrow().threat()).isCloseTo(0.61, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(t.turns().get(0).alignmentChanges()).isEmpty();
        assertThat(causes(t.turns().get(1))).containsExactly(
                "A and B align against C: both balance against it since 2000",
                "X aligns with A, B against C: balances against it since 2000");
        assertThat(t.turns().get(1).alignmentChanges().get(1).with()).containsExactly("A", "B");
        assertThat(t.turns().get(1).alignmentChanges().get(0).formed()).isTrue();
        assertThat(t.turns().get(2).alignmentChanges()).isEmpty(); // they hold
    }

    /**
     * A nonaggression pact with C halves T(A, C): 0.61 × 0.5 = 0.305 < 0.4, so A's alignments against C
     * dissolve. X's coalition against C is now X and B (0.0709 + 0.2836 < 0.3620): weak, bordering C, X
     * bandwagons with C, which ends its alignment with B against C and aligns it with C.
     */
    @Test
    void alignmentsDissolveWhenTheCommonThreatFallsBelowTheFloor() {
        Trace t = Simulation.run(threeBalancers(2003)
                .pact("Truce", p -> p.members("A", "C").signed(2002).nonaggression()).build());
        Turn y2002 = t.turns().get(2);
        assertThat(y2002.state("A").orElseThrow().breakdown()).isNotNull();
        assertThat(causes(y2002)).containsExactly(
                "A leaves the alignment against C (with B, X): C threatens A below the floor (0.31 < 0.40)",
                "B and X no longer align against C: X bandwagons with C",
                "X aligns with C: bandwagons with it since 2002");
        assertThat(y2002.alignmentChanges().get(0).formed()).isFalse();
        assertThat(y2002.alignmentChanges().get(2).formed()).isTrue();
    }

    @Test
    void alignmentsDissolveWhenTheThreatNoLongerExists() {
        Trace t = Simulation.run(threeBalancers(2002).event(Event.collapse(2002, "C")).build());
        assertThat(causes(t.turns().get(2))).containsExactly(
                "A leaves the alignment against C (with B, X): C no longer exists",
                "B and X no longer align against C: C no longer exists");
    }

    /** Weak Z borders the great power P and alone is weaker: it bandwagons, and aligns with P at once. */
    @Test
    void aBandwagonerAlignsWithTheStateItFollows() {
        Trace t = Simulation.run(Scenario.builder("Follow").years(2000, 2000)
                .state("P", s -> s.military(9).economy(9).population(9).borders("Z"))
                .state("Z", s -> s.military(0.5).economy(0.5).population(0.5))
                .build());
        Turn turn = t.last();
        assertThat(turn.state("Z").orElseThrow().posture().word()).isEqualTo("bandwagon");
        assertThat(causes(turn)).containsExactly("Z aligns with P: bandwagons with it since 2000");
        assertThat(turn.allied("Z", "P")).isTrue(); // the alignment (+1) and no threat edge toward the patron
    }

    @Test
    void theQueryApiAnswersPerPair() {
        World w = new World(threeBalancers(2000).build());
        Alignments al = w.alignments;
        al.join(0, 3, null);
        al.join(1, 3, "A and B align against C");
        al.setCause(0, 3, "A and B align against C");
        al.follow(2, 3, "X aligns with C");
        assertThat(al.aligned(0, 1)).isTrue();
        assertThat(al.aligned(1, 0)).isTrue();
        assertThat(al.aligned(0, 2)).isFalse();
        assertThat(al.aligned(2, 3)).isTrue();
        assertThat(al.aligned(3, 2)).isTrue();
        assertThat(al.cause(1, 0)).isEqualTo("A and B align against C");
        assertThat(al.cause(3, 2)).isEqualTo("X aligns with C");
        assertThat(al.of(1)).containsExactly(new Alignment(Alignment.Kind.BALANCING, 0, 1, 3, "A and B align against C"));
        al.leave(1, 3);
        al.unfollow(2);
        assertThat(al.aligned(0, 1)).isFalse();
        assertThat(al.aligned(2, 3)).isFalse();
        assertThat(al.against(3)).containsExactly(0);
    }
}
