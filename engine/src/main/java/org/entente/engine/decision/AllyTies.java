package org.entente.engine.decision;

import java.util.List;
import org.entente.engine.model.Clause;
import org.entente.engine.world.TreatyState;
import org.entente.engine.world.War;

/**
 * An ally at war whose treaty does not oblige (docs/semantics.md §6a, "Ally at war"): a party with z to a
 * treaty in force with a defense or offense clause fights on the side, and no clause of that treaty is
 * triggered. Allies join their partners' wars far more often than other states, obliged or not
 * (Siverson & Starr 1991; Sabrosky 1980: 27 % of the allies of a belligerent fought beside it). A
 * treaty whose defense clauses all say {@code unless provoked} excuses its parties when the partner is
 * on the initiating side: the text itself disclaims that war.
 */
public final class AllyTies {
    private AllyTies() {}

    /** The first member of {@code own} tied to z by such a treaty (treaties in declaration order), or -1. */
    public static int partnerAtWar(War war, int z, List<Integer> own, List<TreatyState> treatiesOfZ) {
        for (TreatyState t : treatiesOfZ) {
            if (!t.inForce() || !t.bloc) continue;
            for (int x : own) {
                if (x == z || !t.isParty(x)) continue;
                if (excused(t, war.sideOf(x) != war.targetSide())) continue;
                return x;
            }
        }
        return -1;
    }

    /** All defense clauses carry {@code unless provoked} (and there is one) and the partner is on the initiating side. */
    static boolean excused(TreatyState t, boolean partnerInitiates) {
        if (!partnerInitiates || t.defenseClauses.isEmpty()) return false;
        for (Clause c : t.defenseClauses) if (!c.unlessProvoked()) return false;
        return true;
    }
}
