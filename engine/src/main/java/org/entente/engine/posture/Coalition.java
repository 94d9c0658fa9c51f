package org.entente.engine.posture;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * C(i) in rule order: i, the other states of P's group (those whose primary threat is P, declaration
 * order), then i's defense partners. The group array is shared by every coalition against the same P,
 * so a coalition costs O(partners), not O(|C|): groups of hundreds of states are common at scale.
 */
public final class Coalition {
    /** No coalition (postures decided before rule 4). */
    public static final Coalition NONE = new Coalition(-1, new int[0], 0, new int[0]);

    private final int self;
    private final int[] group;
    private final int groupSize;
    /** Position of self in the group, or -1: {@link #get} skips it. */
    private final int selfInGroup;
    private final int[] partners;

    Coalition(int self, int[] group, int groupSize, int[] partners) {
        this.self = self;
        this.group = group;
        this.groupSize = groupSize;
        this.selfInGroup = self < 0 ? -1 : indexOf(group, groupSize, self);
        this.partners = partners;
    }

    private static int indexOf(int[] sorted, int size, int x) {
        int k = java.util.Arrays.binarySearch(sorted, 0, size, x);
        return k < 0 ? -1 : k;
    }

    public int size() {
        if (self < 0) return 0;
        return 1 + groupSize - (selfInGroup >= 0 ? 1 : 0) + partners.length;
    }

    public boolean isEmpty() { return self < 0; }

    /** The k-th state of C(i), in rule order. */
    public int get(int k) {
        if (k == 0) return self;
        int g = k - 1;
        int fromGroup = groupSize - (selfInGroup >= 0 ? 1 : 0);
        if (g < fromGroup) return group[selfInGroup >= 0 && g >= selfInGroup ? g + 1 : g];
        return partners[g - fromGroup];
    }

    /** CP = Σ power over C(i), summed in rule order (the order fixes the floating-point result). */
    public double power(double[] power) {
        double s = 0;
        for (int k = 0, size = size(); k < size; k++) s += power[get(k)];
        return s;
    }

    /** The members' names, as an unmodifiable view (no copy per state and turn). */
    public List<String> names(String[] names) {
        return isEmpty() ? List.of() : new Names(this, names);
    }

    private static final class Names extends AbstractList<String> implements RandomAccess {
        private final Coalition c;
        private final String[] names;

        Names(Coalition c, String[] names) { this.c = c; this.names = names; }

        @Override public String get(int k) {
            if (k < 0 || k >= c.size()) throw new IndexOutOfBoundsException(k);
            return names[c.get(k)];
        }

        @Override public int size() { return c.size(); }
    }
}
