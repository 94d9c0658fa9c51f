package org.entente.engine.threat;

import java.util.Map;
import org.entente.engine.world.TreatyIndex;
import org.entente.engine.world.World;

/**
 * The sparse, per-turn index of the pairs (i, j) that carry a threat modifier known before the turn's
 * postures: a dispute, a rivalry, a softening treaty in force (each partner once, however many
 * treaties, from the run's {@link TreatyIndex}) or a declared threat. Primitive arrays per observer, so preparing an observer for the
 * all-pairs pass touches only its own partners, without boxing.
 */
final class PairModifiers {
    private static final int[] NONE = new int[0];
    private static final double[] NO_VALUES = new double[0];

    final int[][] disputes, rivals, treatyPartners, declared;
    final double[][] declaredValue;

    /** @param treatyPartners per state, the other parties of its softening treaties in force, each once ({@link TreatyIndex#softeningPartners}) */
    PairModifiers(World w, int[][] treatyPartners) {
        int n = w.n;
        disputes = new int[n][];
        rivals = new int[n][];
        this.treatyPartners = treatyPartners;
        declared = new int[n][];
        declaredValue = new double[n][];
        for (int i = 0; i < n; i++) {
            disputes[i] = toArray(w.disputes.get(i).keySet());
            rivals[i] = toArray(w.rivals.get(i));
            Map<Integer, Double> d = w.declared.get(i);
            declared[i] = toArray(d.keySet());
            declaredValue[i] = d.isEmpty() ? NO_VALUES : new double[d.size()];
            int k = 0;
            for (double v : d.values()) declaredValue[i][k++] = v;
        }
    }

    static int[] toArray(java.util.Collection<Integer> c) {
        if (c.isEmpty()) return NONE;
        int[] out = new int[c.size()];
        int k = 0;
        for (int x : c) out[k++] = x;
        return out;
    }
}
