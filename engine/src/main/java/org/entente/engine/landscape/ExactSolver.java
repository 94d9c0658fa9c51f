package org.entente.engine.landscape;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Exact analysis by Gray-code enumeration of the 2^(n−1) configurations with actor 0 fixed on side A
 * (a split and its mirror image are the same configuration). Step k switches actor
 * {@code 1 + numberOfTrailingZeros(k)}; energy and all fields are updated in O(n).
 */
final class ExactSolver {

    private ExactSolver() {
    }

    static LandscapeResult solve(LandscapeProblem problem, LandscapeOptions options) {
        QuantizedLandscape land = new QuantizedLandscape(problem);
        int n = land.n;
        long[] q2 = land.q2;
        int total = 1 << (n - 1); // n ≤ 30: at most 2^29
        boolean exactBasins = n <= options.exactBasinMaxActors();

        long[] sigma = new long[n];
        java.util.Arrays.fill(sigma, 1L);
        long[] f = new long[n];
        land.fields(sigma, f);
        long energy = 0L; // everyone on side A

        TopConfigs best = new TopConfigs(Math.max(options.topK(), options.maxTiedMinima()));
        TopConfigs minima = new TopConfigs(options.maxLocalMinima());
        int[] succ = exactBasins ? new int[total] : null;
        long minEnergy = Long.MAX_VALUE;
        long minCount = 0;
        long localCount = 0;
        int g = 0;
        int allOthers = total - 1;

        for (int k = 0; k < total; k++) {
            int arg;
            if (k == 0) {
                arg = land.steepest(sigma, f);
            } else {
                // switch actor a, update every field and find the steepest switch in one pass
                int b = Integer.numberOfTrailingZeros(k);
                int a = b + 1;
                g ^= 1 << b;
                long sa = sigma[a];
                energy += sa * f[a];
                sigma[a] = -sa;
                long c = -sa; // f_j += -2 q_aj σ_a(old)
                int row = a * n;
                long min = 0;
                arg = -1;
                for (int j = 0; j < n; j++) {
                    long fj = f[j] + c * q2[row + j];
                    f[j] = fj;
                    long v = sigma[j] * fj;
                    if (v < min) {
                        min = v;
                        arg = j;
                    }
                }
            }
            best.offer(energy, g);
            if (energy < minEnergy) {
                minEnergy = energy;
                minCount = 1;
            } else if (energy == minEnergy) {
                minCount++;
            }
            if (arg < 0) {
                localCount++;
                minima.offer(energy, g);
            }
            if (succ != null) {
                succ[g] = arg < 0 ? g : arg == 0 ? g ^ allOthers : g ^ (1 << (arg - 1));
            }
        }

        long[][] bestSorted = best.sorted();
        long[][] minimaSorted = minima.sorted();
        Reporter rep = new Reporter(problem);

        List<Configuration> top = new ArrayList<>();
        List<Configuration> tied = new ArrayList<>();
        for (int i = 0; i < bestSorted.length; i++) {
            Configuration c = null;
            if (i < options.topK()) {
                c = rep.configuration(decode((int) bestSorted[i][1], n));
                top.add(c);
            }
            if (bestSorted[i][0] == minEnergy && tied.size() < options.maxTiedMinima()) {
                tied.add(c != null ? c : rep.configuration(decode((int) bestSorted[i][1], n)));
            }
        }

        long[] basin = new long[minimaSorted.length];
        long population;
        BasinMethod method;
        if (succ != null) {
            int[] counts = exactBasins(succ);
            for (int i = 0; i < minimaSorted.length; i++) {
                basin[i] = counts[~succ[(int) minimaSorted[i][1]]];
            }
            population = total;
            method = BasinMethod.EXACT;
        } else {
            Map<Integer, Long> hits = sampledBasins(land, options);
            for (int i = 0; i < minimaSorted.length; i++) {
                basin[i] = hits.getOrDefault((int) minimaSorted[i][1], 0L);
            }
            population = options.basinSamples();
            method = BasinMethod.SAMPLED;
        }
        List<LocalMinimum> locals = new ArrayList<>();
        for (int i = 0; i < minimaSorted.length; i++) {
            Configuration c = rep.configuration(decode((int) minimaSorted[i][1], n));
            locals.add(new LocalMinimum(c, basin[i], (double) basin[i] / population));
        }

        Configuration global = top.get(0);
        return new LandscapeResult(problem.actors(), true, global, minCount, tied,
                rep.standings(global), top, locals, localCount, method, population, total, options.seed());
    }

    /** Configuration with Gray index g as "on side B" flags. */
    static boolean[] decode(int g, int n) {
        boolean[] onB = new boolean[n];
        for (int i = 1; i < n; i++) {
            onB[i] = ((g >>> (i - 1)) & 1) != 0;
        }
        return onB;
    }

    /**
     * Resolves the steepest-descent successor array in place: afterwards {@code succ[x] = ~id} of the
     * local minimum x drains into. Returns the basin size per id. Terminates because every successor
     * has strictly lower (integer) energy.
     */
    static int[] exactBasins(int[] succ) {
        int ids = 0;
        for (int x = 0; x < succ.length; x++) {
            if (succ[x] == x) {
                succ[x] = ~ids++;
            }
        }
        int[] path = new int[64];
        for (int x = 0; x < succ.length; x++) {
            if (succ[x] < 0) {
                continue;
            }
            int len = 0;
            int y = x;
            while (succ[y] >= 0) {
                if (len == path.length) {
                    path = java.util.Arrays.copyOf(path, len * 2);
                }
                path[len++] = y;
                y = succ[y];
            }
            int root = succ[y];
            for (int i = 0; i < len; i++) {
                succ[path[i]] = root;
            }
        }
        int[] counts = new int[ids];
        for (int v : succ) {
            counts[~v]++;
        }
        return counts;
    }

    /**
     * Basin estimate: {@code basinSamples} starts drawn uniformly (SplittableRandom(seed)), each run
     * down by steepest descent; returns hits per Gray index of the local minimum reached.
     */
    static Map<Integer, Long> sampledBasins(QuantizedLandscape land, LandscapeOptions options) {
        int n = land.n;
        SplittableRandom rnd = new SplittableRandom(options.seed());
        long[] sigma = new long[n];
        long[] f = new long[n];
        Map<Integer, Long> hits = new HashMap<>();
        for (int s = 0; s < options.basinSamples(); s++) {
            for (int i = 0; i < n; i++) {
                sigma[i] = rnd.nextBoolean() ? 1L : -1L;
            }
            land.fields(sigma, f);
            land.descend(sigma, f);
            int g = 0;
            for (int i = 1; i < n; i++) {
                if (sigma[i] != sigma[0]) {
                    g |= 1 << (i - 1);
                }
            }
            hits.merge(g, 1L, Long::sum);
        }
        return hits;
    }
}
