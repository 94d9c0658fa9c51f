package org.entente.engine.bloc;

import java.util.List;

/**
 * The opposed-war-sides term of the affinity graph (docs/semantics.md §8), kept implicit: every living
 * pair on opposite sides of a war gets {@link AffinityWeights#OPPOSED_WAR_SIDES}, and a world war of
 * two sides of 500 states is a quarter of a million such pairs per turn. Instead of listing them, the
 * partition counts per war side how many living members each bloc holds ({@link BlocPartition}), which
 * gives the same sum per bloc. A pair listed in the graph for another reason carries its opposition in
 * its stored weight, and its residual (weight minus opposition) is what the partition adds for it.
 */
final class WarOpposition {
    /** War sides: slot 2k is side A of war k, 2k + 1 its side B. */
    final int slots;
    /** Per state: {@code slot[slotStart[i] .. slotStart[i+1])} the war sides it is a living member of. */
    final int[] slotStart, slot;
    /** Per war: +1 side A, -1 side B, 0 neither (living states only). */
    private final byte[][] side;

    /** @param sides per war, its side A then its side B (lists of states) */
    WarOpposition(int n, boolean[] alive, List<int[][]> sides) {
        slots = 2 * sides.size();
        side = new byte[sides.size()][];
        int[] count = new int[n + 1];
        for (int k = 0; k < sides.size(); k++) {
            side[k] = new byte[n];
            for (int s = 0; s < 2; s++) {
                for (int i : sides.get(k)[s]) {
                    if (!alive[i] || side[k][i] != 0) continue;
                    side[k][i] = (byte) (s == 0 ? 1 : -1);
                    count[i]++;
                }
            }
        }
        slotStart = new int[n + 1];
        for (int i = 0; i < n; i++) slotStart[i + 1] = slotStart[i] + count[i];
        slot = new int[slotStart[n]];
        int[] fill = new int[n];
        for (int k = 0; k < side.length; k++) {
            for (int i = 0; i < n; i++) if (side[k][i] != 0) slot[slotStart[i] + fill[i]++] = 2 * k + (side[k][i] > 0 ? 0 : 1);
        }
    }

    /** The war side opposite to a slot. */
    static int opposite(int slot) { return slot ^ 1; }

    /** Number of wars in which a and b (both living) fight on opposite sides. */
    int count(int a, int b) {
        int c = 0;
        for (byte[] s : side) if (s[a] != 0 && s[b] != 0 && s[a] != s[b]) c++;
        return c;
    }

    /** The summed opposition of the pair: exact, a small multiple of the war weight. */
    double weight(int a, int b) {
        int c = count(a, b);
        return c == 0 ? 0 : c * AffinityWeights.OPPOSED_WAR_SIDES;
    }

    boolean isEmpty() { return slots == 0; }
}
