package org.entente.engine.world;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Who is party to which treaty in force, kept for the whole run and brought up to date only for the
 * treaties whose status or parties changed since it was last asked (docs/performance.md, "Simulation"):
 * the decisions, the threat model, the coalitions, the relevance of states to a war and the lapse rule
 * each walked the thousands of treaty objects once or several times per turn, while only a few dozen
 * change in a turn. {@link World} reports every change ({@link World#treatyChanged}); each answer is an
 * immutable array or list, replaced rather than changed, so a step that keeps one keeps what it saw.
 * Everything is in declaration order, as a walk of {@link World#treaties} gives it ({@code TreatyIndexTest}).
 */
public final class TreatyIndex {
    private static final int[] NONE = new int[0];
    private static final TreatyState[] NO_TREATIES = new TreatyState[0];

    private final World w;
    /** Per treaty index: its parties ({@link TreatyState#parties}) while in force, else null. */
    private final int[][] parties;
    /** Per state: the treaties in force it is a party of, in declaration order. */
    private final List<List<TreatyState>> inForceOf;
    /** Per state: those of its treaties in force that soften threats ({@link TreatyState#softens}), and their other parties, each once. */
    private final TreatyState[][] softeningOf;
    private final int[][] softeningPartners;
    /** Per state: its treaties in force with a defense clause, in declaration order (the coalitions' question, every turn). */
    private final TreatyState[][] defenseOf;
    /** The indices of the treaties in force, ascending; null when to be listed again. */
    private int[] inForce;
    /** Treaties changed since the last update, each once. */
    private final boolean[] dirty;
    private final int[] dirtyList;
    private int dirtyCount;
    /** Per state: the update in which its lists last changed; {@link #updates} counts the updates that changed something. */
    private final int[] changedAt;
    private int updates;
    /** Scratch: states touched by an update; partners of one state. */
    private final boolean[] seen, mark;
    private final int[] buffer, partners;

    TreatyIndex(World w) {
        this.w = w;
        int treaties = w.treaties.size();
        parties = new int[treaties][];
        inForceOf = new ArrayList<>(w.n);
        for (int i = 0; i < w.n; i++) inForceOf.add(List.of());
        softeningOf = new TreatyState[w.n][];
        Arrays.fill(softeningOf, NO_TREATIES);
        softeningPartners = new int[w.n][];
        Arrays.fill(softeningPartners, NONE);
        defenseOf = new TreatyState[w.n][];
        Arrays.fill(defenseOf, NO_TREATIES);
        dirty = new boolean[treaties];
        dirtyList = new int[treaties];
        changedAt = new int[w.n];
        seen = new boolean[w.n];
        mark = new boolean[w.n];
        buffer = new int[w.n];
        partners = new int[w.n];
        for (TreatyState t : w.treaties) changed(t);
    }

    /** t's status or parties changed (or may have). */
    void changed(TreatyState t) {
        if (dirty[t.index]) return;
        dirty[t.index] = true;
        dirtyList[dirtyCount++] = t.index;
    }

    /** Per state, the treaties in force it is a party of, in declaration order (immutable lists). */
    public List<List<TreatyState>> inForceByParty() {
        update();
        return inForceOf;
    }

    /** The treaties in force that x is a party of, in declaration order (immutable). */
    public List<TreatyState> inForce(int x) {
        update();
        return inForceOf.get(x);
    }

    /** The indices of the treaties in force, ascending (do not change the array). */
    public int[] inForce() {
        update();
        if (inForce == null) {
            int count = 0;
            for (int[] p : parties) if (p != null) count++;
            int[] out = new int[count];
            count = 0;
            for (int k = 0; k < parties.length; k++) if (parties[k] != null) out[count++] = k;
            inForce = out;
        }
        return inForce;
    }

    /** The parties of a treaty in force, members then recipients, each once; null when it is not in force (do not change the array). */
    public int[] parties(int treaty) {
        update();
        return parties[treaty];
    }

    /** x's softening treaties in force, in declaration order (do not change the array). */
    public TreatyState[] softening(int x) {
        update();
        return softeningOf[x];
    }

    /** The other parties of x's softening treaties in force, each once, in the order of those treaties and their parties (do not change the array). */
    public int[] softeningPartners(int x) {
        update();
        return softeningPartners[x];
    }

    /** x's treaties in force with a defense clause, in declaration order (do not change the array). */
    public TreatyState[] defense(int x) {
        update();
        return defenseOf[x];
    }

    /** A count that grows whenever some state's lists change. */
    public int version() {
        update();
        return updates;
    }

    /** Whether x's lists changed after {@code version} was read. */
    public boolean changedSince(int x, int version) { return changedAt[x] > version; }

    private void update() {
        if (dirtyCount == 0) return;
        // the changed treaties in ascending order, so that what each state gains is in declaration order
        Arrays.sort(dirtyList, 0, dirtyCount);
        int changedCount = 0, touchedCount = 0;
        int[] touched = buffer;
        for (int d = 0; d < dirtyCount; d++) {
            int k = dirtyList[d];
            dirty[k] = false;
            TreatyState t = w.treaties.get(k);
            int[] before = parties[k];
            int[] now = t.inForce() ? toArray(t.parties()) : null;
            if (before == null ? now == null : Arrays.equals(before, now)) continue;
            parties[k] = now;
            dirtyList[changedCount++] = k; // kept: the treaties that changed, ascending
            dirty[k] = true; // for this update: "changed", cleared below
            for (int[] list : new int[][] {before, now}) {
                if (list == null) continue;
                for (int x : list) if (!seen[x]) { seen[x] = true; touched[touchedCount++] = x; }
            }
        }
        dirtyCount = 0;
        if (changedCount == 0) return;
        updates++;
        inForce = null;
        // per touched state, the changed treaties that list it now, ascending
        List<List<TreatyState>> gained = new ArrayList<>(java.util.Collections.nCopies(w.n, null));
        for (int d = 0; d < changedCount; d++) {
            int[] now = parties[dirtyList[d]];
            if (now == null) continue;
            TreatyState t = w.treaties.get(dirtyList[d]);
            for (int x : now) {
                if (gained.get(x) == null) gained.set(x, new ArrayList<>(2));
                gained.get(x).add(t);
            }
        }
        for (int c = 0; c < touchedCount; c++) {
            int x = touched[c];
            seen[x] = false;
            changedAt[x] = updates;
            // x's unchanged treaties, merged by index with the changed ones that list it
            List<TreatyState> kept = inForceOf.get(x), added = gained.get(x) == null ? List.of() : gained.get(x);
            List<TreatyState> mine = new ArrayList<>(kept.size() + added.size());
            int a = 0, b = 0;
            while (a < kept.size() || b < added.size()) {
                if (a < kept.size() && dirty[kept.get(a).index]) { a++; continue; }
                if (b >= added.size() || (a < kept.size() && kept.get(a).index < added.get(b).index)) mine.add(kept.get(a++));
                else mine.add(added.get(b++));
            }
            inForceOf.set(x, List.copyOf(mine));
            softening(x, mine);
            defenseOf[x] = mine.stream().filter(t -> t.defense).toArray(TreatyState[]::new);
        }
        for (int d = 0; d < changedCount; d++) dirty[dirtyList[d]] = false;
    }

    private void softening(int x, List<TreatyState> mine) {
        List<TreatyState> soft = new ArrayList<>(mine.size());
        for (TreatyState t : mine) if (t.softens()) soft.add(t);
        softeningOf[x] = soft.isEmpty() ? NO_TREATIES : soft.toArray(NO_TREATIES);
        int count = 0;
        for (TreatyState t : soft) for (int j : parties[t.index]) if (j != x && !mark[j]) { mark[j] = true; partners[count++] = j; }
        for (int k = 0; k < count; k++) mark[partners[k]] = false;
        softeningPartners[x] = count == 0 ? NONE : Arrays.copyOf(partners, count);
    }

    private static boolean contains(int[] a, int x) {
        for (int v : a) if (v == x) return true;
        return false;
    }

    private static int[] toArray(List<Integer> list) {
        if (list.isEmpty()) return NONE;
        int[] out = new int[list.size()];
        for (int k = 0; k < out.length; k++) out[k] = list.get(k);
        return out;
    }
}
