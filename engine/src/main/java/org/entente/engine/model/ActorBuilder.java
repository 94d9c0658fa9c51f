package org.entente.engine.model;

/** Fluent properties of a non-state actor. */
public final class ActorBuilder {
    private final String name;
    private String fullName, targets, sponsor;
    private ActorKind kind = ActorKind.ARMED_GROUP;
    private double strength;

    ActorBuilder(String name) { this.name = Names.require(name, "actor name"); }

    public ActorBuilder fullName(String v) { this.fullName = v; return this; }
    public ActorBuilder kind(ActorKind v) { if (v != null) this.kind = v; return this; }
    public ActorBuilder targets(String state) { this.targets = state; return this; }
    public ActorBuilder strength(double v) { this.strength = v; return this; }
    public ActorBuilder sponsor(String state) { this.sponsor = state; return this; }

    Actor build() { return new Actor(name, fullName, kind, targets, strength, sponsor); }
}
