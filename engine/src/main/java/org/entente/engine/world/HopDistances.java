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

    /**
     * Breadth-first from every living state, 64 sources at a time: each state's bits say which of the 64 reached it,
     * and one level is one pass over the borders ({@code pull}: a state is reached from the reached states that
     * border it). That is the distances of a search from each source, level by level, with a pass of the graph per
     * level for 64 sources instead of one search per source (the one computation of a run took 1-2 % of it;
     * docs/performance.md, "Simulation").
     */
    public static HopDistances compute(int[][] adjacency, boolean[] alive) {
        int n = adjacency.length;
        int[] dist = new int[n * n];
        Arrays.fill(dist, UNREACHABLE);
        int[][] from = into(adjacency);
        long[] seen = new long[n], frontier = new long[n], next = new long[n];
        for (int first = 0; first < n; first += 64) {
            int last = Math.min(n, first + 64);
            Arrays.fill(seen, 0);
            Arrays.fill(frontier, 0);
            boolean any = false;
            for (int s = first; s < last; s++) {
                if (!alive[s]) continue;
                seen[s] = frontier[s] = 1L << (s - first);
                dist[s * n + s] = 0;
                any = true;
            }
            for (int level = 1; any; level++) {
                any = false;
                for (int v = 0; v < n; v++) {
                    long reached = 0;
                    if (alive[v]) {
                        for (int u : from[v]) reached |= frontier[u];
                        reached &= ~seen[v];
                    }
                    next[v] = reached;
                    if (reached == 0) continue;
                    any = true;
                    seen[v] |= reached;
                    for (long bits = reached; bits != 0; bits &= bits - 1) dist[(first + Long.numberOfTrailingZeros(bits)) * n + v] = level;
                }
                long[] swap = frontier;
                frontier = next;
                next = swap;
            }
        }
        return new HopDistances(n, dist);
    }

    /** Per state v, the states u with v among their borders {@code adjacency[u]} (the search goes from u to v). */
    private static int[][] into(int[][] adjacency) {
        int n = adjacency.length;
        int[] count = new int[n];
        for (int[] out : adjacency) for (int v : out) count[v]++;
        int[][] from = new int[n][];
        for (int v = 0; v < n; v++) from[v] = new int[count[v]];
        Arrays.fill(count, 0);
        for (int u = 0; u < n; u++) for (int v : adjacency[u]) from[v][count[v]++] = u;
        return from;
    }

    /** Hops from i to j, 0 for i == j, {@link #UNREACHABLE} when not connected. */
    public int hops(int i, int j) { return dist[i * n + j]; }

    /** Row offset for fast loops: {@code hops(i, j) == raw()[row(i) + j]}. */
    public int row(int i) { return i * n; }

    public int[] raw() { return dist; }
}
