package org.entente.engine.landscape;

/**
 * One actor at the global minimum.
 *
 * @param frustration {@code F_i = Σ_j s_j p_ij d_ij}: the affinity actor i has towards the actors on
 *                    the other side (positive: it would rather be with them)
 */
public record ActorStanding(String actor, Side side, double size, double frustration) {
}
