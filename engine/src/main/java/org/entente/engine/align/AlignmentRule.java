package org.entente.engine.align;

import java.util.ArrayList;
import java.util.List;
import org.entente.engine.model.PostureKind;
import org.entente.engine.posture.PostureDecision;
import org.entente.engine.threat.ThreatModel;
import org.entente.engine.trace.AlignmentChange;
import org.entente.engine.trace.Fmt;
import org.entente.engine.world.Alignment;
import org.entente.engine.world.World;

/**
 * Step 5a, alignment without treaty (docs/semantics.md §5a), after this turn's postures:
 * <ul>
 *   <li>two states that have both balanced against the same state for at least {@link #TURNS} consecutive
 *       turns align against it (Walt 1987: balancing against a common threat is what alignments are made of);</li>
 *   <li>a bandwagoner aligns with the state it follows, in the turn it bandwagons;</li>
 *   <li>a balancing alignment dissolves when the common threat falls below the floor for either state
 *       (or no longer exists); a bandwagon alignment when the bandwagoner turns against its patron
 *       (balances or soft-balances against it) or follows another state; any alignment when one of the
 *       two no longer exists or they fight each other.</li>
 * </ul>
 * Dissolutions are checked before formations; changes are returned in that order.
 */
public final class AlignmentRule {
    /** Consecutive turns of balancing against the same state before two balancers align. */
    public static final int TURNS = 2;

    private AlignmentRule() {}

    public static List<AlignmentChange> apply(World w, PostureDecision[] d, ThreatModel threats) {
        List<AlignmentChange> changes = new ArrayList<>();
        updateStreaks(w, d);
        dissolve(w, d, threats, changes);
        formBandwagon(w, d, changes);
        formBalancing(w, changes);
        return changes;
    }

    private static void updateStreaks(World w, PostureDecision[] d) {
        for (int i = 0; i < w.n; i++) {
            boolean balancing = d[i] != null && d[i].kind() == PostureKind.BALANCE && d[i].target() >= 0;
            if (!balancing) { w.balancingTarget[i] = -1; w.balancingTurns[i] = 0; continue; }
            int p = d[i].target();
            if (w.balancingTarget[i] == p) {
                w.balancingTurns[i]++;
            } else {
                w.balancingTarget[i] = p;
                w.balancingSince[i] = w.year;
                w.balancingTurns[i] = 1;
            }
        }
    }

    private static void dissolve(World w, PostureDecision[] d, ThreatModel threats, List<AlignmentChange> changes) {
        double floor = w.settings.threatFloor();
        List<Alignment> gone = new ArrayList<>();
        for (Alignment x : w.alignments.all()) {
            String why = whyDissolved(w, d, threats, floor, x);
            if (why == null) continue;
            gone.add(x);
            String a = w.names[x.a()], b = w.names[x.b()];
            String text = x.kind() == Alignment.Kind.BALANCING
                    ? a + " and " + b + " no longer align against " + w.names[x.against()] + ": " + why
                    : a + " no longer aligns with " + b + ": " + why;
            changes.add(change(w, x, false, text));
        }
        w.alignments.removeAll(gone);
    }

    /** Why the alignment dissolves this turn, or null when it holds. */
    private static String whyDissolved(World w, PostureDecision[] d, ThreatModel threats, double floor, Alignment x) {
        int a = x.a(), b = x.b();
        if (!w.alive[a]) return w.names[a] + " no longer exists";
        if (!w.alive[b]) return w.names[b] + " no longer exists";
        if (w.atWar(a, b)) return "they are at war";
        if (x.kind() == Alignment.Kind.BALANCING) {
            int p = x.against();
            if (!w.alive[p]) return w.names[p] + " no longer exists";
            for (int s : new int[] {a, b}) {
                double t = threats.score(s, p);
                if (t < floor) {
                    return w.names[p] + " threatens " + w.names[s] + " below the floor (" + Fmt.f2(t) + " < " + Fmt.f2(floor) + ")";
                }
            }
            return null;
        }
        PostureDecision da = d[a];
        if (da == null) return null;
        PostureKind k = da.kind();
        if ((k == PostureKind.BALANCE || k == PostureKind.SOFT_BALANCE) && da.target() == b) {
            return (k == PostureKind.BALANCE ? "balances" : "soft-balances") + " against it";
        }
        if (k == PostureKind.BANDWAGON && da.target() != b && da.target() >= 0) return "bandwagons with " + w.names[da.target()];
        return null;
    }

    private static void formBandwagon(World w, PostureDecision[] d, List<AlignmentChange> changes) {
        for (int z = 0; z < w.n; z++) {
            if (d[z] == null || d[z].kind() != PostureKind.BANDWAGON) continue;
            int p = d[z].target();
            if (p < 0 || !w.alive[p] || w.alignments.find(Alignment.Kind.BANDWAGON, z, p, -1) != null) continue;
            String text = w.names[z] + " aligns with " + w.names[p] + ": bandwagons with it since " + w.year;
            Alignment x = new Alignment(Alignment.Kind.BANDWAGON, z, p, -1, w.year, w.year, text);
            w.alignments.add(x);
            changes.add(change(w, x, true, text));
        }
    }

    /**
     * States whose balancing streak against P just reached {@link #TURNS} align with every other state
     * whose streak against P is at least that long. A pair with longer streaks on both sides aligned
     * already (when the later of the two reached the length) and stays aligned until it dissolves.
     */
    private static void formBalancing(World w, List<AlignmentChange> changes) {
        List<List<Integer>> eligible = null;
        for (int i = 0; i < w.n; i++) {
            if (w.balancingTurns[i] != TURNS) continue;
            if (eligible == null) eligible = eligibleByTarget(w);
            int p = w.balancingTarget[i];
            for (int j : eligible.get(p)) {
                if (j == i || (w.balancingTurns[j] == TURNS && j < i)) continue; // a pair of newcomers forms once
                int a = Math.min(i, j), b = Math.max(i, j);
                if (w.alignments.find(Alignment.Kind.BALANCING, a, b, p) != null) continue;
                int since = Math.max(w.balancingSince[a], w.balancingSince[b]);
                String text = w.names[a] + " and " + w.names[b] + " align against " + w.names[p]
                        + ": both balance against it since " + since;
                Alignment x = new Alignment(Alignment.Kind.BALANCING, a, b, p, since, w.year, text);
                w.alignments.add(x);
                changes.add(change(w, x, true, text));
            }
        }
    }

    /** Per target, the states (declaration order) that have balanced against it at least {@link #TURNS} turns in a row. */
    private static List<List<Integer>> eligibleByTarget(World w) {
        List<List<Integer>> out = new ArrayList<>(w.n);
        for (int p = 0; p < w.n; p++) out.add(new ArrayList<>(0));
        for (int j = 0; j < w.n; j++) if (w.balancingTurns[j] >= TURNS) out.get(w.balancingTarget[j]).add(j);
        return out;
    }

    private static AlignmentChange change(World w, Alignment x, boolean formed, String text) {
        return new AlignmentChange(w.year, x.kind() == Alignment.Kind.BALANCING ? "balancing" : "bandwagon", formed,
                w.names[x.a()], w.names[x.b()], x.against() < 0 ? null : w.names[x.against()], text);
    }
}
