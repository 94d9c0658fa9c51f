package org.entente.engine.bloc;

import java.util.Arrays;

/**
 * Sums of weights per unordered pair of states, an open-addressing table from the pair key
 * {@code min·n + max} to a double (no boxing: a large scenario adds tens of thousands of terms per turn).
 * Pairs are listed in order of first insertion, so everything built from them is deterministic.
 */
final class PairWeights {
    private final int n;
    private long[] keys;
    private double[] values;
    private int size;
    private long[] order;

    PairWeights(int n) {
        this.n = n;
        int cap = 64;
        keys = new long[cap];
        Arrays.fill(keys, -1L);
        values = new double[cap];
        order = new long[cap / 2];
    }

    void add(int a, int b, double w) {
        if (a == b || w == 0) return;
        long key = a < b ? (long) a * n + b : (long) b * n + a;
        int mask = keys.length - 1;
        int slot = (int) (mix(key) & mask);
        while (keys[slot] != -1L && keys[slot] != key) slot = (slot + 1) & mask;
        if (keys[slot] == -1L) {
            keys[slot] = key;
            values[slot] = w;
            if (size == order.length) order = Arrays.copyOf(order, size * 2);
            order[size++] = key;
            if (size * 2 > keys.length) grow();
        } else {
            values[slot] += w;
        }
    }

    double get(int a, int b) {
        long key = a < b ? (long) a * n + b : (long) b * n + a;
        int mask = keys.length - 1;
        int slot = (int) (mix(key) & mask);
        while (keys[slot] != -1L) {
            if (keys[slot] == key) return values[slot];
            slot = (slot + 1) & mask;
        }
        return 0;
    }

    int size() { return size; }

    /** The k-th pair in order of first insertion: its smaller and larger state. */
    int first(int k) { return (int) (order[k] / n); }

    int second(int k) { return (int) (order[k] % n); }

    double weight(int k) { return get(first(k), second(k)); }

    private void grow() {
        long[] oldKeys = keys;
        double[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, -1L);
        values = new double[keys.length];
        int mask = keys.length - 1;
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldKeys[s] == -1L) continue;
            int slot = (int) (mix(oldKeys[s]) & mask);
            while (keys[slot] != -1L) slot = (slot + 1) & mask;
            keys[slot] = oldKeys[s];
            values[slot] = oldValues[s];
        }
    }

    private static long mix(long x) {
        x *= 0x9E3779B97F4A7C15L;
        return x ^ (x >>> 29);
    }
}
