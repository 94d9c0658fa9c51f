package org.entente.engine.bloc;

import java.util.Arrays;

/**
 * Sums of weights per unordered pair of states, an open-addressing table from the pair key
 * {@code min·n + max} to the pair's index in order of first insertion (no boxing: a large scenario adds
 * tens of thousands of terms per turn). Pairs are listed in order of first insertion, so everything
 * built from them is deterministic.
 */
final class PairWeights {
    private final int n;
    /** Slot → pair index + 1 (0: empty). */
    private int[] table;
    private long[] keys;
    /** Per pair, its smaller and larger state (the key's quotient and remainder, kept: a long division per read was a twentieth of the graph's build). */
    private int[] firsts, seconds;
    private double[] values;
    /** Per pair, its war opposition once {@link #includeOpposition} was called (0 before), so the graph need not count it again. */
    private double[] opposed;
    private int size;
    /** Once set, a pair seen for the first time starts from its war opposition (see {@link #includeOpposition}). */
    private WarOpposition seed;

    PairWeights(int n) { this(n, 32); }

    /** @param expected pairs expected: the table starts that large (it only answers lookups; the pairs' order is insertion's) */
    PairWeights(int n, int expected) {
        this.n = n;
        int capacity = Integer.highestOneBit(Math.max(32, expected) - 1) << 1;
        table = new int[2 * capacity];
        keys = new long[capacity];
        firsts = new int[capacity];
        seconds = new int[capacity];
        values = new double[capacity];
        opposed = new double[capacity];
    }

    void add(int a, int b, double w) {
        if (a == b || w == 0) return;
        long key = a < b ? (long) a * n + b : (long) b * n + a;
        int mask = table.length - 1;
        int slot = (int) (mix(key) & mask);
        for (int e; (e = table[slot]) != 0; slot = (slot + 1) & mask) {
            if (keys[e - 1] == key) { values[e - 1] += w; return; }
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            firsts = Arrays.copyOf(firsts, size * 2);
            seconds = Arrays.copyOf(seconds, size * 2);
            values = Arrays.copyOf(values, size * 2);
            opposed = Arrays.copyOf(opposed, size * 2);
        }
        keys[size] = key;
        firsts[size] = Math.min(a, b);
        seconds[size] = Math.max(a, b);
        // the opposition first, as if its pairs had been added before: its sum is exact (multiples of 4)
        double o = seed == null ? 0 : seed.weight(a, b);
        opposed[size] = o;
        values[size] = seed == null ? w : o + w;
        table[slot] = ++size;
        if (size * 2 > table.length) grow();
    }

    /**
     * Adds the war opposition to every pair listed so far and starts every later pair from it, so that each
     * pair's sum is, bit for bit, what adding its opposed-war-sides terms first would give: the terms listed
     * so far (co-belligerents) and the opposition are small multiples of ½, whose sums are exact in any order.
     */
    void includeOpposition(WarOpposition opposition) {
        if (opposition.isEmpty()) return;
        for (int k = 0; k < size; k++) {
            double o = opposition.weight(first(k), second(k));
            opposed[k] = o;
            if (o != 0) values[k] += o;
        }
        seed = opposition;
    }

    double get(int a, int b) {
        long key = a < b ? (long) a * n + b : (long) b * n + a;
        int mask = table.length - 1;
        for (int slot = (int) (mix(key) & mask), e; (e = table[slot]) != 0; slot = (slot + 1) & mask) {
            if (keys[e - 1] == key) return values[e - 1];
        }
        return 0;
    }

    int size() { return size; }

    /** The k-th pair in order of first insertion: its smaller and larger state. */
    int first(int k) { return firsts[k]; }

    int second(int k) { return seconds[k]; }

    double weight(int k) { return values[k]; }

    /** The war opposition in the k-th pair's weight ({@link WarOpposition#weight}; 0 without {@link #includeOpposition}). */
    double opposition(int k) { return opposed[k]; }

    private void grow() {
        table = new int[table.length * 2];
        int mask = table.length - 1;
        for (int k = 0; k < size; k++) {
            int slot = (int) (mix(keys[k]) & mask);
            while (table[slot] != 0) slot = (slot + 1) & mask;
            table[slot] = k + 1;
        }
    }

    private static long mix(long x) {
        x *= 0x9E3779B97F4A7C15L;
        return x ^ (x >>> 29);
    }
}
