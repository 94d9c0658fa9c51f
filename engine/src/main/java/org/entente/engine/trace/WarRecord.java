package org.entente.engine.trace;

import java.util.List;

/** An ongoing war at the end of a turn: the two sides, initiator first on side A. */
public record WarRecord(int id, int started, String initiator, String target, List<String> sideA, List<String> sideB) {
    public WarRecord { sideA = List.copyOf(sideA); sideB = List.copyOf(sideB); }

    public boolean opposed(String a, String b) {
        return (sideA.contains(a) && sideB.contains(b)) || (sideB.contains(a) && sideA.contains(b));
    }
}
