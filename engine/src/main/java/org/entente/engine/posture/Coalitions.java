package org.entente.engine.posture;

import java.util.BitSet;
import java.util.List;
import org.entente.engine.model.PostureKind;
import org.entente.engine.world.DefenseCoverage;
import org.entente.engine.world.TreatyIndex;
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
    /** Per threat p: the states whose primary threat (≥ floor) is p and that did not bandwagon with p, ascending. */
    private final int[][] groups;
    private final int[] groupSize;
    /** Per state: the treaties in force it is party to ({@link TreatyIndex}); those with a defense or offense clause are its bloc treaties. */
    private final List<List<TreatyState>> inForceOf;
    /** Per treaty index, for those in force: parties and (when first asked) members as primitive arrays, read Σ|t|² times a turn. */
    private final int[][] members, parties;
    /** Per threat p, filled on first use: the states allied with p (all coalitions against p ask about the same p). */
    private final BitSet[] alliesOf;
    /**
     * Per state: its treaties in force with a defense clause, and which states those cover, from the run's index:
     * walking every treaty of the state and reading its clauses' names took about 6 % of a run (docs/performance.md).
     */
    private final TreatyState[][] defenseOf;
    private final DefenseCoverage coverage;
    /** Scratch marks for de-duplicating defense partners in O(1), cleared after each use; the partners found, unboxed. */
    private final boolean[] partnerMark;
    private final int[] partners;

    Coalitions(World w, int[] primary, double[] value, double[] power) {
        this.w = w;
        this.primary = primary;
        this.value = value;
        this.power = power;
        this.alliesOf = new BitSet[w.n];
        this.partnerMark = new boolean[w.n];
        this.partners = new int[w.n];
        // from the run's treaty index, per state when first asked (postures change no treaty)
        TreatyIndex index = w.treatyIndex();
        inForceOf = new java.util.ArrayList<>(index.inForceByParty());
        members = new int[w.treaties.size()][];
        parties = new int[w.treaties.size()][];
        for (int k : index.inForce()) parties[k] = index.parties(k);
        defenseOf = new TreatyState[w.n][];
        for (int k = 0; k < w.n; k++) defenseOf[k] = index.defense(k);
        coverage = w.defenseCoverage();
        groups = new int[w.n][];
        groupSize = new int[w.n];
        for (int k = 0; k < w.n; k++) if (w.alive[k] && inGroup(k, primary[k])) groupSize[primary[k]]++;
        for (int p = 0; p < w.n; p++) groups[p] = new int[groupSize[p]];
        int[] filled = new int[w.n];
        for (int k = 0; k < w.n; k++) if (w.alive[k] && inGroup(k, primary[k])) groups[primary[k]][filled[primary[k]]++] = k;
    }

    private boolean inGroup(int k, int p) {
        if (p < 0 || primary[k] != p || value[k] < w.settings.threatFloor()) return false;
        return !(w.lastPosture[k] == PostureKind.BANDWAGON && w.lastTarget[k] == p);
    }

    Coalition of(int i, int p) {
        int count = defensePartners(i, p);
        // z is already in C(i) iff it is i or in p's group (defensePartners has no duplicates): O(1), not a list scan
        int[] extra = new int[count];
        int n = 0;
        for (int k = 0; k < count; k++) { int z = partners[k]; if (z != i && !(w.alive[z] && inGroup(z, p))) extra[n++] = z; }
        return new Coalition(i, groups[p], groupSize[p], n == extra.length ? extra : java.util.Arrays.copyOf(extra, n));
    }

    /** Parties obliged by a defense clause in force to defend i against p, and not allied with p: their count, in {@link #partners}. */
    private int defensePartners(int i, int p) {
        int count = 0;
        for (TreatyState t : defenseOf[i]) {
            if (contains(parties[t.index], p) || !coverage.covers(t, p)) continue;
            // i is a party: of a guarantee it must be a recipient (not a guarantor), of the others a member
            int[] defenders = members[t.index];
            if (defenders == null) members[t.index] = defenders = toArray(t.members);
            if (contains(defenders, i) == t.guarantee) continue;
            for (int z : defenders) {
                if (z != i && w.alive[z] && !partnerMark[z] && !alliedWith(z, p)) { partnerMark[z] = true; partners[count++] = z; }
            }
        }
        for (int k = 0; k < count; k++) partnerMark[partners[k]] = false;
        return count;
    }

    private static boolean contains(int[] a, int x) {
        for (int v : a) if (v == x) return true;
        return false;
    }

    private static int[] toArray(List<Integer> list) {
        int[] out = new int[list.size()];
        for (int k = 0; k < out.length; k++) out[k] = list.get(k);
        return out;
    }

    /** z and p are parties of a treaty in force with a defense or offense clause. */
    boolean alliedWith(int z, int p) {
        BitSet allies = alliesOf[p];
        if (allies == null) {
            // the relation is symmetric: z is allied with p iff z is a party of one of p's bloc treaties
            allies = new BitSet(w.n);
            for (TreatyState t : inForceOf.get(p)) if (t.bloc) for (int m : parties[t.index]) allies.set(m);
            alliesOf[p] = allies;
        }
        return allies.get(z);
    }
}
