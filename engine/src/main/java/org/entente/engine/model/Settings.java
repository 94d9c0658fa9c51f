package org.entente.engine.model;

import org.entente.engine.decision.DecisionWeights;

/**
 * Every tunable with its default (docs/semantics.md, "Defaults"). Percentages are fractions (0.10 = 10%).
 *
 * @param poleShare a bloc is a pole when it holds a great power and its combined power share is at
 *                  least this fraction (default 0: every bloc holding a great power is a pole)
 * @param decision  the decision rule's weights (docs/semantics.md §6a); a run's own weights, if any, replace them
 */
public record Settings(double powerWeight, double proximityWeight, double offensiveWeight, double intentWeight,
                       double threatFloor, double greatPower, double armsGrowth, int lapseAfter, double poleShare,
                       DecisionWeights decision) {

    private static final Settings DEFAULTS = new Settings(0.3, 0.3, 0.2, 0.2, 0.4, 0.10, 0.05, 2, 0.0);

    public Settings {
        if (decision == null) decision = DecisionWeights.defaults();
    }

    /** With the default decision weights. */
    public Settings(double powerWeight, double proximityWeight, double offensiveWeight, double intentWeight,
                    double threatFloor, double greatPower, double armsGrowth, int lapseAfter, double poleShare) {
        this(powerWeight, proximityWeight, offensiveWeight, intentWeight, threatFloor, greatPower, armsGrowth, lapseAfter, poleShare,
                DecisionWeights.defaults());
    }

    public static Settings defaults() { return DEFAULTS; }

    public Settings withWeights(double power, double proximity, double offensive, double intent) {
        return new Settings(power, proximity, offensive, intent, threatFloor, greatPower, armsGrowth, lapseAfter, poleShare, decision);
    }
    public Settings withPowerWeight(double w) { return withWeights(w, proximityWeight, offensiveWeight, intentWeight); }
    public Settings withProximityWeight(double w) { return withWeights(powerWeight, w, offensiveWeight, intentWeight); }
    public Settings withOffensiveWeight(double w) { return withWeights(powerWeight, proximityWeight, w, intentWeight); }
    public Settings withIntentWeight(double w) { return withWeights(powerWeight, proximityWeight, offensiveWeight, w); }
    public Settings withThreatFloor(double v) {
        return new Settings(powerWeight, proximityWeight, offensiveWeight, intentWeight, v, greatPower, armsGrowth, lapseAfter, poleShare, decision);
    }
    public Settings withGreatPower(double v) {
        return new Settings(powerWeight, proximityWeight, offensiveWeight, intentWeight, threatFloor, v, armsGrowth, lapseAfter, poleShare, decision);
    }
    public Settings withArmsGrowth(double v) {
        return new Settings(powerWeight, proximityWeight, offensiveWeight, intentWeight, threatFloor, greatPower, v, lapseAfter, poleShare, decision);
    }
    public Settings withLapseAfter(int v) {
        return new Settings(powerWeight, proximityWeight, offensiveWeight, intentWeight, threatFloor, greatPower, armsGrowth, v, poleShare, decision);
    }
    public Settings withPoleShare(double v) {
        return new Settings(powerWeight, proximityWeight, offensiveWeight, intentWeight, threatFloor, greatPower, armsGrowth, lapseAfter, v, decision);
    }
    public Settings withDecision(DecisionWeights v) {
        return new Settings(powerWeight, proximityWeight, offensiveWeight, intentWeight, threatFloor, greatPower, armsGrowth, lapseAfter, poleShare, v);
    }
}
