package org.entente.engine.bloc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * Keeping the opposed-war-sides pairs implicit ({@link WarOpposition}) gives the blocs and pair weights that
 * listing every pair gives (docs/performance.md, "Simulation"): random states, wars (some with the same
 * sides), co-belligerent cliques and stars, and other terms drawn from the affinity weights, including
 * sums that cancel.
 */
class WarOppositionTest {
    private static final double[] TERMS = {AffinityWeights.ALLIANCE, AffinityWeights.ALLIANCE / 2, AffinityWeights.ALLIANCE / 3,
            AffinityWeights.RESTRAINT, AffinityWeights.RESTRAINT / 3, AffinityWeights.ALIGNED, AffinityWeights.PRIMARY_THREAT,
            AffinityWeights.RIVALRY, 1.5, 4, 5};

    @Property(tries = 400)
    void implicitOppositionPartitionsLikeTheListedPairs(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        Random r = new Random(seed);
        int n = 2 + r.nextInt(r.nextBoolean() ? 15 : 60);
        boolean[] alive = new boolean[n];
        for (int i = 0; i < n; i++) alive[i] = r.nextInt(12) != 0;
        List<int[][]> wars = new ArrayList<>();
        int warCount = r.nextInt(4);
        for (int k = 0; k < warCount; k++) {
            if (!wars.isEmpty() && r.nextInt(3) == 0) { wars.add(wars.get(r.nextInt(wars.size()))); continue; } // a war with the same sides
            List<Integer> a = new ArrayList<>(), b = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int x = r.nextInt(4);
                if (x == 0) a.add(i); else if (x == 1) b.add(i);
            }
            if (a.isEmpty() || b.isEmpty()) continue;
            wars.add(new int[][] {a.stream().mapToInt(Integer::intValue).toArray(), b.stream().mapToInt(Integer::intValue).toArray()});
        }
        List<double[]> terms = new ArrayList<>();
        int count = r.nextInt(4 * n);
        for (int k = 0; k < count; k++) {
            int a = r.nextInt(n), b = r.nextInt(n);
            terms.add(new double[] {a, b, TERMS[r.nextInt(TERMS.length)]});
        }

        PairWeights listed = new PairWeights(n), implicit = new PairWeights(n);
        for (int[][] war : wars) {
            for (int[] side : war) {
                List<Integer> group = new ArrayList<>();
                for (int i : side) group.add(i);
                AffinityGraph.clique(listed, alive, group, AffinityWeights.SAME_WAR_SIDE);
                AffinityGraph.clique(implicit, alive, group, AffinityWeights.SAME_WAR_SIDE);
            }
            for (int a : war[0]) for (int b : war[1]) if (alive[a] && alive[b]) listed.add(a, b, AffinityWeights.OPPOSED_WAR_SIDES);
        }
        WarOpposition opposition = new WarOpposition(n, alive, wars);
        implicit.includeOpposition(opposition);
        for (double[] t : terms) {
            if (!alive[(int) t[0]] || !alive[(int) t[1]]) continue;
            listed.add((int) t[0], (int) t[1], t[2]);
            implicit.add((int) t[0], (int) t[1], t[2]);
        }
        AffinityGraph all = new AffinityGraph(n, alive, listed), fast = new AffinityGraph(n, alive, implicit, opposition);

        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                if (a == b || !alive[a] || !alive[b]) continue;
                assertThat(Double.doubleToLongBits(fast.weight(a, b))).as("weight %d-%d", a, b)
                        .isEqualTo(Double.doubleToLongBits(all.weight(a, b)));
            }
        }
        assertThat(BlocPartition.partition(fast)).containsExactly(BlocPartition.partition(all));
    }
}
