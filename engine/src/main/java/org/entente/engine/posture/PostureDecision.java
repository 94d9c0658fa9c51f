package org.entente.engine.posture;

import org.entente.engine.model.PostureKind;

/**
 * One state's posture this turn.
 *
 * @param target         index of the state balanced/soft-balanced against, bandwagoned with, passed the buck to,
 *                       omnibalance partner, or fought (-1 none)
 * @param coalition      C(i) as indices ({@link Coalition#NONE} unless computed)
 * @param coalitionPower CP = Σ power over C(i)
 * @param threatPower    power(P)
 * @param arms           internal balancing (military × (1 + armsGrowth) from next turn)
 */
public record PostureDecision(PostureKind kind, int target, Coalition coalition, double coalitionPower,
                              double threatPower, boolean arms, String rule) {
}
