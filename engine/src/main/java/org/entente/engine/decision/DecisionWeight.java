package org.entente.engine.decision;

import java.util.function.ToDoubleFunction;

/**
 * One weight of the decision rule as a scenario's {@code settings { decision ... }} entry names it, with the sign
 * the theory gives it (docs/semantics.md §6a, "Fit"): the fit holds the same signs, and the validator warns
 * when a file states the other one (a scholar may test it, so it is not an error).
 */
public enum DecisionWeight {
    BASE_RATE("baseRate", "β0", -1, DecisionWeights::base),
    THREAT_BALANCING("threatBalancing", "βT", 1, DecisionWeights::threat),
    BANDWAGONING("bandwagoning", "βB", 1, DecisionWeights::bandwagon),
    CO_BELLIGERENCE("coBelligerence", "βC", 1, DecisionWeights::coBelligerence),
    EXPOSURE("exposure", "βX", 1, DecisionWeights::exposure),
    CONTAGION("contagion", "βG", 1, DecisionWeights::contagion),
    BUCK_PASSING("buckPassing", "βBP", 1, DecisionWeights::buckPassing),
    CHAIN_GANGING("chainGanging", "βCG", 1, DecisionWeights::chainGanging);

    /**
     * Largest magnitude of a weight: a logit term of 50 multiplies the odds by e^50 (about 5·10^21), already
     * deciding every choice it appears in; beyond it a weight only hides the other terms.
     */
    public static final double MAX_MAGNITUDE = 50;

    private final String keyword;
    private final String symbol;
    private final int theorySign;
    private final ToDoubleFunction<DecisionWeights> value;

    DecisionWeight(String keyword, String symbol, int theorySign, ToDoubleFunction<DecisionWeights> value) {
        this.keyword = keyword;
        this.symbol = symbol;
        this.theorySign = theorySign;
        this.value = value;
    }

    /** The weight a settings entry's word names ({@code threatBalancing}), or null for a word that names none. */
    public static DecisionWeight ofKeyword(String keyword) {
        for (DecisionWeight w : values()) if (w.keyword.equals(keyword)) return w;
        return null;
    }

    /** The word of the settings entry ({@code threatBalancing}). */
    public String keyword() { return keyword; }

    /** The weight's symbol in docs/semantics.md §6a ({@code βT}). */
    public String symbol() { return symbol; }

    public double of(DecisionWeights w) { return value.applyAsDouble(w); }

    /** A copy of {@code w} with this weight set to {@code v}. */
    public DecisionWeights in(DecisionWeights w, double v) {
        return switch (this) {
            case BASE_RATE -> w.withBase(v);
            case THREAT_BALANCING -> w.withThreat(v);
            case BANDWAGONING -> w.withBandwagon(v);
            case CO_BELLIGERENCE -> w.withCoBelligerence(v);
            case EXPOSURE -> w.withExposure(v);
            case CONTAGION -> w.withContagion(v);
            case BUCK_PASSING -> w.withBuckPassing(v);
            case CHAIN_GANGING -> w.withChainGanging(v);
        };
    }

    /**
     * Whether the value has the theory's sign: every term but the base rate names the direction of its effect, so its
     * weight is at least 0 (the fit's constraint); the base rate is below 0 (joining a war unprompted is rare:
     * a base rate of 0 or more makes every politically relevant state at least as likely to join as to stay out).
     */
    public boolean agreesWithTheory(double v) { return theorySign > 0 ? v >= 0 : v < 0; }

    /** What the theory says of this weight's sign, for a message. */
    public String theory() {
        return switch (this) {
            case BASE_RATE -> "the base rate is below 0: joining a war with nothing pulling toward it is rare (logit 0.02 = -3.89)";
            case THREAT_BALANCING -> "states balance against the more threatening side (Walt 1987), so the weight is at least 0";
            case BANDWAGONING -> "weak states join a likely winner next door (Walt 1987), so the weight is at least 0";
            case CO_BELLIGERENCE -> "a state already fighting a member of the other side joins against it, so the weight is at least 0";
            case EXPOSURE -> "fighting a strong neighbour is costly, so the weight (subtracted) is at least 0";
            case CONTAGION -> "great powers join wars other great powers fight (Yamamoto & Bremer 1980), so the weight is at least 0";
            case BUCK_PASSING -> "under defense dominance a great power passes the buck (Mearsheimer 2001), so the weight (subtracted) is at least 0";
            case CHAIN_GANGING -> "under offense dominance allies chain-gang (Christensen & Snyder 1990), so the weight is at least 0";
        };
    }
}
