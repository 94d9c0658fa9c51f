package org.entente.engine.align;

import java.util.ArrayList;
import java.util.List;
import org.entente.engine.model.PostureKind;
import org.entente.engine.posture.PostureDecision;
import org.entente.engine.threat.ThreatModel;
import org.entente.engine.trace.AlignmentChange;
import org.entente.engine.trace.Fmt;
import org.entente.engine.world.Alignments;
import org.entente.engine.world.World;

/**
 * Step 5a, alignment without treaty (docs/semantics.md §5a), after this turn's postures:
 * <ul>
 *   <li>a state that has balanced against P for {@link #TURNS} consecutive turns joins the alignment
 *       against P when another state has too, or the alignment already has a member (Walt 1987: balancing
 *       against a common threat is what alignments are made of); all its members are aligned pairwise;</li>
 *   <li>a bandwagoner aligns with the state it follows, in the turn it bandwagons;</li>
 *   <li>a member leaves the alignment against P when P no longer exists, when it bandwagons with P, or
 *       when P threatens it below the floor; a bandwagoner leaves its patron when it balances or
 *       soft-balances against it or follows another state; anyone leaves when it no longer exists.</li>
 * </ul>
 * Departures are checked before arrivals; changes are returned in that order, each state in declaration order.
 */
public final class AlignmentRule {
    /** Consecutive turns of balancing against the same state before a balancer aligns. */
    public static final int TURNS = 2;
    /** Partners named in a sentence before "and N others". */
    static final int NAMES = 6;

    private AlignmentRule() {}

