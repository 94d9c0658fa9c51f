package org.entente.engine.decision;

import java.util.List;

/**
 * The utility of joining one side of a war: its terms in a fixed order and their sum.
 *
 * @param side    +1 the initiator's side, -1 the other side
 * @param enemies     the states the entrant would declare war on (indices)
 * @param obligations how many treaties oblige the state to join this side
 * @param features    the raw quantities the weights multiply, indexed by the constants below, so that
 *                    U = β0·(1 − k) + Σ logit r + βT·threat + βB·bandwagon + βC·coBelligerence − βX·exposure
 *                        + βG·contagion + fixed
 */
public record Utility(int side, List<Term> terms, double total, List<Integer> enemies, int obligations, double[] features) {
    /**
     * k, Σ logit r, max(0, ΔT), weak·near·max(0, p − 0.5), [fights opp], exposure·(1 − p), −restraint + chain-ganging,
     * great(z)·(great powers at war in W), (1 − doctrine)·[the buck can be passed].
     */
    public static final int OBLIGATIONS = 0, RELIABILITY_LOGITS = 1, THREAT = 2, BANDWAGON = 3, CO_BELLIGERENCE = 4,
            EXPOSURE = 5, FIXED = 6, CONTAGION = 7, BUCK_PASSING = 8, FEATURES = 9;

    public Utility { terms = List.copyOf(terms); enemies = List.copyOf(enemies); }
}
