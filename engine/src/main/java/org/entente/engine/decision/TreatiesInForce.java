package org.entente.engine.decision;

import java.util.List;
import org.entente.engine.world.TreatyState;
import org.entente.engine.world.World;

/**
 * Per state, the treaties in force it is a party of, in declaration order
 * ({@link JoinDecider#treatiesInForceByParty}), kept up to date between the rounds of one turn's
 * decisions: entrants breach treaties, so a treaty that left force is taken off its parties' lists
 * instead of listing every treaty again each round (docs/performance.md, "Simulation").
 */
final class TreatiesInForce {
    private final World w;
    private List<List<TreatyState>> byParty;
    /** Per treaty index: in force when the lists were last brought up to date. */
    private boolean[] inForce;

    TreatiesInForce(World w) { this.w = w; }

    /** The lists as they are now. */
    List<List<TreatyState>> byParty() {
        if (byParty == null || cameIntoForce()) return rebuild();
        for (TreatyState t : w.treaties) {
            if (!inForce[t.index] || t.inForce()) continue;
            inForce[t.index] = false;
            for (int x : t.parties()) if (x >= 0 && x < w.n) byParty.get(x).removeIf(u -> u == t);
        }
        return byParty;
    }

    private boolean cameIntoForce() {
        for (TreatyState t : w.treaties) if (!inForce[t.index] && t.inForce()) return true;
        return false;
    }

    private List<List<TreatyState>> rebuild() {
        byParty = JoinDecider.treatiesInForceByParty(w);
        inForce = new boolean[w.treaties.size()];
        for (TreatyState t : w.treaties) inForce[t.index] = t.inForce();
        return byParty;
    }
}
