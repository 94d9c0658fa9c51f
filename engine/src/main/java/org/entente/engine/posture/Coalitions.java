package org.entente.engine.posture;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.entente.engine.model.PostureKind;
import org.entente.engine.model.Clause;
import org.entente.engine.world.TreatyState;
import org.entente.engine.world.World;

/**
 * Coalitions C(i) = i, the states whose primary threat (≥ floor) is also P and that did not bandwagon
 * with P last turn, and i's defense partners (parties obliged to defend i against P) not allied with P.
 */
final class Coalitions {
    final World w;
    private final int[] primary;
    private final double[] value;
    private final double[] power;
    private final List<List<Integer>> groups = new ArrayList<>();
    /** Per state: treaties in force with a defense or offense clause it is party to. */
    private final List<List<TreatyState>> blocTreaties = new ArrayList<>();
    /** Per threat p, filled on first use: the states allied with p (all coalitions against p ask about the same p). */
    private final BitSet[] alliesOf;
    /** Scratch marks for de-duplicating defense partners in O(1); cleared after each use. */
    private final boolean[] partnerMark;

    Coalitions(World w, int[] primary, double[] value, double[] power) {
        this.w = w;
        this.primary = primary;
        this.value = value;
        this.power = power;
        this.alliesOf = new BitSet[w.n];
        this.partnerMark = new boolean[w.n];
        for (int i = 0; i < w.n; i++) { groups.add(null); blocTreaties.add(new ArrayList<>(2)); }
        for (TreatyState t : w.treaties) {
            if (!t.inForce() || !t.bloc) continue;
            for (int m : t.parties()) blocTreaties.get(m).add(t);
        }
        for (int k = 0; k < w.n; k++) {
            if (!w.alive[k] || !inGroup(k, primary[k])) continue;
            int p = primary[k];
            if (groups.get(p) == null) groups.set(p, new ArrayList<>());
            groups.get(p).add(k);
        }
    }

    private boolean inGroup(int k, int p) {
        if (p < 0 || primary[k] != p || value[k] < w.settings.threatFloor()) return false;
        return !(w.lastPosture[k] == PostureKind.BANDWAGON && w.lastTarget[k] == p);
    }

    List<Integer> of(int i, int p) {
        List<Integer> c = new ArrayList<>();
        c.add(i);
        List<Integer> g = groups.get(p);
        if (g != null) for (int k : g) if (k != i) c.add(k);
        // z is already in c iff it is i or in p's group (defensePartners has no duplicates): O(1), not a list scan
        for (int z : defensePartners(i, p)) if (z != i && !(w.alive[z] && inGroup(z, p))) c.add(z);
        return c;
    }

    double power(List<Integer> c) {
        double s = 0;
        for (int k : c) s += power[k];
        return s;
    }

    /** Parties obliged by a defense clause in force to defend i against p, and not allied with p. */
    private List<Integer> defensePartners(int i, int p) {
        List<Integer> out = new ArrayList<>();
        for (TreatyState t : blocTreaties.get(i)) {
            if (!t.defense || t.isParty(p) || !coversAgainst(t, p)) continue;
            List<Integer> defenders;
            if (t.def.isGuarantee()) {
                if (!t.isRecipient(i)) continue;
                defenders = t.members;
            } else {
                if (!t.isMember(i)) continue;
                defenders = t.members;
            }
            for (int z : defenders) {
                if (z != i && w.alive[z] && !partnerMark[z] && !alliedWith(z, p)) { partnerMark[z] = true; out.add(z); }
            }
        }
        for (int z : out) partnerMark[z] = false;
        return out;
    }

    private boolean coversAgainst(TreatyState t, int p) {
        for (Clause c : t.defenseClauses) if (c.covers(w.names[p])) return true;
        return false;
    }

    /** z and p are parties of a treaty in force with a defense or offense clause. */
    boolean alliedWith(int z, int p) {
        BitSet allies = alliesOf[p];
        if (allies == null) {
            // the relation is symmetric: z is allied with p iff z is a party of one of p's bloc treaties
            allies = new BitSet(w.n);
            for (TreatyState t : blocTreaties.get(p)) for (int m : t.parties()) allies.set(m);
            alliesOf[p] = allies;
        }
        return allies.get(z);
    }
}
