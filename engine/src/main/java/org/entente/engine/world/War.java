package org.entente.engine.world;

import java.util.ArrayList;
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
    /** Who declared war on whom in this war, in order: the opening attacks, then each entrant's declarations. */
    private final List<int[]> declarations = new ArrayList<>();
    /** Joins so far: a state reconsiders a war in the same turn only after it changed (docs/semantics.md §6). */
    private int joins;

    public War(int id, int initiator, int target, int startYear, int states) {
        this.id = id;
        this.initiator = initiator;
        this.target = target;
        this.startYear = startYear;
        this.side = new byte[states];
        join(initiator, 1);
        join(target, -1);
    }

    /** Adds s to side A (+1) or side B (-1) unless it already fights in this war. */
    public void join(int s, int sign) {
        if (side[s] != 0) return;
        side[s] = (byte) (sign > 0 ? 1 : -1);
        (sign > 0 ? sideA : sideB).add(s);
        joins++;
    }

    /** Records that {@code attacker} declared war on {@code target} (it counts as attacking only those). */
    public void declare(int attacker, int target) { declarations.add(new int[] {attacker, target}); }

    /** The states that declared war on {@code target} in this war, in order of declaration. */
    public List<Integer> attackersOf(int target) {
        List<Integer> out = new ArrayList<>();
        for (int[] d : declarations) if (d[1] == target && !out.contains(d[0])) out.add(d[0]);
        return out;
    }

    /** The side of the war's first target: the defending side. */
    public int targetSide() { return side[target] != 0 ? side[target] : -1; }

    /** Number of joins so far (changes whenever a side grows). */
    public int joins() { return joins; }

    public void leave(int s) {
        if (side[s] == 0) return;
        (side[s] > 0 ? sideA : sideB).remove(Integer.valueOf(s));
        side[s] = 0;
    }

    /** +1 side A, -1 side B, 0 not a belligerent. */
    public int sideOf(int s) { return side[s]; }

    public boolean opposed(int a, int b) {
        int sa = side[a], sb = side[b];
        return sa != 0 && sb != 0 && sa != sb;
    }

    public List<Integer> side(int sign) { return sign > 0 ? sideA : sideB; }
}
