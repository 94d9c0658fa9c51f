package org.entente.engine.landscape;

/**
 * Options of {@link LandscapeAnalyzer#analyze}.
 *
 * @param topK                number of best configurations to report (≥ 1)
 * @param seed                seed of every random choice (basin sampling, heuristic restarts); same seed, same result
 * @param exactMaxActors      exact enumeration up to this many actors (1..30); larger problems use the heuristic
 * @param exactBasinMaxActors basins are counted exactly up to this many actors (memory: 4 bytes × 2^(n−1));
 *                            above it (but still exact enumeration) they are estimated from {@code basinSamples}
 *                            seeded steepest descents
 * @param basinSamples        number of sampled starts for estimated basins (≥ 1)
 * @param restarts            number of random starts of the heuristic (≥ 1)
 * @param maxLocalMinima      at most this many local minima are listed (the lowest-energy ones); the total is
 *                            always counted
 * @param maxTiedMinima       at most this many configurations tied at the global minimum are kept for
 *                            {@link LandscapeResult#globalMinimumSplits}
 */
public record LandscapeOptions(int topK, long seed, int exactMaxActors, int exactBasinMaxActors,
                               int basinSamples, int restarts, int maxLocalMinima, int maxTiedMinima) {

    /** Hard limit of exact enumeration (docs/landscape.md: exact for up to 30 actors). */
    public static final int EXACT_LIMIT = 30;

    public LandscapeOptions {
        if (topK < 1) {
            throw new IllegalArgumentException("topK must be >= 1");
        }
        if (exactMaxActors < 1 || exactMaxActors > EXACT_LIMIT) {
            throw new IllegalArgumentException("exactMaxActors must be in 1.." + EXACT_LIMIT);
        }
        if (exactBasinMaxActors < 1 || exactBasinMaxActors > EXACT_LIMIT) {
            throw new IllegalArgumentException("exactBasinMaxActors must be in 1.." + EXACT_LIMIT);
        }
        if (basinSamples < 1 || restarts < 1 || maxLocalMinima < 1 || maxTiedMinima < 1) {
            throw new IllegalArgumentException("basinSamples, restarts, maxLocalMinima and maxTiedMinima must be >= 1");
        }
    }

    /** topK 5, seed 0, exact up to 30 actors, exact basins up to 24, 100 000 basin samples, 1 000 restarts, 1 000 local minima, 64 tied minima. */
    public static LandscapeOptions defaults() {
        return new LandscapeOptions(5, 0L, EXACT_LIMIT, 24, 100_000, 1_000, 1_000, 64);
    }

    public LandscapeOptions withTopK(int k) {
        return new LandscapeOptions(k, seed, exactMaxActors, exactBasinMaxActors, basinSamples, restarts, maxLocalMinima, maxTiedMinima);
    }

    public LandscapeOptions withSeed(long s) {
        return new LandscapeOptions(topK, s, exactMaxActors, exactBasinMaxActors, basinSamples, restarts, maxLocalMinima, maxTiedMinima);
    }

    public LandscapeOptions withExactMaxActors(int m) {
        return new LandscapeOptions(topK, seed, m, exactBasinMaxActors, basinSamples, restarts, maxLocalMinima, maxTiedMinima);
    }

    public LandscapeOptions withExactBasinMaxActors(int m) {
        return new LandscapeOptions(topK, seed, exactMaxActors, m, basinSamples, restarts, maxLocalMinima, maxTiedMinima);
    }

    public LandscapeOptions withBasinSamples(int s) {
        return new LandscapeOptions(topK, seed, exactMaxActors, exactBasinMaxActors, s, restarts, maxLocalMinima, maxTiedMinima);
    }

    public LandscapeOptions withRestarts(int r) {
        return new LandscapeOptions(topK, seed, exactMaxActors, exactBasinMaxActors, basinSamples, r, maxLocalMinima, maxTiedMinima);
    }

    public LandscapeOptions withMaxLocalMinima(int m) {
        return new LandscapeOptions(topK, seed, exactMaxActors, exactBasinMaxActors, basinSamples, restarts, m, maxTiedMinima);
    }

    public LandscapeOptions withMaxTiedMinima(int m) {
        return new LandscapeOptions(topK, seed, exactMaxActors, exactBasinMaxActors, basinSamples, restarts, maxLocalMinima, m);
    }
}
