package org.entente.engine.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.entente.engine.world.War;
import org.entente.engine.world.World;

/**
 * The trace's enemy list of a state: the living states on the other side of any of its wars, in
 * declaration order. O(enemies · log) with primitive scratch arrays, not a boxed sorted set per state.
 */
final class EnemyNames {
    private final World w;
    private final boolean[] seen;
    private final int[] found;

    EnemyNames(World w) {
        this.w = w;
        this.seen = new boolean[w.n];
        this.found = new int[w.n];
    }

    List<String> of(int i) {
        if (!w.atWarAtAll(i)) return new ArrayList<>();
        int count = 0;
        for (War war : w.wars) {
            int side = war.sideOf(i);
            if (side == 0) continue;
            List<Integer> other = war.side(-side);
            for (int k = 0, size = other.size(); k < size; k++) {
                int j = other.get(k);
                if (!seen[j]) { seen[j] = true; found[count++] = j; }
            }
        }
        Arrays.sort(found, 0, count);
        List<String> names = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            int j = found[k];
            seen[j] = false;
            if (j != i && w.alive[j]) names.add(w.names[j]);
        }
        return names;
    }
}
