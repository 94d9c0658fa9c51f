package org.entente.engine.world;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;

/** A war: two sides, the initiator (first attacker) and the start year. Side lookups are O(1). */
public final class War {
    public final int id;
    public final int initiator;
    public final int target;
    public final int startYear;
    public final List<Integer> sideA = new ArrayList<>();
    public final List<Integer> sideB = new ArrayList<>();
    private final byte[] side;
    /** The side lists' members as ints, in the same order (the first {@code side(sign).size()} entries): read without unboxing. */
    private int[] membersA = new int[4], membersB = new int[4];
    /** Per state, when it (last) joined: the order of the side lists, for lookups that start from a treaty's parties. */
    private final int[] joinedAt;
    /**
     * Who declared war on whom in this war (the opening attacks, then each entrant's declarations): per
     * target its attackers in order of first declaration, and every (attacker, target) pair, so that the
     * casus foederis asks in O(1) whether a foe attacked an ally (docs/performance.md, "Simulation").
     */
    private final List<List<Integer>> attackers;
    private final BitSet[] attackedBy;
    /** Joins so far: a state reconsiders a war in the same turn only after it changed (docs/semantics.md §6). */
    private int joins;
    /** Leaves so far: a side that only grew since a count keeps its earlier members in their places. */
    private int leaves;

    public War(int id, int initiator, int target, int startYear, int states) {
        this.id = id;
        this.initiator = initiator;
        this.target = target;
        this.startYear = startYear;
        this.side = new byte[states];
        this.joinedAt = new int[states];
        this.attackers = new ArrayList<>(Collections.nCopies(states, null));
        this.attackedBy = new BitSet[states];
        join(initiator, 1);
        join(target, -1);
    }

    /** Adds s to side A (+1) or side B (-1) unless it already fights in this war. */
    public void join(int s, int sign) {
        if (side[s] != 0) return;
        side[s] = (byte) (sign > 0 ? 1 : -1);
        (sign > 0 ? sideA : sideB).add(s);
        if (sign > 0) membersA = append(membersA, sideA.size(), s);
        else membersB = append(membersB, sideB.size(), s);
        joinedAt[s] = joins++;
    }

    /** Records that {@code attacker} declared war on {@code target} (it counts as attacking only those). */
    public void declare(int attacker, int target) { recordDeclaration(Integer.valueOf(attacker), target); }

    /**
     * {@link #declare(int, int)} on each of {@code targets} in order, the attacker boxed once: an entrant into a
     * world war declares war on hundreds of states (docs/performance.md, "Simulation").
     */
    public void declare(int attacker, List<Integer> targets) {
        Integer boxed = attacker;
        for (int k = 0, size = targets.size(); k < size; k++) recordDeclaration(boxed, targets.get(k));
    }

    private void recordDeclaration(Integer attacker, int target) {
        if (attackedBy[target] == null) {
            attackedBy[target] = new BitSet();
            attackers.set(target, new ArrayList<>(2));
        }
        if (attackedBy[target].get(attacker)) return;
        attackedBy[target].set(attacker);
        attackers.get(target).add(attacker);
    }

    /** The states that declared war on {@code target} in this war, in order of declaration (unmodifiable). */
    public List<Integer> attackersOf(int target) {
        List<Integer> out = attackers.get(target);
        return out == null ? List.of() : Collections.unmodifiableList(out);
    }

    /** {@code attacker} declared war on {@code target} in this war. */
    public boolean declaredOn(int attacker, int target) {
        BitSet by = attackedBy[target];
        return by != null && by.get(attacker);
    }

    /** The side of the war's first target: the defending side. */
    public int targetSide() { return side[target] != 0 ? side[target] : -1; }

    /** Number of joins so far (changes whenever a side grows). */
    public int joins() { return joins; }

    /** Number of leaves so far (changes whenever a member is removed from a side). */
    public int leaves() { return leaves; }

    public void leave(int s) {
        if (side[s] == 0) return;
        leaves++;
        List<Integer> list = side[s] > 0 ? sideA : sideB;
        int[] members = side[s] > 0 ? membersA : membersB;
        int at = list.indexOf(s);
        list.remove(at);
        System.arraycopy(members, at + 1, members, at, list.size() - at);
        side[s] = 0;
    }

    /** +1 side A, -1 side B, 0 not a belligerent. */
    public int sideOf(int s) { return side[s]; }

    public boolean opposed(int a, int b) {
        int sa = side[a], sb = side[b];
        return sa != 0 && sb != 0 && sa != sb;
    }

    public List<Integer> side(int sign) { return sign > 0 ? sideA : sideB; }

    /**
     * The members of side {@code sign} as ints, in the list's order: the first {@code side(sign).size()} entries
     * of the returned array (read-only; a later join may return another array). A side scan reads hundreds of
     * members per decision (docs/performance.md, "Side scans continued").
     */
    public int[] members(int sign) { return sign > 0 ? membersA : membersB; }

    private static int[] append(int[] members, int size, int s) {
        if (size > members.length) members = java.util.Arrays.copyOf(members, 2 * members.length);
        members[size - 1] = s;
        return members;
    }

    /** Orders two belligerents of the same side as the side's list does (order of joining). */
    public int compareJoined(int a, int b) { return Integer.compare(joinedAt[a], joinedAt[b]); }
}
