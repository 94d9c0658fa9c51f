package org.entente.engine.world;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The alignments in force (docs/semantics.md §5a), in order of formation. Queries are O(alignments of
 * one state). The decision rule weighs {@link #aligned(int, int)} like a treaty of prior reliability 0.3.
 */
public final class Alignments {
    private final List<Alignment> all = new ArrayList<>();
    private final List<List<Alignment>> byState;

    Alignments(int n) {
        byState = new ArrayList<>(n);
        for (int i = 0; i < n; i++) byState.add(new ArrayList<>(0));
    }

    /** Whether a and b are aligned (against any threat, or as bandwagoner and patron). */
    public boolean aligned(int a, int b) {
        if (a < 0 || b < 0 || a == b) return false;
        for (Alignment x : byState.get(a)) if (x.partnerOf(a) == b) return true;
        return false;
    }

    /** The alignment of a and b against {@code against} (-1: the bandwagon alignment), or null. */
    public Alignment find(Alignment.Kind kind, int a, int b, int against) {
        for (Alignment x : byState.get(a)) {
            if (x.kind() == kind && x.against() == against && x.partnerOf(a) == b) return x;
        }
        return null;
    }

    /** Every alignment in force, in order of formation (unmodifiable view). */
    public List<Alignment> all() { return Collections.unmodifiableList(all); }

    /** The alignments of one state, in order of formation (unmodifiable view). */
    public List<Alignment> of(int s) { return Collections.unmodifiableList(byState.get(s)); }

    public void add(Alignment x) {
        all.add(x);
        byState.get(x.a()).add(x);
        byState.get(x.b()).add(x);
    }

    /** Removes the given alignments (identity), keeping the order of the others. */
    public void removeAll(List<Alignment> gone) {
        if (gone.isEmpty()) return;
        java.util.Set<Alignment> set = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        set.addAll(gone);
        all.removeIf(set::contains);
        for (Alignment x : gone) {
            byState.get(x.a()).removeIf(y -> y == x);
            byState.get(x.b()).removeIf(y -> y == x);
        }
    }
}
