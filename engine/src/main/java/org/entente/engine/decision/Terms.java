package org.entente.engine.decision;

/**
 * The terms of the decision rule, each a small function of numbers (docs/semantics.md §6). Positive
 * values favour joining the side; the callers subtract restraint, exposure and buck-passing.
 */
public final class Terms {
    private Terms() {}

    public static double logit(double p) {
        double q = Math.min(Math.max(p, 1e-6), 1 - 1e-6);
        return Math.log(q / (1 - q));
    }

    /** ρ(t): an obligation of reliability r (as a logit) lifts U from β0 to that logit, so alone it gives P ≈ r. */
    public static double obligation(double reliabilityLogit, double base) { return reliabilityLogit - base; }

    /** The logit of a clause's reliability: the prior or override, plus the named-adversary and power-shift shifts. */
    public static double reliabilityLogit(double reliability, boolean namedAdversary, boolean powerShift) {
        return logit(reliability) + (namedAdversary ? Reliability.NAMED_ADVERSARY_LOGIT : 0)
                + (powerShift ? Reliability.POWER_SHIFT_LOGIT : 0);
    }

    /** βT · max(0, T(opposite side) − T(own side)): balance against the more threatening side (Walt 1987). */
    public static double threatBalancing(double betaT, double threatOfOpposite, double threatOfSide) {
        return betaT * Math.max(0, threatOfOpposite - threatOfSide);
    }

    /** βB · weak · near · max(0, p_S − 0.5): a weak state next to the likely winner joins it (Walt 1987). */
    public static double bandwagoning(double betaB, boolean weak, double near, double winShare) {
        return weak ? betaB * near * Math.max(0, winShare - 0.5) : 0;
    }

    /** βC when the state already fights a member of the opposite side in another war. */
    public static double coBelligerence(double betaC, boolean fightsOpposite) { return fightsOpposite ? betaC : 0; }

    /**
     * The cost of breaking a restraint clause kept with probability p: −ln(1 − p), so that the clause
     * multiplies the odds of fighting its partner by (1 − p) (it prevents a fight with probability p).
     */
    public static double restraint(double kept) { return -Math.log(1 - Math.min(kept, 1 - 1e-6)); }

    /** βX · exposure · (1 − p_S): the cost of fighting a strong neighbour, smaller when the side will likely win. */
    public static double exposure(double betaX, double exposure, double winShare) { return betaX * exposure * (1 - winShare); }

    /**
     * βG · (great powers at war in W) for a great power: a major power's entry into an ongoing war is likelier the more
     * major powers already fight in it (Yamamoto & Bremer 1980, "Wider wars and restless nights").
     */
    public static double contagion(double betaG, boolean great, int greatPowersAtWar) { return great ? betaG * greatPowersAtWar : 0; }

    /** βCG · doctrine when an ally fights on the side: offense dominance makes allies chain-gang (Christensen & Snyder 1990). */
    public static double chainGanging(double betaCG, double doctrine, boolean allyOnSide) { return allyOnSide ? betaCG * doctrine : 0; }

    /** βBP · (1 − doctrine) when another great power borders the threat and the state does not: it passes the buck (Mearsheimer 2001). */
    public static double buckPassing(double betaBP, double doctrine, boolean canPass) { return canPass ? betaBP * (1 - doctrine) : 0; }

    /**
     * The deterministic choice, the most likely of the three options: the side with the larger U (equal: the
     * initiator's side) when it is at least as likely as staying out (P(S) ≥ P(out), i.e. U_S ≥ 0), else out (0).
     * Also the mode of the sampled draws (docs/semantics.md §6a).
     */
    public static int mostLikely(double uI, double uR) {
        int best = uI >= uR ? 1 : -1;
        return Math.max(uI, uR) >= 0 ? best : 0;
    }

    /** {P(out), P(I), P(R)} = {1, e^U_I, e^U_R} / (1 + e^U_I + e^U_R), computed without overflow. */
    public static double[] probabilities(double uI, double uR) {
        double m = Math.max(0, Math.max(uI, uR));
        double out = Math.exp(-m), i = Math.exp(uI - m), r = Math.exp(uR - m);
        double total = out + i + r;
        return new double[] {out / total, i / total, r / total};
    }
}
