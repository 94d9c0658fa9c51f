package org.entente.engine.model;

import java.util.List;

/**
 * One treaty provision.
 *
 * @param against        targets (empty: any non-party for defense/neutrality)
 * @param region         defense only: the clause covers a party only when it lies in this region (null: anywhere)
 * @param unlessProvoked defense only: no obligation when the attacked party initiated the war
 * @param forces         share of forces pledged (0..1) or null; reported, not simulated
 */
public record Clause(ClauseType type, List<String> against, String region, boolean unlessProvoked, Double forces) {
    public Clause {
        if (type == null) throw new IllegalArgumentException("clause type must not be null");
        against = Names.freeze(against);
    }

    public static Clause of(ClauseType type, String... against) {
        return new Clause(type, Names.list(against), null, false, null);
    }

    /** Whether the clause names {@code state} among its targets, or names none (covers everyone). */
    public boolean covers(String state) { return against.isEmpty() || against.contains(state); }
}
