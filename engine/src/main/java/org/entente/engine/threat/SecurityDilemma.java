package org.entente.engine.threat;

import org.entente.engine.world.World;

/**
 * The security dilemma (Jervis 1978; docs/semantics.md §5b), at the end of every turn: arming is read as
 * intent. A state that armed by a factor {@code 1 + g} this turn (events and internal balancing together)
 * is perceived as closing the share {@code min(1, SHARE·g)} of the gap between its perceived intent and 1;
 * a state that did not arm relaxes the share {@link #RELAXATION} of the gap back toward its declared intent.
 * The perceived intent is the intent term of everyone's threat score from the next turn on.
 */
public final class SecurityDilemma {
    /**
     * Share of the gap to 1 closed per unit of relative arms growth: 1, so arming +5% closes 5% of the gap.
     * With the default weights this makes the intent signal of an arms increase about as large as its
     * capability signal (+5% military raises wP·rel by ≈ 0.3 × 0.05 / 3 ≈ 0.005; wI × 0.05 × (1 − 0.3) ≈ 0.007),
     * which is Jervis's point: the same weapons are read both as capability and as intent.
     */
    public static final double SHARE = 1.0;
    /**
     * Share of the excess over the declared intent forgotten per turn without arming: 0.25, a half-life of
     * about 2.4 turns. Perceptions lag behind behaviour (Jervis 1976, cognitive consistency), yet a state
     * that stops arming is seen as less hostile within a few years.
     */
    public static final double RELAXATION = 0.25;
    /** Closer than this to the declared intent, the perceived intent snaps back to it exactly. */
    static final double SNAP = 1e-4;

    private SecurityDilemma() {}

    /** Updates every living state's perceived intent from this turn's arming, then clears the arming record. */
    public static void update(World w) {
        for (int j = 0; j < w.n; j++) {
            double growth = w.armedThisTurn[j] - 1;
            w.armedThisTurn[j] = 1;
            if (!w.alive[j]) continue;
            w.intent[j] = next(w.intent[j], w.declaredIntent[j], growth);
        }
    }

    /** The perceived intent after a turn with relative arms growth {@code growth} (≤ 0: no arming). */
    public static double next(double intent, double declared, double growth) {
        if (growth > 0) {
            return intent < 1 ? intent + Math.min(1, SHARE * growth) * (1 - intent) : intent;
        }
        if (intent == declared) return intent;
        double relaxed = intent + RELAXATION * (declared - intent);
        return Math.abs(relaxed - declared) < SNAP ? declared : relaxed;
    }
}
