package org.entente.engine.model;

/** A named region (used by {@code defense in REGION}). */
public record Region(String name, String fullName) {
    public Region { Names.require(name, "region name"); }
}
