package org.entente.engine.trace;

import java.util.List;

/** A connected component of the alignment graph (step 8). A pole holds a great power (and at least poleShare of power). */
public record Bloc(int id, List<String> members, List<String> greatPowers, double power, boolean pole) {
    public Bloc { members = List.copyOf(members); greatPowers = List.copyOf(greatPowers); }
}
