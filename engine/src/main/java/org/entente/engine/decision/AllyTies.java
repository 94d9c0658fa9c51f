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
        int sign = own == war.sideA ? 1 : own == war.sideB ? -1 : 0;
        for (TreatyState t : treatiesOfZ) {
            if (!t.inForce() || !t.bloc) continue;
            if (sign != 0) {
                // every partner on the side is excused or none is: the first of t's few parties on the side, in the side's order
                if (excused(t, sign != war.targetSide())) continue;
                int first = firstOnSide(war, t.members, sign, z, -1);
                first = firstOnSide(war, t.recipients, sign, z, first);
                if (first >= 0) return first;
                continue;
            }
            for (int x : own) {
                if (x == z || !t.isParty(x)) continue;
                if (excused(t, war.sideOf(x) != war.targetSide())) continue;
                return x;
            }
        }
        return -1;
    }

    /** The earliest joined of {@code best} and the states of {@code parties} other than z on side {@code sign}. */
    private static int firstOnSide(War war, List<Integer> parties, int sign, int z, int best) {
        for (int k = 0, size = parties.size(); k < size; k++) {
            int x = parties.get(k);
            if (x != z && war.sideOf(x) == sign && (best < 0 || war.compareJoined(x, best) < 0)) best = x;
        }
        return best;
    }

    /** All defense clauses carry {@code unless provoked} (and there is one) and the partner is on the initiating side. */
    static boolean excused(TreatyState t, boolean partnerInitiates) {
        if (!partnerInitiates || t.defenseClauses.isEmpty()) return false;
        for (Clause c : t.defenseClauses) if (!c.unlessProvoked()) return false;
        return true;
    }
}
