package org.entente.engine.model;

/** A non-state actor. Armed groups that target a state raise its domestic threat. */
public record Actor(String name, String fullName, ActorKind kind, String targets, double strength, String sponsor) {
    public Actor {
        Names.require(name, "actor name");
        if (kind == null) kind = ActorKind.ARMED_GROUP;
    }
}