    public static List<AlignmentChange> apply(World w, PostureDecision[] d, ThreatModel threats) {
        List<AlignmentChange> changes = new ArrayList<>();
        updateStreaks(w, d);
        leaveBalancing(w, d, threats, changes);
        leaveBandwagon(w, d, changes);
        joinBandwagon(w, d, changes);
        joinBalancing(w, changes);
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

    private static void leaveBalancing(World w, PostureDecision[] d, ThreatModel threats, List<AlignmentChange> changes) {
        Alignments al = w.alignments;
        double floor = w.settings.threatFloor();
        for (int p = 0; p < w.n; p++) {
            List<Integer> group = al.against(p);
            if (group.isEmpty()) continue;
            for (int s : new ArrayList<>(group)) {
                String why = whyLeaves(w, d, threats, floor, s, p);
                if (why == null) continue;
                List<Integer> partners = new ArrayList<>(al.against(p));
                partners.remove(Integer.valueOf(s));
                al.leave(s, p);
                if (partners.isEmpty()) continue; // it was aligned with nobody
                String text = partners.size() == 1
                        ? pair(w, s, partners.get(0)) + " no longer align against " + w.names[p] + ": " + why
                        : w.names[s] + " leaves the alignment against " + w.names[p] + " (with " + list(w, partners) + "): " + why;
                changes.add(change(w, "balancing", false, s, partners, p, text));
            }
        }
    }

    /** Why member s leaves the alignment against p this turn, or null when it stays. */
    private static String whyLeaves(World w, PostureDecision[] d, ThreatModel threats, double floor, int s, int p) {
        if (!w.alive[s]) return w.names[s] + " no longer exists";
        if (!w.alive[p]) return w.names[p] + " no longer exists";
        if (d[s] != null && d[s].kind() == PostureKind.BANDWAGON && d[s].target() == p) {
            return w.names[s] + " bandwagons with " + w.names[p];
        }
        double t = threats.pairScore(s, p); // one pair of each member: no observer prepared for it
        if (t < floor) return w.names[p] + " threatens " + w.names[s] + " below the floor (" + Fmt.f2(t) + " < " + Fmt.f2(floor) + ")";
        return null;
    }

    private static void leaveBandwagon(World w, PostureDecision[] d, List<AlignmentChange> changes) {
        for (int z = 0; z < w.n; z++) {
            int p = w.alignments.patron(z);
            if (p < 0) continue;
            String why = null;
            PostureDecision dz = d[z];
            if (!w.alive[z]) why = w.names[z] + " no longer exists";
            else if (!w.alive[p]) why = w.names[p] + " no longer exists";
            else if (dz != null && (dz.kind() == PostureKind.BALANCE || dz.kind() == PostureKind.SOFT_BALANCE) && dz.target() == p) {
                why = (dz.kind() == PostureKind.BALANCE ? "balances" : "soft-balances") + " against it";
            } else if (dz != null && dz.kind() == PostureKind.BANDWAGON && dz.target() != p && dz.target() >= 0) {
                why = "bandwagons with " + w.names[dz.target()];
            }
            if (why == null) continue;
            w.alignments.unfollow(z);
            changes.add(change(w, "bandwagon", false, z, List.of(p), -1, w.names[z] + " no longer aligns with " + w.names[p] + ": " + why));
        }
    }

    private static void joinBandwagon(World w, PostureDecision[] d, List<AlignmentChange> changes) {
        for (int z = 0; z < w.n; z++) {
            if (d[z] == null || d[z].kind() != PostureKind.BANDWAGON) continue;
            int p = d[z].target();
            if (p < 0 || !w.alive[p] || w.alignments.patron(z) == p) continue;
            String text = w.names[z] + " aligns with " + w.names[p] + ": bandwagons with it since " + w.year;
            w.alignments.follow(z, p, text);
            changes.add(change(w, "bandwagon", true, z, List.of(p), -1, text));
        }
    }

    /**
     * Every state whose balancing streak against P is at least {@link #TURNS} long and that is not yet a
     * member joins the alignment against P, in declaration order, provided it would not be alone: the
     * alignment has a member, or another state joins it in the same turn.
     */
    private static void joinBalancing(World w, List<AlignmentChange> changes) {
        Alignments al = w.alignments;
        List<List<Integer>> joining = null;
        for (int i = 0; i < w.n; i++) {
            if (w.balancingTurns[i] < TURNS || !w.alive[i]) continue;
            int p = w.balancingTarget[i];
            if (al.groupsOf(i).contains(p)) continue;
            if (joining == null) { joining = new ArrayList<>(w.n); for (int k = 0; k < w.n; k++) joining.add(null); }
            if (joining.get(p) == null) joining.set(p, new ArrayList<>(2));
            joining.get(p).add(i);
        }
        if (joining == null) return;
        for (int p = 0; p < w.n; p++) {
            List<Integer> newcomers = joining.get(p);
            if (newcomers == null || (newcomers.size() == 1 && al.against(p).isEmpty())) continue;
            for (int s : newcomers) {
                List<Integer> partners = new ArrayList<>(al.against(p));
                String text;
                if (partners.isEmpty()) {
                    al.join(s, p, null); // the first of a new alignment; the next newcomer's sentence names it
                    continue;
                }
                if (partners.size() == 1 && newcomers.contains(partners.get(0))) {
                    int other = partners.get(0);
                    text = pair(w, other, s) + " align against " + w.names[p] + ": both balance against it since "
                            + Math.max(w.balancingSince[other], w.balancingSince[s]);
                    al.join(s, p, text);
                    al.setCause(other, p, text);
                } else {
                    text = w.names[s] + " aligns with " + list(w, partners) + " against " + w.names[p]
                            + ": balances against it since " + w.balancingSince[s];
                    al.join(s, p, text);
                }
                changes.add(change(w, "balancing", true, s, partners, p, text));
            }
        }
    }

    /** "A and B" in declaration order. */
    private static String pair(World w, int a, int b) {
        return w.names[Math.min(a, b)] + " and " + w.names[Math.max(a, b)];
    }

    private static String list(World w, List<Integer> states) {
        List<Integer> sorted = new ArrayList<>(states);
        sorted.sort(null);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < sorted.size() && k < NAMES; k++) sb.append(k == 0 ? "" : ", ").append(w.names[sorted.get(k)]);
        if (sorted.size() > NAMES) sb.append(" and ").append(sorted.size() - NAMES).append(" others");
        return sb.toString();
    }

    private static AlignmentChange change(World w, String kind, boolean formed, int s, List<Integer> partners, int p, String text) {
        List<String> with = new ArrayList<>(partners.size());
        for (int x : partners) with.add(w.names[x]);
        return new AlignmentChange(w.year, kind, formed, w.names[s], with, p < 0 ? null : w.names[p], text);
    }
}
