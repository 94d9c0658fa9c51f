package org.entente.engine.bloc;

import java.util.List;
import org.entente.engine.model.PostureKind;
import org.entente.engine.posture.PostureDecision;
import org.entente.engine.world.Alignments;
import org.entente.engine.world.TreatyState;
import org.entente.engine.world.War;
import org.entente.engine.world.World;

/**
 * The signed affinity graph of one turn (docs/semantics.md §8) over living states, as adjacency lists
 * with the summed weight of every pair (pairs whose terms cancel are dropped). Pairs on opposite sides of
 * a war are not listed unless another term links them ({@link WarOpposition}): two sides of 500 states
 * would be a quarter of a million pairs per turn.
 */
public final class AffinityGraph {
    /** Largest group of common balancers, aligned states or co-belligerents linked pairwise (see {@link #clique}). */
    public static final int CLIQUE_MAX = 16;
    final int n;
    final boolean[] alive;
    /**
     * Listed neighbours of i: {@code adj[start[i] .. start[i+1])}, whole weights in {@code weight}, and in
     * {@code residual} the weight without the pair's war opposition (which {@link #opposition} counts).
     */
    final int[] start, adj;
    final double[] weight, residual;
    /** Pairs whose terms cancel but that fight on opposite sides: not neighbours, residual −opposition. */
    final int[] shadowStart, shadowAdj;
    final double[] shadowResidual;
    /** Pairs on opposite sides of a war, whether listed or not; unlisted ones are neighbours too. */
    final WarOpposition opposition;

    AffinityGraph(int n, boolean[] alive, PairWeights pairs) { this(n, alive, pairs, new WarOpposition(n, alive, List.of())); }

