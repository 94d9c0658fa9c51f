package org.entente.engine.decision;

import java.util.ArrayList;
import java.util.List;
import org.entente.engine.model.Clause;
import org.entente.engine.world.TreatyState;
import org.entente.engine.world.War;
import org.entente.engine.world.World;

/**
 * Casus foederis by sides (docs/semantics.md §6): which treaties oblige a state to join one side of a
 * war. A defense clause protecting X is triggered when X is on the defending side (attacked, or entered
 * in defence of the attacked) or, for a clause without {@code unless provoked}, when someone declared
 * war on X; the enemy must be covered by the clause, not a party of it, and X in its region. An offense
 * clause is triggered when a partner fights one of its named targets.
 */
public final class Obligations {
    private Obligations() {}

    /**
     * One triggered treaty.
     *
     * @param named    the triggered clause names its adversaries
     * @param defense  a defense clause (else offense)
     * @param partner  the ally the obligation is owed to
     * @param enemies  the states the obliged party would declare war on
     */
    public record Obligation(TreatyState treaty, boolean defense, boolean named, int partner, List<Integer> enemies) {}

    /** The treaties in force that oblige z to join side {@code side} of war, in treaty declaration order (one per treaty). */
    public static List<Obligation> of(World w, War war, int z, int side) { return of(w, war, z, side, w.treaties); }

    /** Same, reading only {@code treaties} (the treaties z is a party of, in declaration order). */
    public static List<Obligation> of(World w, War war, int z, int side, List<TreatyState> treaties) {
        List<Obligation> out = new ArrayList<>();
        List<Integer> friends = war.side(side), foes = war.side(-side);
        for (TreatyState t : treaties) {
            if (!t.inForce() || !t.isMember(z)) continue;
            Obligation o = t.defense ? defense(w, war, t, z, friends, foes) : null;
            if (o == null && t.offense) o = offense(w, t, z, friends, foes);
            if (o != null) out.add(o);
        }
        return out;
    }

    private static Obligation defense(World w, War war, TreatyState t, int z, List<Integer> friends, List<Integer> foes) {
        for (int x : friends) {
            if (x == z || !(t.def.isGuarantee() ? t.isRecipient(x) : t.isMember(x))) continue;
            boolean defending = war.sideOf(x) == war.targetSide();
            for (Clause c : t.defenseClauses) {
                if (c.region() != null && !c.region().equals(w.region[x])) continue;
                if (c.unlessProvoked() && !defending) continue;
                List<Integer> covered = new ArrayList<>(), attacking = new ArrayList<>();
                for (int y : foes) {
                    if (!w.alive[y] || t.isParty(y) || !c.covers(w.names[y])) continue;
                    covered.add(y);
                    if (war.declaredOn(y, x)) attacking.add(y);
                }
                if (covered.isEmpty() || (!defending && attacking.isEmpty())) continue;
                return new Obligation(t, true, !c.against().isEmpty(), x, attacking.isEmpty() ? covered : attacking);
            }
        }
        return null;
    }

    private static Obligation offense(World w, TreatyState t, int z, List<Integer> friends, List<Integer> foes) {
        for (int y : friends) {
            if (y == z || !t.isParty(y)) continue;
            for (Clause c : t.offenseClauses) {
                List<Integer> targets = new ArrayList<>();
                for (int x : foes) if (w.alive[x] && !t.isParty(x) && c.against().contains(w.names[x])) targets.add(x);
                if (!targets.isEmpty()) return new Obligation(t, false, true, y, targets);
            }
        }
        return null;
    }
}
