package org.entente.engine.sim;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.entente.engine.world.War;
import org.entente.engine.world.World;

/**
 * The names of each war's two sides for the trace's war records, kept from turn to turn of one run: a side
 * changes only when a state joins or leaves the war ({@link War#joins}, {@link War#leaves}), and a world war's
 * sides name hundreds of states every turn (docs/performance.md, "Simulation"). The lists are immutable, so
 * the records of successive turns share them as {@code List.copyOf} would have copied them.
 */
final class WarSideNames {
    private record Kept(int joins, int leaves, List<String> sideA, List<String> sideB) {}

    private final IdentityHashMap<War, Kept> kept = new IdentityHashMap<>();

    /** Side A's names ({@code sign} +1) or side B's, in the side's order. */
    List<String> of(World w, War war, int sign) {
        Kept k = kept.get(war);
        if (k == null || k.joins() != war.joins() || k.leaves() != war.leaves()) {
            k = new Kept(war.joins(), war.leaves(), names(w, war.sideA), names(w, war.sideB));
            kept.put(war, k);
        }
        return sign > 0 ? k.sideA() : k.sideB();
    }

    private static List<String> names(World w, List<Integer> side) {
        List<String> out = new ArrayList<>(side.size());
        for (int x : side) out.add(w.names[x]);
        return List.copyOf(out);
    }
}
