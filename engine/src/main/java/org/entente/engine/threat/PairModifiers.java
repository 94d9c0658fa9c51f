package org.entente.engine.threat;

import java.util.List;
import java.util.Map;
import org.entente.engine.world.TreatyState;
import org.entente.engine.world.World;

/**
 * The sparse, per-turn index of the pairs (i, j) that carry a threat modifier known before the turn's
 * postures: a dispute, a rivalry, a softening treaty in force (each partner once, however many
 * treaties) or a declared threat. Primitive arrays per observer, so preparing an observer for the
 * all-pairs pass touches only its own partners, without boxing.
 */
final class PairModifiers {
    private static final int[] NONE = new int[0];
    private static final double[] NO_VALUES = new double[0];

    final int[][] disputes, rivals, treatyPartners, declared;
    final double[][] declaredValue;

    /**
     * @param softeningTreaties per state, the softening treaties in force it is party to
     * @param parties           per treaty index, its parties (only read for softening treaties)
     */
    PairModifiers(World w, List<List<TreatyState>> softeningTreaties, int[][] parties) {
        int n = w.n;
        disputes = new int[n][];
        rivals = new int[n][];
        treatyPartners = new int[n][];
        declared = new int[n][];
        declaredValue = new double[n][];
        boolean[] seen = new boolean[n];
        int[] buffer = new int[n];
        for (int i = 0; i < n; i++) {
            disputes[i] = toArray(w.disputes.get(i).keySet());
            rivals[i] = toArray(w.rivals.get(i));
            treatyPartners[i] = partners(i, softeningTreaties.get(i), parties, seen, buffer);
            Map<Integer, Double> d = w.declared.get(i);
            declared[i] = toArray(d.keySet());
            declaredValue[i] = d.isEmpty() ? NO_VALUES : new double[d.size()];
            int k = 0;
            for (double v : d.values()) declaredValue[i][k++] = v;
        }
    }

    /** The other parties of i's softening treaties, each once. */
    static int[] partners(int i, List<TreatyState> treaties, int[][] parties, boolean[] seen, int[] buffer) {
        if (treaties.isEmpty()) return NONE;
        int count = 0;
        for (TreatyState t : treaties) {
            for (int j : parties[t.index]) {
                if (j != i && !seen[j]) { seen[j] = true; buffer[count++] = j; }
            }
        }
        for (int k = 0; k < count; k++) seen[buffer[k]] = false;
        return java.util.Arrays.copyOf(buffer, count);
    }

    static int[] toArray(java.util.Collection<Integer> c) {
        if (c.isEmpty()) return NONE;
        int[] out = new int[c.size()];
        int k = 0;
        for (int x : c) out[k++] = x;
        return out;
    }
}
