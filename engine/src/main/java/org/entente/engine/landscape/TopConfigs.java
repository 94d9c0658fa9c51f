package org.entente.engine.landscape;

import java.util.Arrays;

/**
 * Bounded collection of the best (lowest quantized energy) configurations of an exact enumeration,
 * each identified by its Gray index {@code g} (bit b set: actor b+1 on side B; actor 0 always on A).
 * Allocation-free on the hot path: a binary max-heap (worst at the root) over parallel arrays.
 *
 * <p>Tie order: between equal energies, the configuration whose lowest differing bit is 0 (the first
 * actor, in declaration order, whose side differs is on side A) comes first.
 */
final class TopConfigs {

    private final int cap;
    private final long[] e;
    private final int[] g;
    private int size;

    TopConfigs(int cap) {
        this.cap = cap;
        this.e = new long[cap];
        this.g = new int[cap];
    }

    /** True when (e1, g1) comes strictly before (e2, g2). */
    static boolean before(long e1, int g1, long e2, int g2) {
        return e1 < e2 || (e1 == e2 && Integer.compareUnsigned(Integer.reverse(g1), Integer.reverse(g2)) < 0);
    }

    void offer(long energy, int code) {
        if (size < cap) {
            int i = size++;
            e[i] = energy;
            g[i] = code;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (before(e[parent], g[parent], e[i], g[i])) {
                    swap(i, parent);
                    i = parent;
                } else {
                    break;
                }
            }
        } else if (before(energy, code, e[0], g[0])) {
            e[0] = energy;
            g[0] = code;
            int i = 0;
            while (true) {
                int l = 2 * i + 1;
                int r = l + 1;
                int worst = i;
                if (l < size && before(e[worst], g[worst], e[l], g[l])) {
                    worst = l;
                }
                if (r < size && before(e[worst], g[worst], e[r], g[r])) {
                    worst = r;
                }
                if (worst == i) {
                    break;
                }
                swap(i, worst);
                i = worst;
            }
        }
    }

    private void swap(int a, int b) {
        long te = e[a];
        e[a] = e[b];
        e[b] = te;
        int tg = g[a];
        g[a] = g[b];
        g[b] = tg;
    }

    int size() {
        return size;
    }

    /** Entries in order, best first: {@code result[k] = {energy, code}}. */
    long[][] sorted() {
        long[][] out = new long[size][];
        for (int i = 0; i < size; i++) {
            out[i] = new long[] {e[i], g[i]};
        }
        Arrays.sort(out, (x, y) -> {
            if (x[0] != y[0]) {
                return Long.compare(x[0], y[0]);
            }
            return Integer.compareUnsigned(Integer.reverse((int) x[1]), Integer.reverse((int) y[1]));
        });
        return out;
    }
}
