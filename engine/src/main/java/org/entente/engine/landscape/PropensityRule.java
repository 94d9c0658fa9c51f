package org.entente.engine.landscape;

/**
 * The default propensity rule (docs/landscape.md, "Input"): the propensity of one
 * actor to side with another is the sum of
 * <ul>
 *   <li>same ideology +1,</li>
 *   <li>opposed ideologies −1,</li>
 *   <li>a dispute between them −1,</li>
 *   <li>a rivalry between them −1,</li>
 *   <li>a treaty in force between them +1.</li>
 * </ul>
 * An explicit {@code propensity} declaration replaces the derived value; that choice is the
 * integration's job, this class only computes the sum.
 */
public final class PropensityRule {

    public static final double SAME_IDEOLOGY = 1.0;
    public static final double OPPOSED_IDEOLOGY = -1.0;
    public static final double DISPUTE = -1.0;
    public static final double RIVALRY = -1.0;
    public static final double TREATY_IN_FORCE = 1.0;

    private PropensityRule() {
    }

    /**
     * Derived propensity, the plain sum of the five terms (in {@code [-4, 2]}). The flags are
     * independent: if a caller passes both {@code sameIdeology} and {@code opposedIdeology} (an
     * ideology declared to oppose itself), the two terms cancel; rejecting that is the validator's job.
     */
    public static double derive(boolean sameIdeology, boolean opposedIdeology, boolean dispute,
                                boolean rivalry, boolean treatyInForce) {
        double p = 0.0;
        if (sameIdeology) {
            p += SAME_IDEOLOGY;
        }
        if (opposedIdeology) {
            p += OPPOSED_IDEOLOGY;
        }
        if (dispute) {
            p += DISPUTE;
        }
        if (rivalry) {
            p += RIVALRY;
        }
        if (treatyInForce) {
            p += TREATY_IN_FORCE;
        }
        return p;
    }
}
