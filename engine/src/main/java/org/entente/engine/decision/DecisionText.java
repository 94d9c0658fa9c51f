package org.entente.engine.decision;

import org.entente.engine.trace.Fmt;

/** The words of a decision to stay out, shared by the trace (an abandoned ally) and {@code --explain} (every abstention). */
public final class DecisionText {
    private DecisionText() {}

    /**
     * "Russia stays out of war #1: staying out 0 beats Serbia's side: threat balancing +1.83, base rate -3.12
     * (U -1.15, P 0.24)": the terms of the side {@code side} (+1 the initiator's, -1 the other) it did not join.
     */
    public static String stayingOut(String state, int war, Decision d, int side) {
        Utility u = d.side(side);
        return state + " stays out of war #" + war + ": staying out 0 beats " + d.optionName(side) + ": "
                + JoinDecider.describe(u.terms()) + " (U " + Fmt.f2(u.total()) + ", P " + Fmt.f2(d.probability(side)) + ")";
    }
}
