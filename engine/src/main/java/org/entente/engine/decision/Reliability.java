package org.entente.engine.decision;

/**
 * Prior reliabilities of treaty clauses (docs/semantics.md §6): the share of invoked obligations that
 * were honoured, and of restraint clauses that were kept.
 */
public final class Reliability {
    private Reliability() {}

    /** Defense pledges honoured, before and from 1945 (Berkemeier & Fuhrmann 2018). */
    public static final double DEFENSE_BEFORE_1945 = 0.66, DEFENSE_FROM_1945 = 0.22;
    /** Offense pledges honoured (Berkemeier & Fuhrmann 2018). */
    public static final double OFFENSE = 0.74;
    /** Neutrality and nonaggression kept (Berkemeier & Fuhrmann 2018). */
    public static final double NEUTRALITY_KEPT = 0.78, NONAGGRESSION_KEPT = 0.37;
    /** A pledge against a named adversary is more specific and more often honoured (logit shift, design prior). */
    public static final double NAMED_ADVERSARY_LOGIT = 0.4;
    /** Reneging is likelier after a marked change in the ally's power since signature (Leeds 2003). */
    public static final double POWER_SHIFT_LOGIT = -0.7;
    /** "Marked": the ally's power share moved by at least half of its value when the treaty entered into force. */
    public static final double MARKED_SHIFT = 0.5;

    /** An alignment without treaty (states balancing against one threat, a bandwagoner and its patron), design prior. */
    public static final double ALIGNMENT = 0.3;

    /** An ally at war whose treaty does not oblige: allies of a belligerent that fought beside it (Sabrosky 1980). */
    public static final double ALLY_AT_WAR = 0.27;

    /**
     * An ally at war whose treaty does not oblige, in {@code year}: 0.27 before 1945; from 1945 shifted by
     * the same logit as defense pledges (0.66 to 0.22, Berkemeier &amp; Fuhrmann 2018), about 0.05.
     */
    public static double allyAtWar(int year) {
        if (year < 1945) return ALLY_AT_WAR;
        double shift = Terms.logit(DEFENSE_FROM_1945) - Terms.logit(DEFENSE_BEFORE_1945);
        return 1 / (1 + Math.exp(-(Terms.logit(ALLY_AT_WAR) + shift)));
    }

    /** Prior probability that a defense pledge is honoured in {@code year}. */
    public static double defense(int year) { return year < 1945 ? DEFENSE_BEFORE_1945 : DEFENSE_FROM_1945; }

    /** Whether a share moved markedly: |now / then − 1| ≥ {@link #MARKED_SHIFT} (then &gt; 0). */
    public static boolean markedShift(double then, double now) {
        return then > 0 && Math.abs(now - then) >= MARKED_SHIFT * then - 1e-12;
    }
}
