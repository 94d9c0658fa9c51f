package org.entente.engine.bloc;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.engine.model.Intent;
import org.entente.engine.model.Scenario;
import org.entente.engine.sim.Simulation;
import org.entente.engine.trace.Trace;
import org.entente.engine.trace.Turn;
import org.junit.jupiter.api.Test;

/** Blocs as the minimum-energy partition of the signed affinity graph (docs/semantics.md §8). */
class BlocPartitionTest {
    static final int FRANCE = 0, POLAND = 1, GERMANY = 2, AUSTRIA = 3, UK = 4, ITALY = 5;

    private static AffinityGraph graph(int n, double[][] pairs) {
        PairWeights w = new PairWeights(n);
        for (double[] p : pairs) w.add((int) p[0], (int) p[1], p[2]);
        boolean[] alive = new boolean[n];
        java.util.Arrays.fill(alive, true);
        return new AffinityGraph(n, alive, w);
    }

    /**
     * Locarno-like: France–Poland and Germany–Austria are bilateral alliances (+2 each); a guarantee by
     * the UK and Italy to France and Germany has 4 parties, so each guarantor–recipient and the
     * guarantor–guarantor pair gets 2/3, and France–Germany nothing from it (recipients owe each other
     * nothing). France–Germany: rivalry −1 and each the other's primary threat −1 −1; Poland's primary
     * threat is Germany −1. Connected components over the treaties would make one bloc of all six.
     * Energies (total weight of separated pairs): together 0; {F,P,UK,I}|{G,A} = 2/3 + 2/3 − 3 − 1 = −8/3;
     * {F,P}|{G,A,UK,I} the same (the tie goes to the guarantors on France's side: the first state whose
     * side differs, the UK, is on the first state's side); three blocs {F,P}|{G,A}|{UK,I} = 4·2/3 − 4 = −4/3.
     */
    @Test
    void aBridgingTreatyNoLongerMergesTwoCamps() {
        double third = 2.0 / 3;
        AffinityGraph g = graph(6, new double[][] {
                {FRANCE, POLAND, 2}, {GERMANY, AUSTRIA, 2},
                {UK, ITALY, third}, {UK, FRANCE, third}, {UK, GERMANY, third}, {ITALY, FRANCE, third}, {ITALY, GERMANY, third},
                {FRANCE, GERMANY, -3}, {POLAND, GERMANY, -1}});
        int[] bloc = BlocPartition.partition(g);
        assertThat(bloc).containsExactly(1, 1, 2, 2, 1, 1);
    }

    @Test
    void withoutNegativeTiesAPositiveComponentStaysWhole() {
        AffinityGraph g = graph(4, new double[][] {{0, 1, 2}, {1, 2, 0.5}});
        assertThat(BlocPartition.partition(g)).containsExactly(1, 1, 1, 2);
    }

    @Test
    void statesWithOnlyNegativeTiesStayApart() {
        AffinityGraph g = graph(3, new double[][] {{0, 1, -1}, {1, 2, -1}, {0, 2, -1}});
        assertThat(BlocPartition.partition(g)).containsExactly(1, 2, 3);
    }

    /**
     * Three camps of two (+2 inside), every pair across camps −1, and weak links 1–2 and 3–4 (+0.5) that
     * make one positive component. Three blocs separate the 12 cross pairs: −12 + 0.5 + 0.5 = −11; the
     * best first bisection, {0,1}|{2..5}, separates −8 + 0.5 = −7.5, then {2,3}|{4,5} −4 + 0.5 = −3.5.
     */
    @Test
    void repeatedBisectionFindsThreeCamps() {
        java.util.List<double[]> pairs = new java.util.ArrayList<>();
        for (int a = 0; a < 6; a++) for (int b = a + 1; b < 6; b++) pairs.add(new double[] {a, b, a / 2 == b / 2 ? 2 : -1});
        pairs.add(new double[] {1, 2, 0.5});
        pairs.add(new double[] {3, 4, 0.5});
        assertThat(BlocPartition.partition(graph(6, pairs.toArray(new double[0][])))).containsExactly(1, 1, 2, 2, 3, 3);
    }

    /** Above {@link BlocPartition#EXACT_MAX} states the local moves from singletons find the two camps. */
    @Test
    void largeComponentsUseLocalMovesAndFindTheCamps() {
        int half = 12, n = 2 * half;
        PairWeights w = new PairWeights(n);
        for (int a = 0; a < half; a++) {
            for (int b = a + 1; b < half; b++) { w.add(a, b, 1); w.add(half + a, half + b, 1); }
            w.add(a, half + a, -1);
        }
        w.add(0, half, 2.5); // a bridge between the camps' first members
        boolean[] alive = new boolean[n];
        java.util.Arrays.fill(alive, true);
        int[] bloc = BlocPartition.partition(new AffinityGraph(n, alive, w));
        for (int a = 0; a < half; a++) {
            assertThat(bloc[a]).isEqualTo(1);
            assertThat(bloc[half + a]).isEqualTo(2);
        }
    }

    @Test
    void deadStatesHaveNoBloc() {
        PairWeights w = new PairWeights(3);
        w.add(0, 2, 1);
        int[] bloc = BlocPartition.partition(new AffinityGraph(3, new boolean[] {true, false, true}, w));
        assertThat(bloc).containsExactly(1, 0, 1);
    }

    /** The same bridge in a run: the guarantee binds the guarantors to both camps, the camps stay apart. */
    @Test
    void aLocarnoLikeGuaranteeDoesNotMergeTheCampsInARun() {
        Trace t = Simulation.run(Scenario.builder("Locarno").years(1926, 1926)
                .state("France", s -> s.military(5).economy(5).population(4).borders("Germany"))
                .state("Poland", s -> s.military(2).economy(1).population(3).borders("Germany"))
                .state("Germany", s -> s.military(4).economy(6).population(6).borders("Austria").intent(Intent.REVISIONIST))
                .state("Austria", s -> s.military(1).economy(1).population(1))
                .state("UK", s -> s.military(5).economy(6).population(4))
                .state("Italy", s -> s.military(3).economy(2).population(4))
                .rivalry("France", "Germany")
                .dispute("France", "Germany", "Rhineland")
                .alliance("FrancoPolish", a -> a.members("France", "Poland").defense())
                .alliance("GermanAustrian", a -> a.members("Germany", "Austria").defense())
                .guarantee("Locarno", a -> a.guarantors("UK", "Italy").recipients("France", "Germany").defense())
                .build());
        Turn turn = t.last();
        assertThat(turn.allied("France", "Poland")).isTrue();
        assertThat(turn.allied("Germany", "Austria")).isTrue();
        assertThat(turn.allied("France", "Germany")).isFalse();
    }
}
