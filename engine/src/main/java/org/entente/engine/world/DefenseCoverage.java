package org.entente.engine.world;

import java.util.ArrayList;
import java.util.List;
import org.entente.engine.model.Clause;

/**
 * Which states each treaty's defense clauses cover ({@link Clause#covers}), by index, made once per run: the
 * coalitions of the posture step ask it for each defense treaty of each threatened state every turn, and the
 * clauses' name lists, read from the treaty objects, cost more than the answer (docs/performance.md,
 * "Simulation"). The clauses never change; when two states share a name the answer is asked by name.
 */
public final class DefenseCoverage {
    private final World w;
    /** Per treaty: a defense clause names nobody, so it covers every state. */
    private final boolean[] everyone;
    /** Per treaty: the states its defense clauses name, by index (names of no state left out); null when asked by name. */
    private final int[][] named;

    DefenseCoverage(World w) {
        this.w = w;
        int treaties = w.treaties.size();
        everyone = new boolean[treaties];
        named = new int[treaties][];
        for (TreatyState t : w.treaties) {
            List<Integer> states = new ArrayList<>();
            for (Clause c : t.defenseClauses) {
                if (c.against().isEmpty()) everyone[t.index] = true;
                for (String name : c.against()) { int x = w.indexOf(name); if (x >= 0) states.add(x); }
            }
            // a name leads to one state only when every state's name leads back to it
            if (w.uniqueNames) named[t.index] = states.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** A defense clause of the treaty covers state p: it names nobody, or names p. */
    public boolean covers(TreatyState t, int p) {
        if (everyone[t.index]) return true;
        int[] states = named[t.index];
        if (states == null) {
            for (Clause c : t.defenseClauses) if (c.covers(w.names[p])) return true;
            return false;
        }
        for (int x : states) if (x == p) return true;
        return false;
    }
}
