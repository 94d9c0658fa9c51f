package org.entente.engine.sim;

import java.util.ArrayList;
import java.util.List;
import org.entente.engine.bloc.AffinityGraph;
import org.entente.engine.bloc.BlocPartition;
import org.entente.engine.bloc.TreatyTies;
import org.entente.engine.posture.PostureDecision;
import org.entente.engine.threat.PowerTable;
import org.entente.engine.world.World;

/**
 * Step 8: blocs are the minimum-energy partition of this turn's signed affinity graph
 * ({@link AffinityGraph}, {@link BlocPartition}; docs/semantics.md §8). Bloc ids count from 1 in order
 * of each bloc's first member.
 */
final class Blocs {
    final int[] blocOf;
    final List<List<Integer>> members = new ArrayList<>();

    Blocs(World w, PostureDecision[] d, int[] primary, double[] primaryValue, TreatyTies ties) {
        blocOf = BlocPartition.partition(AffinityGraph.of(w, d, primary, primaryValue, ties));
        for (int i = 0; i < w.n; i++) {
            if (blocOf[i] == 0) continue;
            while (members.size() < blocOf[i]) members.add(new ArrayList<>());
            members.get(blocOf[i] - 1).add(i);
        }
    }

    static boolean isPole(List<Integer> bloc, PowerTable p, double poleShare) {
        boolean great = false;
        double power = 0;
        for (int k : bloc) { great |= p.great[k]; power += p.power[k]; }
        return great && power >= poleShare;
    }
}
