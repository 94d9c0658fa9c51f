package org.entente.engine.model;

/** Words for a declared threat perception ({@code threat A -> B high}). */
public enum ThreatLevel {
    LOW(0.2), MEDIUM(0.5), HIGH(0.8);

    private final double value;

    ThreatLevel(double value) { this.value = value; }

    public double value() { return value; }
}
