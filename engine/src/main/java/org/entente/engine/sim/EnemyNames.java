package org.entente.engine.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.engine.world.War;
import org.entente.engine.world.World;

/**
 * The trace's enemy list of a state: the living states on the other side of any of its wars, in
 * declaration order. The list depends only on which side of which war the state fights, so the states
 * sharing those sides share one list, made once per turn (a world war puts hundreds of states on each
 * side, each with hundreds of enemies), and its words for the reason ("A, B, C") are joined once.
 * A list is made with primitive scratch arrays, not a boxed sorted set.
 */
final class EnemyNames {
    private final World w;
    private final boolean[] seen;
    private final int[] found;
    /** Sides fought on (2 bits per war, in the order of the world's wars) → the list; only up to 32 wars. */
    private final Map<Long, Shared> bySides = new HashMap<>();

    private record Shared(List<String> names, String[] joined) {}

    EnemyNames(World w) {
        this.w = w;
        this.seen = new boolean[w.n];
        this.found = new int[w.n];
    }

    List<String> of(int i) {
        if (!w.atWarAtAll(i)) return new ArrayList<>();
        Shared s = shared(i);
        return s == null ? make(i) : s.names();
    }

    /** The enemies' names joined with ", ", as the reason of a fighting state gives them. */
    String joined(int i) {
        Shared s = w.atWarAtAll(i) ? shared(i) : null;
        if (s == null) return String.join(", ", of(i));
        if (s.joined()[0] == null) s.joined()[0] = String.join(", ", s.names());
        return s.joined()[0];
    }

    /** The state last looked up and its list: a fighting state's record asks for its list and then for its words. */
    private int lastState = -1;
    private Shared lastShared;

    private Shared shared(int i) {
        if (i == lastState) return lastShared;
        if (w.wars.size() > 32) return null;
        long key = 0;
        for (int k = 0; k < w.wars.size(); k++) {
            int side = w.wars.get(k).sideOf(i);
            if (side != 0) key |= (side > 0 ? 1L : 2L) << (2 * k);
        }
        lastShared = bySides.computeIfAbsent(key, k -> new Shared(make(i), new String[1]));
        lastState = i;
        return lastShared;
    }

    private List<String> make(int i) {
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
        // declaration order is index order: sort a few, or read the marks in order when they are many
        if (count * 8 < w.n) Arrays.sort(found, 0, count);
        else for (int j = 0, k = 0; k < count; j++) if (seen[j]) found[k++] = j;
        List<String> names = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            int j = found[k];
            seen[j] = false;
            if (j != i && w.alive[j]) names.add(w.names[j]);
        }
        return names;
    }
}
