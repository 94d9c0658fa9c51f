package org.entente.engine.decision;

import java.util.Arrays;
import java.util.List;
import org.entente.engine.threat.ThreatModel;
import org.entente.engine.world.Alignments;
import org.entente.engine.world.HopDistances;
import org.entente.engine.world.War;
import org.entente.engine.world.World;

/**
 * Everything the two utilities of one decision maximize or sum over one side of the war, for the
 * deciding state z, from a single pass over the side (docs/performance.md, "Simulation"): a world war's
 * side holds 500 states and was scanned about seven times per decision (largest and most threatening
 * dyadic threat, discounted power twice, nearness, exposure, co-belligerence, alignment). Each aggregate
 * is folded over the side's members in the side's order with the same operations as a scan of its own,
 * so every value is bit for bit what that scan gives ({@code SideScanTest}).
 */
final class SideScan {
    /** max(0, T_Z(j)) over the living members j ≠ z (dyadic threat). */
    final double maxThreat;
    /** The member with the largest dyadic threat, ties to the lower index; -1 when none lives. */
    final int mostThreatening;
    /** 0 + Σ P(j)·discount(z, j), in the side's order: the side's power when z stays off it. */
    final double power;
    /** P(z) + Σ P(j)·discount(z, j), in the side's order: the side's power with z added. */
    final double powerWithZ;
    /** max(0, prox(z, j)) over the living members: nearness of the side's nearest member. */
    final double nearness;
    /** max(0, prox(z, j)·P(j) / (P(j) + P(z))) over the living members. */
    final double exposure;
    /** z is at war with some member (living or not). */
    final boolean fights;
    /** The members aligned with z without treaty, in the side's order. */
    private final int[] aligned;
    private final int alignedCount;

    private SideScan(double maxThreat, int mostThreatening, double power, double powerWithZ, double nearness,
                     double exposure, boolean fights, int[] aligned, int alignedCount) {
        this.maxThreat = maxThreat;
        this.mostThreatening = mostThreatening;
        this.power = power;
        this.powerWithZ = powerWithZ;
        this.nearness = nearness;
        this.exposure = exposure;
        this.fights = fights;
        this.aligned = aligned;
        this.alignedCount = alignedCount;
    }

    int alignedCount() { return alignedCount; }

    int aligned(int k) { return aligned[k]; }

    /** One pass over {@code side} for z, with the decider's per-member terms. */
    static SideScan of(JoinDecider d, World w, double[] power, int z, List<Integer> side) {
        return of(d, w, power, z, side, new AlignedWith(w.n).of(w.alignments, z));
    }

    /**
     * @param alignedWith the members of z's balancing groups, marked for z ({@link AlignedWith#of}), so that
     *                    whether a member shares a group with z is one lookup
     */
    static SideScan of(JoinDecider d, World w, double[] power, int z, List<Integer> side, AlignedWith alignedWith) {
        int[] members = new int[side.size()];
        for (int k = 0; k < members.length; k++) members[k] = side.get(k);
        return of(d, w, power, z, members, members.length, alignedWith);
    }

    /** The same for a side given as the first {@code size} entries of {@code members} ({@link War#members}). */
    static SideScan of(JoinDecider d, World w, double[] power, int z, int[] members, int size, AlignedWith alignedWith) {
        return continued(d, w, power, z, members, size, alignedWith, new Fold(power[z]));
    }

    /**
     * The scan of the side's first {@code size} {@code members} whose first {@code fold.scanned} members are already folded into {@code fold}:
     * the remaining members are folded in, in the side's order, and {@code fold} is left after the last one.
     * Every aggregate is a left fold over the members, so continuing a fold over a prefix gives bit for bit
     * the full scan's values, provided nothing a member's terms read changed meanwhile ({@link GrowingSides}).
     */
    static SideScan continued(JoinDecider d, World w, double[] power, int z, int[] members, int size, AlignedWith alignedWith,
                              Fold fold) {
        double maxThreat = fold.maxThreat, bestV = fold.bestV, sum = fold.sum, sumWithZ = fold.sumWithZ,
                nearness = fold.nearness, exposure = fold.exposure;
        int most = fold.most;
        boolean atWar = w.atWarAtAll(z), fights = fold.fights;
        ThreatModel threats = d.threats();
        Alignments al = w.alignments;
        // Alignments.aligned(z, j) for j != z: one bandwagons with the other, or j is in one of z's groups
        int zPatron = al.patron(z);
        int[] aligned = fold.aligned;
        int alignedCount = fold.alignedCount;
        boolean[] alive = w.alive;
        double pz = power[z];
        // hops(z, j), read once per member for the threat, the discount and the nearness
        HopDistances hopDistances = w.hops();
        int[] hops = hopDistances.raw();
        int row = hopDistances.row(z);
        // discount and proximity by hop distance from tables, not two divisions per member (the same quotients)
        double[] discount = d.discountByHops(), proximity = d.proximityByHops();
        for (int k = fold.scanned; k < size; k++) {
            int j = members[k];
            if (atWar && !fights && threats.atWar(z, j)) fights = true;
            if (j != z && (zPatron == j || al.patron(j) == z || alignedWith.sharesGroup(j))) {
                if (aligned == null) aligned = new int[4];
                else if (alignedCount == aligned.length) aligned = Arrays.copyOf(aligned, 2 * alignedCount);
                aligned[alignedCount++] = j;
            }
            if (!alive[j] || j == z) continue;
            int h = hops[row + j];
            double pj = power[j];
            // rel_z(j) of the dyadic threat and j's strength against z of the exposure: one quotient
            double strength = pj + pz > 0 ? pj / (pj + pz) : 0;
            double t = d.dyadicThreat(z, j, h, strength);
            maxThreat = Math.max(maxThreat, t);
            if (t > bestV || (t == bestV && j < most)) { bestV = t; most = j; }
            double discounted = pj * discount[h + 1];
            sum += discounted;
            sumWithZ += discounted;
            double prox = proximity[h + 1];
            nearness = Math.max(nearness, prox);
            exposure = Math.max(exposure, prox * strength);
        }
        fold.maxThreat = maxThreat;
        fold.bestV = bestV;
        fold.sum = sum;
        fold.sumWithZ = sumWithZ;
        fold.nearness = nearness;
        fold.exposure = exposure;
        fold.most = most;
        fold.fights = fights;
        fold.aligned = aligned;
        fold.alignedCount = alignedCount;
        fold.scanned = size;
        // a later continuation may write past alignedCount in the same array: this scan reads only its own prefix
        return new SideScan(maxThreat, most, sum, sumWithZ, nearness, exposure, fights, aligned, alignedCount);
    }

    /** A side scan's running aggregates after its first {@link #scanned} members (the start: none scanned). */
    static final class Fold {
        double maxThreat, bestV = -1, sum, sumWithZ, nearness, exposure;
        int most = -1;
        boolean fights;
        int[] aligned;
        int alignedCount;
        int scanned;

        /** @param powerOfZ P(z), where the sum with z starts */
        Fold(double powerOfZ) { this.sumWithZ = powerOfZ; }
    }
}
