package org.entente.engine.decision;

import java.util.List;
import org.entente.engine.world.Alignments;

/**
 * The states that share a balancing alignment with one decider z (docs/semantics.md §5a), marked once per
 * decision from the members of z's groups, so that a side scan asks in O(1) whether a member is aligned
 * with z instead of reading each member's groups (docs/performance.md, "Simulation"). Bandwagoning
 * (patrons) is not marked: {@link SideScan} reads it from the two states.
 */
final class AlignedWith {
    private final int[] mark;
    private int stamp;

    AlignedWith(int n) { this.mark = new int[n]; }

    /** Marks the members of z's balancing groups (z among them); valid until the next call. */
    AlignedWith of(Alignments al, int z) {
        if (++stamp == 0) { java.util.Arrays.fill(mark, 0); stamp = 1; }
        List<Integer> groups = al.groupsOf(z);
        for (int k = 0, size = groups.size(); k < size; k++) {
            List<Integer> members = al.against(groups.get(k));
            for (int m = 0, count = members.size(); m < count; m++) mark[members.get(m)] = stamp;
        }
        return this;
    }

    /** j is a member of one of the marked decider's balancing groups. */
    boolean sharesGroup(int j) { return mark[j] == stamp; }
}
