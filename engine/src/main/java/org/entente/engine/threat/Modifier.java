package org.entente.engine.threat;

/** One modifier applied to a threat score, with a label in words (e.g. "dispute Bosnia"). */
public record Modifier(String label, Kind kind, double amount) {
    public enum Kind { ADD, MULTIPLY, REPLACE }
}
