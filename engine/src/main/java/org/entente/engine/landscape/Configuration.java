package org.entente.engine.landscape;

import java.util.List;

/**
 * A split of the actors into two sides. {@code sideA} always contains the first declared actor; both
 * lists are in declaration order; {@code sideB} may be empty (everyone together).
 *
 * @param energy the energy (docs/landscape.md, "Formulas and sign convention") {@code Σ_i Σ_{j≠i} s_i s_j p_ij d_ij} of this split
 */
public record Configuration(List<String> sideA, List<String> sideB, double energy) {

    public Configuration {
        sideA = List.copyOf(sideA);
        sideB = List.copyOf(sideB);
    }

    /** The side of {@code actor}, or null when it is not an actor of this configuration. */
    public Side sideOf(String actor) {
        if (sideA.contains(actor)) {
            return Side.A;
        }
        return sideB.contains(actor) ? Side.B : null;
    }

    /** {@code "A, B | C, D"}, the notation of {@code expect landscape}. */
    @Override
    public String toString() {
        return String.join(", ", sideA) + " | " + String.join(", ", sideB) + " (E=" + energy + ")";
    }
}
