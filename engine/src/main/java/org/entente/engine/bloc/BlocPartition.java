package org.entente.engine.bloc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.entente.engine.landscape.Configuration;
import org.entente.engine.landscape.LandscapeAnalyzer;
import org.entente.engine.landscape.LandscapeOptions;
import org.entente.engine.landscape.LandscapeProblem;
import org.entente.engine.landscape.Side;

/**
 * Blocs as the minimum-energy partition of the signed affinity graph (docs/semantics.md §8): the energy
 * of a partition is the total weight of the pairs it separates, {@code E = Σ_{i<j, apart} w_ij}, so
 * separating friends costs and separating enemies gains (correlation clustering). The number of blocs
 * is not fixed; it is whatever the energy prefers:
 * <ol>
 *   <li>Components over positive pairs: no optimal partition joins two of them (every pair between them
 *       is ≤ 0), so each is solved alone. A component without a negative pair inside stays whole.</li>
 *   <li>A component of at most {@link #EXACT_MAX} states is split by repeated bisection with the exact
 *       landscape analysis ({@link LandscapeAnalyzer}, sizes 1, propensity w_ij: the landscape energy is
 *       then twice the cut): a group is split in two when its best split has negative energy, and
 *       each half is solved again the same way.</li>
 *   <li>A larger component starts from singletons.</li>
 *   <li>Both then go through local moves: in declaration order, a state moves to the neighbouring bloc
 *       (or to a bloc of its own) that lowers the energy most, until no move lowers it (at most
 *       {@link #MAX_SWEEPS} sweeps). Every move strictly lowers the energy; ties go to the lower bloc.</li>
 * </ol>
 * Deterministic: no random choice anywhere; the landscape analysis breaks ties by declaration order.
 */
public final class BlocPartition {
    /** Largest component bisected exactly: 2^15 splits of 16 states, well under a millisecond per bisection. */
    public static final int EXACT_MAX = 16;
    /** Bound on local-move sweeps (each sweep is O(listed pairs + members · their war sides · candidate blocs)). */
    public static final int MAX_SWEEPS = 30;
    static final double EPSILON = 1e-9;
    private static final LandscapeOptions BISECTION = new LandscapeOptions(1, 0L, LandscapeOptions.EXACT_LIMIT, 1, 1, 1, 1, 1);

    private final AffinityGraph g;
    private final WarOpposition wars;
    private final int[] group;
    private int groups;
    private boolean[] marks;
    private boolean skipSettled = true;
    /** Per war side and bloc, its living members in the bloc: what the unlisted opposed pairs add up to. */
    private final int[][] inBloc;

    private BlocPartition(AffinityGraph g) {
        this.g = g;
        this.wars = g.opposition;
        this.group = new int[g.n];
        Arrays.fill(group, -1);
        this.inBloc = new int[wars.slots][wars.isEmpty() ? 0 : g.n + 16];
    }

    /** Puts state i into bloc id, keeping the per-side counts. */
    private void assign(int i, int id) {
        int old = group[i];
        group[i] = id;
        for (int k = wars.slotStart[i]; k < wars.slotStart[i + 1]; k++) {
            int[] count = inBloc[wars.slot[k]];
            if (old >= 0) count[old]--;
            if (id >= count.length) {
                for (int s = 0; s < inBloc.length; s++) inBloc[s] = Arrays.copyOf(inBloc[s], Math.max(2 * inBloc[s].length, id + 1));
                count = inBloc[wars.slot[k]];
            }
            count[id]++;
        }
    }

    /**
     * The blocs of the graph: per state its bloc id from 1 (0 for a dead state), ids in order of each
     * bloc's first-declared member.
     */
    public static int[] partition(AffinityGraph g) { return partition(g, true); }

    /** @param skipSettled whether the local moves pass over states that stayed and whose inputs have not changed since (the same result; tests compare) */
    static int[] partition(AffinityGraph g, boolean skipSettled) {
        BlocPartition p = new BlocPartition(g);
        p.skipSettled = skipSettled;
        for (List<Integer> component : p.positiveComponents(allAlive(g))) p.solve(component);
        return p.renumber();
    }

    private static List<Integer> allAlive(AffinityGraph g) {
        List<Integer> out = new ArrayList<>(g.n);
        for (int i = 0; i < g.n; i++) if (g.alive[i]) out.add(i);
        return out;
    }

    private void solve(List<Integer> component) {
        if (component.size() == 1 || !hasNegativePair(component)) {
            int id = groups++;
            for (int i : component) assign(i, id);
            return;
        }
        if (component.size() <= EXACT_MAX) {
            bisect(component);
        } else {
            for (int i : component) assign(i, groups++);
        }
        localMoves(component);
    }

