package org.entente.engine.landscape;

/** How basin sizes of {@link LocalMinimum}s were obtained. */
public enum BasinMethod {
    /** Every configuration was followed down by steepest descent; counts are exact. */
    EXACT,
    /**
     * Counts are the number of seeded random starts whose steepest descent ended at the minimum
     * (an estimate of the basin's share; used above {@code exactBasinMaxActors} and by the heuristic).
     */
    SAMPLED
}
