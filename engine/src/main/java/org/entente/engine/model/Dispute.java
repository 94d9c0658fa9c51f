package org.entente.engine.model;

/** A territorial or other dispute between two states (threat +0.15 both ways). */
public record Dispute(String a, String b, String label) {
    public Dispute { Names.require(a, "dispute party"); Names.require(b, "dispute party"); }
}
