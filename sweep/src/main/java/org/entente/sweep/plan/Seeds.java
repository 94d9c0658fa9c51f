package org.entente.sweep.plan;

/**
 * The seeds of a sweep, each from (plan seed, point, sample) alone, so that a run draws the same numbers
 * whichever worker, partition or order runs it (docs/sweep.md, "Same seed, same results").
 * SplitMix64's finaliser (Steele, Lea and Flood 2014, the one {@link java.util.SplittableRandom} uses)
 * mixes each part in.
 */
public final class Seeds {
    private static final long GAMMA = 0x9e3779b97f4a7c15L;

    private Seeds() {}

    /** The seed of sample {@code sample} at point {@code point}. */
    public static long run(long planSeed, int point, int sample) {
        return mix(mix(mix(planSeed) + GAMMA * (point + 1L)) + GAMMA * (sample + 1L));
    }

    /** The seed of the draws of the distribution parameters of point {@code point}. */
    public static long draws(long planSeed, int point) {
        return mix(mix(mix(planSeed) ^ 0x5eed_d7a3_5eed_d7a3L) + GAMMA * (point + 1L));
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
