package org.entente.engine.world;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The alignments without treaty in force (docs/semantics.md §5a). Balancing alignments are kept as one
 * group per common threat: every two members of the group against P are aligned, so a coalition of k
 * balancers costs k entries, not k²; a bandwagoner keeps its one patron. Queries are O(groups of a state).
 * The decision rule weighs {@link #aligned(int, int)} like a treaty of prior reliability 0.3.
 */
public final class Alignments {
    private final int n;
    /** Members of the alignment against P, in order of joining. */
    private final List<List<Integer>> members;
    /** Per state: the threats whose alignment it is a member of. */
    private final List<List<Integer>> groupsOf;
    /** Per (state, threat): the sentence written when it joined. */
    private final Map<Long, String> causes = new HashMap<>();
    /** Per state: the state it bandwagons with as an alignment (-1 none), and why. */
    private final int[] patron;
    private final String[] patronCause;
    private int groupVersion;

    Alignments(int n) {
        this.n = n;
        members = new ArrayList<>(n);
        groupsOf = new ArrayList<>(n);
        for (int i = 0; i < n; i++) { members.add(new ArrayList<>(0)); groupsOf.add(new ArrayList<>(0)); }
        patron = new int[n];
        java.util.Arrays.fill(patron, -1);
        patronCause = new String[n];
    }

    /** Whether a and b are aligned: members of the same balancing alignment, or one bandwagons with the other. */
    public boolean aligned(int a, int b) {
        if (a < 0 || b < 0 || a == b) return false;
        if (patron[a] == b || patron[b] == a) return true;
        List<Integer> gb = groupsOf.get(b);
        for (int p : groupsOf.get(a)) if (gb.contains(p)) return true;
        return false;
    }

    /** The sentence that explains why a and b are aligned (the first reason found), or null when they are not. */
    public String cause(int a, int b) {
        if (a < 0 || b < 0 || a == b) return null;
        if (patron[a] == b) return patronCause[a];
        if (patron[b] == a) return patronCause[b];
        List<Integer> gb = groupsOf.get(b);
        for (int p : groupsOf.get(a)) {
            if (!gb.contains(p)) continue;
            return members.get(p).indexOf(a) > members.get(p).indexOf(b) ? causes.get(key(a, p)) : causes.get(key(b, p));
        }
        return null;
    }

    /** The alignments of state s, one per partner and cause: balancing groups in order of joining, then bandwagoning. */
    public List<Alignment> of(int s) {
        List<Alignment> out = new ArrayList<>();
        for (int p : groupsOf.get(s)) {
            for (int m : members.get(p)) {
                if (m != s) out.add(new Alignment(Alignment.Kind.BALANCING, Math.min(s, m), Math.max(s, m), p, cause(s, m)));
            }
        }
        if (patron[s] >= 0) out.add(new Alignment(Alignment.Kind.BANDWAGON, s, patron[s], -1, patronCause[s]));
        for (int z = 0; z < n; z++) if (patron[z] == s) out.add(new Alignment(Alignment.Kind.BANDWAGON, z, s, -1, patronCause[z]));
        return out;
    }

    /** The members of the balancing alignment against p, in order of joining (one member alone is aligned with nobody). */
    public List<Integer> against(int p) { return java.util.Collections.unmodifiableList(members.get(p)); }

    /**
     * s is a member of the balancing alignment against p: {@code against(p).contains(s)}, asked of s's few
     * groups instead of the group's members, who can be hundreds (join and leave keep both lists in step).
     */
    public boolean inGroupAgainst(int s, int p) { return groupsOf.get(s).contains(p); }

    /** The threats whose balancing alignment s belongs to. */
    public List<Integer> groupsOf(int s) { return java.util.Collections.unmodifiableList(groupsOf.get(s)); }

    /** The state s bandwagons with as an alignment, -1 none. */
    public int patron(int s) { return patron[s]; }

    /** Counts the changes of the balancing groups ({@link #join}, {@link #leave}): what is derived from them is kept while it stays. */
    public int groupVersion() { return groupVersion; }

    public void join(int s, int p, String cause) {
        groupVersion++;
        members.get(p).add(s);
        groupsOf.get(s).add(p);
        causes.put(key(s, p), cause);
    }

    public void setCause(int s, int p, String cause) { causes.put(key(s, p), cause); }

    public void leave(int s, int p) {
        groupVersion++;
        members.get(p).remove(Integer.valueOf(s));
        groupsOf.get(s).remove(Integer.valueOf(p));
        causes.remove(key(s, p));
    }

    public void follow(int z, int p, String cause) { patron[z] = p; patronCause[z] = cause; }

    public void unfollow(int z) { patron[z] = -1; patronCause[z] = null; }

    private long key(int s, int p) { return (long) s * n + p; }
}
