package org.entente.engine.bloc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The local moves pass over a state that stayed while nothing it reads has changed (docs/performance.md,
 * "Settled states skipped"): the partition must be the one that looks at every state in every sweep.
 */
class SettledStatesTest {
    /** Weights as the graph's terms make them: halves, thirds (a treaty of four parties), cancellations of the war weight. */
    private static final double[] WEIGHTS = {2, 1, 0.5, 2.0 / 3, 1.0 / 3, 4.0 / 3, 0.75, -0.5, -1, -2, -1.0 / 3,
            -AffinityWeights.OPPOSED_WAR_SIDES};

    @Property(tries = 1500)
    void skippingSettledStatesGivesTheSamePartition(@ForAll long seed) {
        AffinityGraph g = randomGraph(new Random(seed));
        assertThat(BlocPartition.partition(g, true)).containsExactly(BlocPartition.partition(g, false));
    }

    /** The pairs' states, kept per pair, are the smaller and the larger of each pair in order of first insertion. */
    @Property(tries = 200)
    void pairsKeepTheirStatesInOrderOfFirstInsertion(@ForAll long seed) {
        Random r = new Random(seed);
        int n = 1 + r.nextInt(3000);
        PairWeights pairs = new PairWeights(n);
        List<long[]> expected = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int t = r.nextInt(200); t > 0; t--) {
            int a = r.nextInt(n), b = r.nextInt(n);
            pairs.add(a, b, 1);
            if (a != b && seen.add((long) Math.min(a, b) * n + Math.max(a, b))) expected.add(new long[] {Math.min(a, b), Math.max(a, b)});
        }
        assertThat(pairs.size()).isEqualTo(expected.size());
        for (int k = 0; k < expected.size(); k++) {
            assertThat(pairs.first(k)).isEqualTo((int) expected.get(k)[0]);
            assertThat(pairs.second(k)).isEqualTo((int) expected.get(k)[1]);
        }
    }

    /** Random signed graphs of up to 70 states, dense enough for components above the exact bisection, with up to three wars. */
    static AffinityGraph randomGraph(Random r) {
        int n = 2 + r.nextInt(69);
        boolean[] alive = new boolean[n];
        for (int i = 0; i < n; i++) alive[i] = r.nextInt(10) > 0;
        List<int[][]> sides = new ArrayList<>();
        for (int war = r.nextInt(4); war > 0; war--) {
            int[] side = new int[n];
            int a = 0, b = 0;
            for (int i = 0; i < n; i++) {
                side[i] = r.nextInt(3);
                if (side[i] == 1) a++;
                if (side[i] == 2) b++;
            }
            int[] sideA = new int[a], sideB = new int[b];
            a = 0;
            b = 0;
            for (int i = 0; i < n; i++) {
                if (side[i] == 1) sideA[a++] = i;
                if (side[i] == 2) sideB[b++] = i;
            }
            sides.add(new int[][] {sideA, sideB});
        }
        WarOpposition opposition = new WarOpposition(n, alive, sides);
        PairWeights pairs = new PairWeights(n);
        pairs.includeOpposition(opposition);
        int terms = r.nextInt(4 * n + 1);
        for (int t = 0; t < terms; t++) {
            int a = r.nextInt(n), b = r.nextInt(n);
            if (!alive[a] || !alive[b]) continue;
            // positive terms more often, so that positive components grow past the exact bisection
            double w = r.nextInt(3) > 0 ? WEIGHTS[r.nextInt(7)] : WEIGHTS[r.nextInt(WEIGHTS.length)];
            pairs.add(a, b, w);
        }
        return new AffinityGraph(n, Arrays.copyOf(alive, n), pairs, opposition);
    }
}
