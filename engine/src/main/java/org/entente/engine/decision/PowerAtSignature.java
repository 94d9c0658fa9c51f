package org.entente.engine.decision;

import java.util.List;
import org.entente.engine.threat.PowerTable;
import org.entente.engine.world.TreatyState;
import org.entente.engine.world.World;

/**
 * Each party's power share in the turn a treaty was first seen in force in the run, so that the
 * decision rule can lower the reliability of a treaty whose ally's power moved markedly since (Leeds 2003).
 * Kept per treaty as its parties then and their shares, in primitive arrays: a treaty has a few parties, and
 * a boxed map from (treaty, party) was a fortieth of a run (docs/performance.md, "Simulation").
 */
public final class PowerAtSignature {
    /** Per treaty index: its parties when recorded and their power shares then; null while not recorded. */
    private final int[][] parties;
    private final double[][] power;

    public PowerAtSignature(World w) {
        parties = new int[w.treaties.size()][];
        power = new double[w.treaties.size()][];
    }

    /** Records the parties' power of every treaty in force not yet recorded. */
    public void record(World w, PowerTable p) {
        // the treaties in force from the run's index, not a walk of every treaty each round
        for (int k : w.treatyIndex().inForce()) {
            if (parties[k] != null) continue;
            TreatyState t = w.treaties.get(k);
            List<Integer> now = t.parties();
            int[] who = new int[now.size()];
            double[] then = new double[who.length];
            for (int x = 0; x < who.length; x++) {
                who[x] = now.get(x);
                then[x] = p.power[who[x]];
            }
            power[k] = then;
            parties[k] = who;
        }
    }

    /** Whether the partner's power share moved markedly since the treaty was recorded (unknown partner: no). */
    public boolean shifted(TreatyState t, int partner, double now) {
        int[] who = parties[t.index];
        if (who == null) return false;
        for (int x = 0; x < who.length; x++) if (who[x] == partner) return Reliability.markedShift(power[t.index][x], now);
        return false;
    }
}
