package org.entente.engine.model;

/** A strategic rivalry between two states (threat +0.1 both ways). */
public record Rivalry(String a, String b) {
    public Rivalry { Names.require(a, "rivalry party"); Names.require(b, "rivalry party"); }
}
