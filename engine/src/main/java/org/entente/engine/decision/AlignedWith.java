package org.entente.engine.decision;

import java.util.Arrays;
import java.util.List;
import org.entente.engine.world.Alignments;

/**
 * The states that share a balancing alignment with one decider z (docs/semantics.md §5a), so that a side scan
 * asks in O(1) whether a member is aligned with z instead of reading each member's groups. Each state's groups
 * are kept as bits, one per nonempty group, made again only when the groups change ({@link
 * Alignments#groupVersion}): marking the members of z's groups for each decision read hundreds of members per
 * decision, about 320 on the benchmark's scenario, though the groups do not change within a turn's decisions
 * (docs/performance.md, "Simulation"). Bandwagoning (patrons) is not kept here: {@link SideScan} reads it from
 * the two states.
 */
final class AlignedWith {
    private final int n;
    /** The groups the bits were made from, and their version then; null: none made yet. */
    private Alignments madeFrom;
    private int madeAt;
    /** Longs of group bits per state. */
    private int words;
    /** Per state j, from {@code j * words}: the bits of the groups j is a member of. */
    private long[] memberOf = new long[0];
    /** Per threat p, the bit of the group against p; -1 when that group has no member. */
    private int[] bitOf;
    /** The bits of the decider's groups. */
    private long[] decider = new long[0];

    AlignedWith(int n) { this.n = n; }

    /** Takes z as the decider: {@link #sharesGroup} then answers for z's balancing groups (z among their members). */
    AlignedWith of(Alignments al, int z) {
        if (al != madeFrom || al.groupVersion() != madeAt) make(al);
        Arrays.fill(decider, 0);
        List<Integer> groups = al.groupsOf(z);
        for (int k = 0, size = groups.size(); k < size; k++) {
            int bit = bitOf[groups.get(k)];
            if (bit >= 0) decider[bit >>> 6] |= 1L << bit;
        }
        return this;
    }

    private void make(Alignments al) {
        bitOf = new int[n];
        int groups = 0;
        for (int p = 0; p < n; p++) bitOf[p] = al.against(p).isEmpty() ? -1 : groups++;
        words = (groups + 63) >>> 6;
        memberOf = new long[n * words];
        decider = new long[words];
        for (int p = 0; p < n; p++) {
            int bit = bitOf[p];
            if (bit < 0) continue;
            List<Integer> members = al.against(p);
            for (int m = 0, count = members.size(); m < count; m++) memberOf[members.get(m) * words + (bit >>> 6)] |= 1L << bit;
        }
        madeFrom = al;
        madeAt = al.groupVersion();
    }

    /** j is a member of one of the decider's balancing groups. */
    boolean sharesGroup(int j) {
        for (int k = 0, at = j * words; k < words; k++) if ((memberOf[at + k] & decider[k]) != 0) return true;
        return false;
    }
}
