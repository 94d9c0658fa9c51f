package org.entente.engine.model;

/** Landscape-theory propensity override between two actors (not used by the simulation). */
public record Propensity(String a, String b, double value) {
    public Propensity { Names.require(a, "propensity party"); Names.require(b, "propensity party"); }
}
