package org.entente.engine.landscape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Heuristic for landscapes too large to enumerate: {@code restarts} starts drawn uniformly with
 * {@code SplittableRandom(seed)}, each run down by the same deterministic steepest-descent rule as
 * the exact analysis. Every end point is a true local minimum; the best one found is reported as the
 * global minimum (not guaranteed), and hit counts estimate basin shares. Same seed, same result.
 */
final class HeuristicSolver {

    private HeuristicSolver() {
    }

    /** A distinct local minimum found: side-B flags packed in words (actor 0 on A), quantized energy, hits. */
    private static final class Found {
        final long[] words;
        final long energy;
        long hits;

        Found(long[] words, long energy) {
            this.words = words;
            this.energy = energy;
        }
    }

    private record Key(long[] words) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(words, k.words);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(words);
        }
    }

    /** Energy first; ties: the first differing actor (lowest bit) on side A comes first. */
    static final Comparator<Found> ORDER = (x, y) -> {
        if (x.energy != y.energy) {
            return Long.compare(x.energy, y.energy);
        }
        for (int w = 0; w < x.words.length; w++) {
            long diff = x.words[w] ^ y.words[w];
            if (diff != 0) {
                long low = diff & -diff;
                return (x.words[w] & low) == 0 ? -1 : 1;
            }
        }
        return 0;
    };

    static LandscapeResult solve(LandscapeProblem problem, LandscapeOptions options) {
        QuantizedLandscape land = new QuantizedLandscape(problem);
        int n = land.n;
        int nw = (n + 63) >>> 6;
        SplittableRandom rnd = new SplittableRandom(options.seed());
        long[] sigma = new long[n];
        long[] f = new long[n];
        Map<Key, Found> found = new HashMap<>();
        for (int r = 0; r < options.restarts(); r++) {
            for (int i = 0; i < n; i++) {
                sigma[i] = rnd.nextBoolean() ? 1L : -1L;
            }
            land.fields(sigma, f);
            land.descend(sigma, f);
            long[] words = new long[nw];
            for (int i = 1; i < n; i++) {
                if (sigma[i] != sigma[0]) {
                    words[i >>> 6] |= 1L << (i & 63);
                }
            }
            Key key = new Key(words);
            Found fd = found.get(key);
            if (fd == null) {
                fd = new Found(words, land.energy(sigma));
                found.put(key, fd);
            }
            fd.hits++;
        }
        List<Found> sorted = new ArrayList<>(found.values());
        sorted.sort(ORDER);

        Reporter rep = new Reporter(problem);
        long minEnergy = sorted.get(0).energy;
        long minCount = sorted.stream().filter(x -> x.energy == minEnergy).count();
        List<Configuration> top = new ArrayList<>();
        List<Configuration> tied = new ArrayList<>();
        List<LocalMinimum> locals = new ArrayList<>();
        for (int i = 0; i < sorted.size() && i < Math.max(options.maxLocalMinima(), Math.max(options.topK(), options.maxTiedMinima())); i++) {
            Found fd = sorted.get(i);
            Configuration c = rep.configuration(decode(fd.words, n));
            if (i < options.topK()) {
                top.add(c);
            }
            if (fd.energy == minEnergy && tied.size() < options.maxTiedMinima()) {
                tied.add(c);
            }
            if (i < options.maxLocalMinima()) {
                locals.add(new LocalMinimum(c, fd.hits, (double) fd.hits / options.restarts()));
            }
        }
        Configuration global = top.get(0);
        return new LandscapeResult(problem.actors(), false, global, minCount, tied, rep.standings(global),
                top, locals, sorted.size(), BasinMethod.SAMPLED, options.restarts(), options.restarts(),
                options.seed());
    }

    private static boolean[] decode(long[] words, int n) {
        boolean[] onB = new boolean[n];
        for (int i = 0; i < n; i++) {
            onB[i] = (words[i >>> 6] & (1L << (i & 63))) != 0;
        }
        return onB;
    }
}
