package org.entente.engine.bloc;

import java.util.Arrays;
import java.util.List;
import org.entente.engine.world.TreatyState;
import org.entente.engine.world.World;

/**
 * The treaty terms of the affinity graph (docs/semantics.md §8), kept per treaty for a run: each treaty in
 * force adds, every turn, the same pairs with the same weight as long as its parties and the living states
 * are the same, and walking the parties' boxed lists pair by pair was a tenth of the graph's build
 * (docs/performance.md, "Simulation"). A treaty's pairs are listed again when its {@link TreatyState#revision}
 * moved, and every treaty's when a state died or entered. The pairs are added to the table in the same
 * order, with the same weights, as the walk gives them, so every sum is the same bit for bit.
 */
public final class TreatyTies {
    private World world;
    /** The living states when the kept pairs were listed. */
    private boolean[] aliveThen;
    /** Per treaty index: its pairs (first[k], second[k]) in the walk's order, the weight of each, the revision they were listed at. */
    private int[][] first, second;
    private double[] each;
    private int[] revision;

    /** Adds the pairs of every treaty in force (indices ascending), as {@link #walk} lists them. */
    void addTo(PairWeights pairs, World w, int[] inForce) {
        if (w != world || !Arrays.equals(aliveThen, w.alive)) {
            world = w;
            aliveThen = w.alive.clone();
            first = new int[w.treaties.size()][];
            second = new int[w.treaties.size()][];
            each = new double[w.treaties.size()];
            revision = new int[w.treaties.size()];
        }
        for (int index : inForce) {
            // the revision from the world's array: the treaty object is read only when its pairs are listed again
            if (first[index] == null || revision[index] != w.treatyRevision(index)) {
                TreatyState t = w.treaties.get(index);
                revision[index] = t.revision();
                walk(t, w.alive, index);
            }
            int[] a = first[index], b = second[index];
            double weight = each[index];
            for (int k = 0; k < a.length; k++) pairs.add(a[k], b[k], weight);
        }
    }

    /**
     * The pairs of one treaty: members (guarantors) with each other and with every recipient, each pair the
     * treaty's tie divided among its living parties; recipients owe each other nothing.
     */
    private void walk(TreatyState t, boolean[] alive, int index) {
        double tie = t.bloc ? AffinityWeights.ALLIANCE : AffinityGraph.restraint(t) ? AffinityWeights.RESTRAINT : 0;
        List<Integer> ms = t.members, rs = t.recipients;
        int parties = 0;
        for (int x = 0, size = ms.size(); x < size; x++) if (alive[ms.get(x)]) parties++;
        for (int x = 0, size = rs.size(); x < size; x++) if (alive[rs.get(x)]) parties++;
        if (tie == 0 || parties < 2) {
            first[index] = second[index] = NONE;
            return;
        }
        int[] a = new int[parties * parties], b = new int[a.length];
        int count = 0;
        for (int x = 0; x < ms.size(); x++) {
            int m = ms.get(x);
            if (!alive[m]) continue;
            for (int y = x + 1; y < ms.size(); y++) if (alive[ms.get(y)]) { a[count] = m; b[count++] = ms.get(y); }
            for (int y = 0, size = rs.size(); y < size; y++) if (alive[rs.get(y)]) { a[count] = m; b[count++] = rs.get(y); }
        }
        first[index] = Arrays.copyOf(a, count);
        second[index] = Arrays.copyOf(b, count);
        each[index] = tie / (parties - 1);
    }

    private static final int[] NONE = new int[0];
}
