package org.entente.engine.treaty;

import java.util.List;
import org.entente.engine.model.Clause;
import org.entente.engine.model.TreatyStatus;
import org.entente.engine.world.TreatyIndex;
import org.entente.engine.world.TreatyState;
import org.entente.engine.world.World;

/**
 * Step 7: a non-durable treaty in force lapses after {@code lapseAfter} consecutive turns in which no
 * party has the treaty's common threat as primary threat at or above the floor. The common threat is
 * the union of its clauses' {@code against} targets, else the state most parties had as primary threat
 * in the turn it entered into force (ties: declaration order).
 */
public final class LapseRule {
    private LapseRule() {}

    public static void apply(World w, int[] primary, double[] value) { apply(w, primary, value, false); }

    /** @param pauseAtWar do not count a turn in which a party is at war (the decision rule, docs/semantics.md §7) */
    public static void apply(World w, int[] primary, double[] value, boolean pauseAtWar) {
        double floor = w.settings.threatFloor();
        // the treaties in force and their parties from the run's index (a lapse found here shows in it only later)
        TreatyIndex index = w.treatyIndex();
        int[] inForce = index.inForce();
        int[][] parties = new int[inForce.length][];
        for (int k = 0; k < inForce.length; k++) parties[k] = index.parties(inForce[k]);
        for (int k = 0; k < inForce.length; k++) {
            TreatyState t = w.treaties.get(inForce[k]);
            if (!t.commonThreatFixed) fixCommonThreat(w, t, primary);
            if (t.durable) continue;
            if (pauseAtWar && partyAtWar(w, parties[k])) continue;
            boolean alive = false;
            for (int m : parties[k]) {
                if (w.alive[m] && primary[m] >= 0 && value[m] >= floor && TreatyState.contains(t.commonThreat, primary[m])) { alive = true; break; }
            }
            t.quietTurns = alive ? 0 : t.quietTurns + 1;
            if (t.quietTurns >= w.settings.lapseAfter()) {
                w.setStatus(t, TreatyStatus.LAPSED, "for " + t.quietTurns + " turns no party had " + describe(w, t)
                        + " as primary threat at or above the floor");
            }
        }
    }

    private static boolean partyAtWar(World w, int[] parties) {
        for (int m : parties) if (w.alive[m] && w.atWarAtAll(m)) return true;
        return false;
    }

    static void fixCommonThreat(World w, TreatyState t, int[] primary) {
        t.commonThreat.clear();
        for (Clause c : t.def.clauses()) {
            for (String a : c.against()) {
                int k = w.indexOf(a);
                if (k >= 0 && !TreatyState.contains(t.commonThreat, k)) t.commonThreat.add(k);
            }
        }
        if (t.commonThreat.isEmpty()) {
            // the parties' primary threats counted in arrays as long as the parties (a few), not one of n per treaty
            List<Integer> parties = t.parties();
            int[] threat = new int[parties.size()], count = new int[parties.size()];
            int distinct = 0, best = -1, bestAt = -1;
            for (int k = 0, size = parties.size(); k < size; k++) {
                int m = parties.get(k);
                int p = w.alive[m] ? primary[m] : -1;
                if (p < 0) continue;
                int at = 0;
                while (at < distinct && threat[at] != p) at++;
                if (at == distinct) threat[distinct++] = p;
                count[at]++;
                if (best < 0 || count[at] > count[bestAt] || (count[at] == count[bestAt] && p < best)) { best = p; bestAt = at; }
            }
            if (best >= 0) t.commonThreat.add(best);
        }
        t.commonThreatFixed = true;
        t.quietTurns = 0;
    }

    static String describe(World w, TreatyState t) {
        if (t.commonThreat.isEmpty()) return "a common threat";
        StringBuilder sb = new StringBuilder();
        for (int k : t.commonThreat) sb.append(sb.length() == 0 ? "" : " or ").append(w.names[k]);
        return sb.toString();
    }
}
