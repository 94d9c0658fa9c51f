package org.entente.engine.decision;

import java.util.HashMap;
import java.util.Map;
import org.entente.engine.threat.PowerTable;
import org.entente.engine.world.TreatyState;
import org.entente.engine.world.World;

/**
 * Each party's power share in the turn a treaty was first seen in force in the run, so that the
 * decision rule can lower the reliability of a treaty whose ally's power moved markedly since (Leeds 2003).
 */
public final class PowerAtSignature {
    private final Map<Long, Double> power = new HashMap<>();
    private final boolean[] recorded;

    public PowerAtSignature(World w) { this.recorded = new boolean[w.treaties.size()]; }

    /** Records the parties' power of every treaty in force not yet recorded. */
    public void record(World w, PowerTable p) {
        for (TreatyState t : w.treaties) {
            if (recorded[t.index] || !t.inForce()) continue;
            recorded[t.index] = true;
            for (int x : t.parties()) power.put(key(t, x), p.power[x]);
        }
    }

    /** Whether the partner's power share moved markedly since the treaty was recorded (unknown partner: no). */
    public boolean shifted(TreatyState t, int partner, double now) {
        Double then = power.get(key(t, partner));
        return then != null && Reliability.markedShift(then, now);
    }

    private static long key(TreatyState t, int x) { return ((long) t.index << 32) | (x & 0xffffffffL); }
}