    /** Repeated exact bisection: split while the best split separates pairs of negative total weight. */
    private void bisect(List<Integer> members) {
        if (members.size() >= 2 && hasNegativePair(members)) {
            int k = members.size();
            List<String> names = new ArrayList<>(k);
            double[] sizes = new double[k];
            double[][] propensity = new double[k][k];
            for (int x = 0; x < k; x++) {
                names.add(Integer.toString(members.get(x)));
                sizes[x] = 1;
                for (int y = 0; y < k; y++) if (x != y) propensity[x][y] = g.weight(members.get(x), members.get(y));
            }
            Configuration best = LandscapeAnalyzer.analyze(LandscapeProblem.of(names, sizes, propensity), BISECTION).globalMinimum();
            if (best.energy() < -EPSILON) {
                List<Integer> a = new ArrayList<>(), b = new ArrayList<>();
                for (int x = 0; x < k; x++) (best.sideOf(names.get(x)) == Side.A ? a : b).add(members.get(x));
                for (List<Integer> part : positiveComponents(a)) bisect(part);
                for (List<Integer> part : positiveComponents(b)) bisect(part);
                return;
            }
        }
        int id = groups++;
        for (int i : members) assign(i, id);
    }

    /**
     * The sum of v's ties per neighbouring bloc is its listed pairs' residuals plus, per war side of v, the war
     * weight times the opposite side's members in the bloc. A bloc that v reaches only through unlisted
     * opposed pairs is left out of the candidates: its sum is negative, so leaving for it never beats a bloc
     * of one's own (or, alone, staying) — the original list of pairs would not have chosen it either.
     */
    private void localMoves(List<Integer> members) {
        int[] size = new int[groups + members.size()];
        // A state that stayed makes the same choice again while what it reads is unchanged: its neighbours' blocs
        // (a neighbour that moves unsettles it), its own bloc's size and, at war, the per-side counts (any move of
        // a state at war). settledSize: its bloc's size when it last stayed, 0 = look again; moves of states at war.
        int[] settledSize = new int[g.n];
        long[] settledWarMoves = wars.isEmpty() ? null : new long[g.n];
        long warMoves = 0;
        double[] toGroup = new double[size.length];
        int[] seen = new int[size.length], candidate = new int[size.length];
        // as long as the bloc ids: a member's neighbours in blocs of components solved before count too
        int[] touched = new int[size.length];
        int stamp = 0;
        for (int i : members) size[group[i]]++;
        // the graph's arrays as locals: stores into the int[] scratch arrays would otherwise make the JIT reload them
        int[] group = this.group, start = g.start, adj = g.adj;
        double[] residual = g.residual;
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            boolean moved = false;
            for (int v : members) {
                int own = group[v], count = 0;
                boolean atWar = wars.slotStart[v] < wars.slotStart[v + 1];
                if (skipSettled && settledSize[v] == size[own] && (!atWar || settledWarMoves[v] == warMoves)) continue;
                stamp++;
                seen[own] = stamp;
                candidate[own] = stamp;
                toGroup[own] = 0;
                for (int k = start[v], end = start[v + 1]; k < end; k++) {
                    int h = group[adj[k]];
                    if (h < 0) continue;
                    if (seen[h] != stamp) { seen[h] = stamp; toGroup[h] = 0; }
                    if (candidate[h] != stamp) { candidate[h] = stamp; touched[count++] = h; }
                    toGroup[h] += residual[k];
                }
                if (atWar) {
                    for (int k = g.shadowStart[v]; k < g.shadowStart[v + 1]; k++) {
                        int h = group[g.shadowAdj[k]];
                        if (h < 0) continue;
                        if (seen[h] != stamp) { seen[h] = stamp; toGroup[h] = 0; }
                        toGroup[h] += g.shadowResidual[k];
                    }
                    toGroup[own] += opposed(v, own);
                    for (int c = 0; c < count; c++) if (touched[c] != own) toGroup[touched[c]] += opposed(v, touched[c]);
                }
                double stay = toGroup[own];
                int best = -1;
                double bestGain = 0;
                // a bloc of its own: every tie to the own bloc is cut (a bloc of one is already alone)
                if (size[own] > 1 && -stay > EPSILON) { best = Integer.MAX_VALUE; bestGain = -stay; }
                for (int c = 0; c < count; c++) {
                    int h = touched[c];
                    if (h == own) continue;
                    double gain = toGroup[h] - stay;
                    if (gain <= EPSILON) continue;
                    if (best < 0 || gain > bestGain + EPSILON || (gain >= bestGain - EPSILON && h < best)) { best = h; bestGain = gain; }
                }
                if (best < 0) {
                    settledSize[v] = size[own];
                    if (atWar) settledWarMoves[v] = warMoves;
                    continue;
                }
                if (best == Integer.MAX_VALUE) {
                    best = groups++;
                    if (best >= size.length) {
                        size = Arrays.copyOf(size, size.length * 2);
                        toGroup = Arrays.copyOf(toGroup, size.length);
                        seen = Arrays.copyOf(seen, size.length);
                        candidate = Arrays.copyOf(candidate, size.length);
                        touched = Arrays.copyOf(touched, size.length);
                    }
                }
                size[own]--;
                size[best]++;
                assign(v, best);
                moved = true;
                settledSize[v] = 0;
                for (int k = start[v], end = start[v + 1]; k < end; k++) settledSize[adj[k]] = 0;
                if (atWar) warMoves++;
            }
            if (!moved) break;
        }
    }

    /** What v's war opposition adds to its ties with bloc h: the war weight per opposite-side member in h. */
    private double opposed(int v, int h) {
        int count = 0;
        for (int k = wars.slotStart[v]; k < wars.slotStart[v + 1]; k++) count += inBloc[WarOpposition.opposite(wars.slot[k])][h];
        return count == 0 ? 0 : count * AffinityWeights.OPPOSED_WAR_SIDES;
    }

    /** A pair of negative weight inside the members: listed, or fighting on opposite sides and not listed. */
    private boolean hasNegativePair(List<Integer> members) {
        boolean[] in = mark(members);
        for (int i : members) {
            for (int k = g.start[i]; k < g.start[i + 1]; k++) if (g.weight[k] < 0 && in[g.adj[k]]) return true;
        }
        if (wars.isEmpty()) return false;
        // per war: the opposed pairs inside the members, against those of them that are listed (or dropped)
        long[] across = new long[wars.slots / 2];
        int[] sideCount = new int[wars.slots];
        for (int i : members) for (int k = wars.slotStart[i]; k < wars.slotStart[i + 1]; k++) sideCount[wars.slot[k]]++;
        boolean any = false;
        for (int war = 0; war < across.length; war++) {
            across[war] = (long) sideCount[2 * war] * sideCount[2 * war + 1];
            any |= across[war] > 0;
        }
        if (!any) return false;
        for (int i : members) {
            countListed(i, g.start, g.adj, in, across);
            countListed(i, g.shadowStart, g.shadowAdj, in, across);
        }
        for (long c : across) if (c > 0) return true;
        return false;
    }

    /** Takes i's listed pairs (with a larger partner inside the members) off the opposed pairs of each war they fight in. */
    private void countListed(int i, int[] start, int[] adj, boolean[] in, long[] across) {
        for (int k = start[i]; k < start[i + 1]; k++) {
            int u = adj[k];
            if (u <= i || !in[u]) continue;
            for (int a = wars.slotStart[i]; a < wars.slotStart[i + 1]; a++) {
                int slot = wars.slot[a];
                for (int b = wars.slotStart[u]; b < wars.slotStart[u + 1]; b++) if (wars.slot[b] == WarOpposition.opposite(slot)) across[slot / 2]--;
            }
        }
    }

    /** Components of {@code members} over positive pairs inside them, each in declaration order, ordered by first member. */
    private List<List<Integer>> positiveComponents(List<Integer> members) {
        boolean[] in = mark(members);
        int[] comp = new int[g.n];
        Arrays.fill(comp, -1);
        List<List<Integer>> out = new ArrayList<>();
        int[] stack = new int[members.size()];
        int[] start = g.start, adj = g.adj;
        double[] weight = g.weight;
        for (int s : members) {
            if (comp[s] >= 0) continue;
            List<Integer> c = new ArrayList<>();
            int top = 0;
            stack[top++] = s;
            comp[s] = out.size();
            int id = out.size();
            while (top > 0) {
                int v = stack[--top];
                c.add(v);
                for (int k = start[v], end = start[v + 1]; k < end; k++) {
                    int u = adj[k];
                    if (weight[k] > 0 && in[u] && comp[u] < 0) { comp[u] = id; stack[top++] = u; }
                }
            }
            c.sort(null);
            out.add(c);
        }
        return out;
    }

    /** Marks the members in a reused array (a scenario of a thousand states has hundreds of singleton components). */
    private boolean[] mark(List<Integer> members) {
        if (marks == null) marks = new boolean[g.n];
        Arrays.fill(marks, false);
        for (int i : members) marks[i] = true;
        return marks;
    }

    private int[] renumber() {
        int[] id = new int[groups];
        int next = 0;
        int[] out = new int[g.n];
        for (int i = 0; i < g.n; i++) {
            if (group[i] < 0) continue;
            if (id[group[i]] == 0) id[group[i]] = ++next;
            out[i] = id[group[i]];
        }
        return out;
    }
}