    /**
     * @param pairs      every listed pair with its whole weight (its war opposition included:
     *                   {@link PairWeights#includeOpposition} of {@code opposition} was called)
     * @param opposition the opposed-war-sides pairs, listed or not
     */
    AffinityGraph(int n, boolean[] alive, PairWeights pairs, WarOpposition opposition) {
        this.n = n;
        this.alive = alive;
        this.opposition = opposition;
        int[] degree = new int[n + 1], shadowDegree = new int[n + 1];
        int m = 0, shadows = 0;
        for (int k = 0; k < pairs.size(); k++) {
            if (Math.abs(pairs.weight(k)) < BlocPartition.EPSILON) {
                if (pairs.opposition(k) == 0) continue;
                shadowDegree[pairs.first(k)]++;
                shadowDegree[pairs.second(k)]++;
                shadows++;
                continue;
            }
            degree[pairs.first(k)]++;
            degree[pairs.second(k)]++;
            m++;
        }
        start = new int[n + 1];
        shadowStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            start[i + 1] = start[i] + degree[i];
            shadowStart[i + 1] = shadowStart[i] + shadowDegree[i];
        }
        adj = new int[2 * m];
        weight = new double[2 * m];
        residual = new double[2 * m];
        shadowAdj = new int[2 * shadows];
        shadowResidual = new double[2 * shadows];
        int[] fill = new int[n], shadowFill = new int[n];
        for (int k = 0; k < pairs.size(); k++) {
            double wt = pairs.weight(k);
            int a = pairs.first(k), b = pairs.second(k);
            double opposed = pairs.opposition(k);
            if (Math.abs(wt) < BlocPartition.EPSILON) {
                if (opposed == 0) continue;
                // a dropped pair adds nothing, so it takes back what the opposition counts for it
                int pa = shadowStart[a] + shadowFill[a]++, pb = shadowStart[b] + shadowFill[b]++;
                shadowAdj[pa] = b; shadowResidual[pa] = -opposed;
                shadowAdj[pb] = a; shadowResidual[pb] = -opposed;
                continue;
            }
            int pa = start[a] + fill[a]++, pb = start[b] + fill[b]++;
            adj[pa] = b; weight[pa] = wt; residual[pa] = wt - opposed;
            adj[pb] = a; weight[pb] = wt; residual[pb] = wt - opposed;
        }
    }

    /** The weight of the pair (0 when none); O(degree + wars). */
    public double weight(int a, int b) {
        for (int k = start[a]; k < start[a + 1]; k++) if (adj[k] == b) return weight[k];
        for (int k = shadowStart[a]; k < shadowStart[a + 1]; k++) if (shadowAdj[k] == b) return 0;
        return opposition.weight(a, b);
    }

    /** Builds the graph of this turn from the world (wars, treaties, alignments, rivalries) and the postures. */
    public static AffinityGraph of(World w, PostureDecision[] d, int[] primary, double[] primaryValue) {
        return of(w, d, primary, primaryValue, new TreatyTies());
    }

    /** The same, with the treaties' pairs kept in {@code ties} from turn to turn of one run. */
    public static AffinityGraph of(World w, PostureDecision[] d, int[] primary, double[] primaryValue, TreatyTies ties) {
        int[] inForce = w.treatyIndex().inForce();
        // about a pair per party of a treaty in force, two per state and one per member of a war side: the table
        // seldom grows (its size only answers lookups; the pairs keep their order of insertion)
        int warMembers = 0;
        for (War war : w.wars) warMembers += war.sideA.size() + war.sideB.size();
        PairWeights pairs = new PairWeights(w.n, 3 * inForce.length + 2 * w.n + warMembers);
        boolean[] alive = w.alive;
        List<int[][]> sides = new java.util.ArrayList<>(w.wars.size());
        for (War war : w.wars) {
            clique(pairs, alive, war.sideA, AffinityWeights.SAME_WAR_SIDE);
            clique(pairs, alive, war.sideB, AffinityWeights.SAME_WAR_SIDE);
            sides.add(new int[][] {ints(war.sideA), ints(war.sideB)});
        }
        // every living pair across the sides of a war: OPPOSED_WAR_SIDES, not listed (see WarOpposition)
        WarOpposition opposition = new WarOpposition(w.n, alive, sides);
        pairs.includeOpposition(opposition);
        // the treaties' pairs, kept per treaty for the run (TreatyTies): the same pairs in the same order as a walk
        ties.addTo(pairs, w, inForce);
        List<List<Integer>> balancers = null;
        for (int i = 0; i < w.n; i++) {
            if (!alive[i] || d[i] == null) continue;
            PostureKind k = d[i].kind();
            int target = d[i].target();
            if (k == PostureKind.BALANCE && target >= 0) {
                if (balancers == null) {
                    balancers = new java.util.ArrayList<>(w.n);
                    for (int p = 0; p < w.n; p++) balancers.add(null);
                }
                if (balancers.get(target) == null) balancers.set(target, new java.util.ArrayList<>(2));
                balancers.get(target).add(i);
            }
            if (k == PostureKind.OMNIBALANCE && target >= 0 && alive[target]) pairs.add(i, target, AffinityWeights.OMNIBALANCE);
            int p = primary[i];
            boolean follows = k == PostureKind.BANDWAGON && target == p;
            if (p >= 0 && alive[p] && !follows && primaryValue[i] >= w.settings.threatFloor()) {
                pairs.add(i, p, AffinityWeights.PRIMARY_THREAT);
            }
        }
        if (balancers != null) for (List<Integer> group : balancers) if (group != null) clique(pairs, alive, group, AffinityWeights.SHARED_TARGET);
        Alignments al = w.alignments;
        for (int p = 0; p < w.n; p++) {
            List<Integer> group = al.against(p);
            if (group.size() >= 2) clique(pairs, alive, group, AffinityWeights.ALIGNED);
            int patron = al.patron(p);
            if (patron >= 0 && alive[p] && alive[patron]) pairs.add(p, patron, AffinityWeights.ALIGNED);
        }
        for (int i = 0; i < w.n; i++) {
            if (!alive[i]) continue;
            List<Integer> rivals = w.rivals.get(i);
            for (int k = 0, size = rivals.size(); k < size; k++) {
                int j = rivals.get(k);
                if (j > i && alive[j]) pairs.add(i, j, AffinityWeights.RIVALRY);
            }
        }
        return new AffinityGraph(w.n, alive, pairs, opposition);
    }

    private static int[] ints(List<Integer> list) {
        int[] out = new int[list.size()];
        for (int k = 0; k < out.length; k++) out[k] = list.get(k);
        return out;
    }

    /** Neutrality, nonaggression or consultation without defense or offense, or an entente: a promise of restraint. */
    static boolean restraint(TreatyState t) { return t.promisesRestraint; }

    /**
     * Every pair of the group gets w. A group larger than {@link #CLIQUE_MAX} (hundreds of balancers in a
     * synthetic scenario of a thousand states) is linked as a star around its first living member instead,
     * each spoke w·k/2: cutting the group in two halves then costs what the clique would (w·k²/4), and the
     * graph stays linear in the group's size (docs/semantics.md §8).
     */
    static void clique(PairWeights pairs, boolean[] alive, List<Integer> group, double w) {
        int k = 0, hub = -1, size = group.size();
        for (int x = 0; x < size; x++) { int m = group.get(x); if (alive[m]) { k++; if (hub < 0) hub = m; } }
        if (k > CLIQUE_MAX) {
            for (int x = 0; x < size; x++) { int m = group.get(x); if (alive[m] && m != hub) pairs.add(hub, m, w * k / 2); }
            return;
        }
        for (int x = 0; x < group.size(); x++) {
            int a = group.get(x);
            if (!alive[a]) continue;
            for (int y = x + 1; y < group.size(); y++) if (alive[group.get(y)]) pairs.add(a, group.get(y), w);
        }
    }
}
