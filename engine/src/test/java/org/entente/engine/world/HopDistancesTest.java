package org.entente.engine.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * {@link HopDistances#compute}, which searches from 64 sources at a time, gives every pair the distance of a
 * breadth-first search from each living source over living states: graphs of up to 200 states (several batches
 * of 64), sparse and dense, with dead states, borders listed twice and borders listed on one side only.
 */
class HopDistancesTest {

    @Property(tries = 200)
    void distancesAreABreadthFirstSearchFromEachSource(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        Random r = new Random(seed);
        int n = 1 + r.nextInt(r.nextBoolean() ? 10 : 200);
        int degree = 1 + r.nextInt(6);
        int[][] adjacency = new int[n][];
        for (int u = 0; u < n; u++) {
            adjacency[u] = new int[r.nextInt(degree + 1)];
            for (int k = 0; k < adjacency[u].length; k++) adjacency[u][k] = r.nextInt(n);
        }
        boolean[] alive = new boolean[n];
        for (int i = 0; i < n; i++) alive[i] = r.nextInt(6) > 0;
        HopDistances hops = HopDistances.compute(adjacency, alive);
        for (int s = 0; s < n; s++) {
            int[] expected = search(adjacency, alive, s);
            for (int v = 0; v < n; v++) assertThat(hops.hops(s, v)).as("hops(%d, %d)", s, v).isEqualTo(expected[v]);
        }
    }

    /** One search from s, as the engine did it for every source. */
    private static int[] search(int[][] adjacency, boolean[] alive, int s) {
        int[] dist = new int[adjacency.length];
        Arrays.fill(dist, HopDistances.UNREACHABLE);
        if (!alive[s]) return dist;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        dist[s] = 0;
        queue.add(s);
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (int v : adjacency[u]) if (alive[v] && dist[v] == HopDistances.UNREACHABLE) { dist[v] = dist[u] + 1; queue.add(v); }
        }
        return dist;
    }
}
