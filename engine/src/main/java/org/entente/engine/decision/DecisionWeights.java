package org.entente.engine.decision;

/**
 * Weights of the decision rule (docs/semantics.md §6). The defaults are the priors of the design:
 * base rate β0 = logit(0.02), threat balancing βT 4, bandwagoning βB 3, co-belligerence βC 5,
 * exposure βX 2, doctrine βD 2.
 */
public record DecisionWeights(double base, double threat, double bandwagon, double coBelligerence, double exposure,
                              double doctrine) {
    /** logit(0.02): about 2% of politically relevant states join a given war in a given year unprompted. */
    public static final double PRIOR_BASE = Math.log(0.02 / 0.98);

    private static final DecisionWeights DEFAULTS = new DecisionWeights(PRIOR_BASE, 4, 3, 5, 2, 2);

    public static DecisionWeights defaults() { return DEFAULTS; }

    public DecisionWeights withBase(double v) { return new DecisionWeights(v, threat, bandwagon, coBelligerence, exposure, doctrine); }
    public DecisionWeights withThreat(double v) { return new DecisionWeights(base, v, bandwagon, coBelligerence, exposure, doctrine); }
    public DecisionWeights withBandwagon(double v) { return new DecisionWeights(base, threat, v, coBelligerence, exposure, doctrine); }
    public DecisionWeights withCoBelligerence(double v) { return new DecisionWeights(base, threat, bandwagon, v, exposure, doctrine); }
    public DecisionWeights withExposure(double v) { return new DecisionWeights(base, threat, bandwagon, coBelligerence, v, doctrine); }
    public DecisionWeights withDoctrine(double v) { return new DecisionWeights(base, threat, bandwagon, coBelligerence, exposure, v); }
}
