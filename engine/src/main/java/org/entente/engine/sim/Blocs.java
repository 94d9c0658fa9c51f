package org.entente.engine.sim;

import java.util.ArrayList;
import java.util.List;
import org.entente.engine.model.PostureKind;
import org.entente.engine.posture.PostureDecision;
import org.entente.engine.threat.PowerTable;
import org.entente.engine.world.TreatyState;
import org.entente.engine.world.World;

/**
 * Step 8: blocs are the connected components of living states over treaties in force with defense or
 * offense clauses, balancing coalitions (all balancers against the same state), bandwagoning (i with P)
 * and omnibalancing (i with its partner). Bloc ids count from 1 in order of each bloc's first member.
 */
final class Blocs {
    final int[] blocOf;
    final List<List<Integer>> members = new ArrayList<>();

    Blocs(World w, PostureDecision[] d) {
        int n = w.n;
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (TreatyState t : w.treaties) {
            if (!t.inForce() || !t.bloc) continue;
            int first = -1;
            for (int m : t.parties()) {
                if (!w.alive[m]) continue;
                if (first < 0) first = m; else union(parent, first, m);
            }
        }
        int[] firstBalancer = new int[n];
        java.util.Arrays.fill(firstBalancer, -1);
        for (int i = 0; i < n; i++) {
            if (!w.alive[i] || d[i] == null || d[i].target() < 0) continue;
            int p = d[i].target();
            PostureKind k = d[i].kind();
            if (k == PostureKind.BALANCE) {
                if (firstBalancer[p] < 0) firstBalancer[p] = i; else union(parent, firstBalancer[p], i);
            } else if ((k == PostureKind.BANDWAGON || k == PostureKind.OMNIBALANCE) && w.alive[p]) {
                union(parent, i, p);
            }
        }
        blocOf = new int[n];
        int[] idOfRoot = new int[n];
        java.util.Arrays.fill(idOfRoot, 0);
        for (int i = 0; i < n; i++) {
            if (!w.alive[i]) { blocOf[i] = 0; continue; }
            int r = find(parent, i);
            if (idOfRoot[r] == 0) { members.add(new ArrayList<>()); idOfRoot[r] = members.size(); }
            blocOf[i] = idOfRoot[r];
            members.get(idOfRoot[r] - 1).add(i);
        }
    }

    static boolean isPole(List<Integer> bloc, PowerTable p, double poleShare) {
        boolean great = false;
        double power = 0;
        for (int k : bloc) { great |= p.great[k]; power += p.power[k]; }
        return great && power >= poleShare;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; }
        return x;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a), rb = find(parent, b);
        if (ra == rb) return;
        if (ra < rb) parent[rb] = ra; else parent[ra] = rb;
    }
}
