package org.entente.engine.posture;

import java.util.List;
import org.entente.engine.model.PostureKind;

/**
 * One state's posture this turn.
 *
 * @param target         index of the state balanced/soft-balanced against, bandwagoned with, passed the buck to,
 *                       omnibalance partner, or fought (-1 none)
 * @param coalition      C(i) as indices (empty unless computed)
 * @param coalitionPower CP = Σ power over C(i)
 * @param threatPower    power(P)
 * @param arms           internal balancing (military × (1 + armsGrowth) from next turn)
 */
public record PostureDecision(PostureKind kind, int target, List<Integer> coalition, double coalitionPower,
                              double threatPower, boolean arms, String rule) {
}
