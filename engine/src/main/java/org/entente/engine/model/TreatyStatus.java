package org.entente.engine.model;

/** Life cycle of a treaty in the simulation. Only IN_FORCE treaties act; the others stay in the trace. */
public enum TreatyStatus {
    PENDING, IN_FORCE, LAPSED, BREACHED, EXPIRED;

    /** Words used in reports and in {@code expect treaty X in force|lapsed|breached|expired}. */
    public String word() {
        return switch (this) {
            case PENDING -> "not yet in force";
            case IN_FORCE -> "in force";
            case LAPSED -> "lapsed";
            case BREACHED -> "breached";
            case EXPIRED -> "expired";
        };
    }
}
