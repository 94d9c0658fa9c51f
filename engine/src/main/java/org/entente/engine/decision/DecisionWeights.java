package org.entente.engine.decision;

/**
 * Weights of the decision rule (docs/semantics.md §6a). The defaults are the fit of {@code entente history --fit}
 * on the training wars under the theory's signs (docs/semantics.md §6a, "Fit"); {@link #priors()} are the
 * design's priors the fit starts from and is centred on: base rate β0 = logit(0.02), threat balancing βT 4,
 * bandwagoning βB 3, co-belligerence βC 5, exposure βX 2, buck-passing βBP 2, chain-ganging βCG 2, great-power
 * contagion βG 0.
 *
 * <p>The doctrine terms have a weight each (docs/semantics.md §6a, "Doctrine"): buck-passing is in the training
 * data (great powers with defensive doctrine that could pass the buck) and is fitted; chain-ganging needs an
 * offensive doctrine, which no training war has, so it keeps its prior.
 */
public record DecisionWeights(double base, double threat, double bandwagon, double coBelligerence, double exposure,
                              double buckPassing, double chainGanging, double contagion) {
    /** logit(0.02): about 2% of politically relevant states join a given war in a given year unprompted. */
    public static final double PRIOR_BASE = Math.log(0.02 / 0.98);

    private static final DecisionWeights PRIORS = new DecisionWeights(PRIOR_BASE, 4, 3, 5, 2, 2, 2, 0);

    /**
     * The sign-constrained fit on the 27 training wars, each COW war replayed as one war (docs/semantics.md §6a, "Fit";
     * {@code entente history --fit} reproduces it): bandwagoning and buck-passing come out at their bound 0;
     * co-belligerence stays at its prior 5 (no training decision has a state already fighting the other side);
     * βCG is not fitted (no training war identifies chain-ganging) and keeps its prior 2.
     */
    private static final DecisionWeights DEFAULTS = new DecisionWeights(-3.080, 3.886, 0, 5.000, 0.981, 0, 2, 0.406);

    public static DecisionWeights defaults() { return DEFAULTS; }

    /** The design's priors (docs/semantics.md §6a): the start and the centre of the fit. */
    public static DecisionWeights priors() { return PRIORS; }

    public DecisionWeights withBase(double v) { return new DecisionWeights(v, threat, bandwagon, coBelligerence, exposure, buckPassing, chainGanging, contagion); }
    public DecisionWeights withThreat(double v) { return new DecisionWeights(base, v, bandwagon, coBelligerence, exposure, buckPassing, chainGanging, contagion); }
    public DecisionWeights withBandwagon(double v) { return new DecisionWeights(base, threat, v, coBelligerence, exposure, buckPassing, chainGanging, contagion); }
    public DecisionWeights withCoBelligerence(double v) { return new DecisionWeights(base, threat, bandwagon, v, exposure, buckPassing, chainGanging, contagion); }
    public DecisionWeights withExposure(double v) { return new DecisionWeights(base, threat, bandwagon, coBelligerence, v, buckPassing, chainGanging, contagion); }
    public DecisionWeights withBuckPassing(double v) { return new DecisionWeights(base, threat, bandwagon, coBelligerence, exposure, v, chainGanging, contagion); }
    public DecisionWeights withChainGanging(double v) { return new DecisionWeights(base, threat, bandwagon, coBelligerence, exposure, buckPassing, v, contagion); }
    public DecisionWeights withContagion(double v) { return new DecisionWeights(base, threat, bandwagon, coBelligerence, exposure, buckPassing, chainGanging, v); }
}
