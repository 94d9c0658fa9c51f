package org.entente.engine.model;

/** {@code threat from -> to VALUE}: replaces the computed score of the ordered pair (war still wins). */
public record DeclaredThreat(String from, String to, double value) {
    public DeclaredThreat { Names.require(from, "threat source"); Names.require(to, "threat target"); }
}
