package org.entente.engine.world;

import java.util.ArrayList;
import java.util.List;

/** A war: two sides, the initiator (first attacker) and the start year. */
public final class War {
    public final int id;
    public final int initiator;
    public final int target;
    public final int startYear;
    public final List<Integer> sideA = new ArrayList<>();
    public final List<Integer> sideB = new ArrayList<>();

    public War(int id, int initiator, int target, int startYear) {
        this.id = id;
        this.initiator = initiator;
        this.target = target;
        this.startYear = startYear;
        sideA.add(initiator);
        sideB.add(target);
    }

    /** +1 side A, -1 side B, 0 not a belligerent. */
    public int sideOf(int s) { return sideA.contains(s) ? 1 : sideB.contains(s) ? -1 : 0; }

    public boolean opposed(int a, int b) {
        int sa = sideOf(a), sb = sideOf(b);
        return sa != 0 && sb != 0 && sa != sb;
    }

    public List<Integer> side(int sign) { return sign > 0 ? sideA : sideB; }
}
