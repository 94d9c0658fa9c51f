package org.entente.engine.decision;

import java.util.IdentityHashMap;
import java.util.List;
import org.entente.engine.threat.ThreatModel;
import org.entente.engine.world.Alignments;
import org.entente.engine.world.HopDistances;
import org.entente.engine.world.War;
import org.entente.engine.world.World;

/**
 * The side scans of the deciders outside every war, kept across the rounds of one turn's decisions
 * (docs/performance.md, "Side scans continued"): a state outside the wars decides a war again after each
 * round in which the war gained a belligerent, and a side only grows at its end between rounds, so its scan
 * continues from where the last one stopped instead of reading the side's hundreds of members again.
 * <p>
 * A kept fold is continued only when everything a member's terms read is what it was: the same threat
 * model, which has not redone the decider's softening treaties since ({@link ThreatModel#observerVersion}),
 * the same side list that lost no member ({@link War#leaves}), the same hop distances, power and alignment
 * objects, and a decider at war with nobody then and now (so no member is its enemy; a decider at war is
 * scanned in full). Within one turn's decisions nothing else a scan reads changes: states die, borders and
 * alignments move and ideologies change in other steps of the turn. One instance serves one turn's
 * decisions ({@link DecisionStep#resolve}).
 */
final class GrowingSides {
    private final IdentityHashMap<War, Kept[]> kept = new IdentityHashMap<>();
    private final int n;

    GrowingSides(int n) { this.n = n; }

    /** What a scan continued from {@code fold} requires to be unchanged. */
    private record Kept(SideScan.Fold fold, ThreatModel threats, int observerVersion, List<Integer> side, int leaves,
                        HopDistances hops, double[] power, Alignments alignments) {

        boolean holds(ThreatModel threats, int z, List<Integer> side, War war, World w, double[] power) {
            return this.threats == threats && observerVersion == threats.observerVersion(z) && this.side == side
                    && leaves == war.leaves() && side.size() >= fold.scanned && hops == w.hops() && this.power == power
                    && alignments == w.alignments;
        }
    }

    /**
     * {@link SideScan#of} of side {@code sign} of the war for z, a state at war with nobody: the same values,
     * continued from the last scan of the same side for z when that one still holds.
     */
    SideScan scan(JoinDecider d, World w, double[] power, int z, War war, int sign, AlignedWith alignedWith) {
        Kept[] forWar = kept.computeIfAbsent(war, k -> new Kept[2 * n]);
        int slot = 2 * z + (sign > 0 ? 0 : 1);
        List<Integer> side = war.side(sign);
        ThreatModel threats = d.threats();
        Kept k = forWar[slot];
        if (k == null || !k.holds(threats, z, side, war, w, power)) {
            k = new Kept(new SideScan.Fold(power[z]), threats, threats.observerVersion(z), side, war.leaves(), w.hops(),
                    power, w.alignments);
            forWar[slot] = k;
        }
        return SideScan.continued(d, w, power, z, war.members(sign), side.size(), alignedWith, k.fold);
    }
}
