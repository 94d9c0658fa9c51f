package org.entente.engine.model;

/** The posture a state takes in a turn (docs/semantics.md §5, "Posture"). */
public enum PostureKind {
    FIGHTING, OMNIBALANCE, SECURE, BALANCE, BUCK_PASS, BANDWAGON, SOFT_BALANCE;

    /** Lower-case word used in reports: fighting, omnibalance, secure, balance, buck-pass, bandwagon, soft-balance. */
    public String word() { return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }
}
