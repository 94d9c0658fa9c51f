package org.entente.engine.world;

import java.util.Arrays;

/**
 * All-pairs hop distances over the border graph (BFS from every living state), stored as one flat
 * array. Computed once and recomputed only when borders change (annexation, collapse).
 */
public final class HopDistances {
    public static final int UNREACHABLE = -1;
    private final int n;
    private final int[] dist;

    private HopDistances(int n, int[] dist) { this.n = n; this.dist = dist; }

    public static HopDistances compute(int[][] adjacency, boolean[] alive) {
        int n = adjacency.length;
        int[] dist = new int[n * n];
        Arrays.fill(dist, UNREACHABLE);
        int[] queue = new int[n];
        for (int s = 0; s < n; s++) {
            if (!alive[s]) continue;
            int base = s * n;
            int head = 0, tail = 0;
            queue[tail++] = s;
            dist[base + s] = 0;
            while (head < tail) {
                int u = queue[head++];
                int du = dist[base + u];
                for (int v : adjacency[u]) {
                    if (alive[v] && dist[base + v] == UNREACHABLE) {
                        dist[base + v] = du + 1;
                        queue[tail++] = v;
                    }
                }
            }
        }
        return new HopDistances(n, dist);
    }

    /** Hops from i to j, 0 for i == j, {@link #UNREACHABLE} when not connected. */
    public int hops(int i, int j) { return dist[i * n + j]; }

    /** Row offset for fast loops: {@code hops(i, j) == raw()[row(i) + j]}. */
    public int row(int i) { return i * n; }

    public int[] raw() { return dist; }
}
