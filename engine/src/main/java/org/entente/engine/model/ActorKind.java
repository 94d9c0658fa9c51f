package org.entente.engine.model;

/** Kinds of non-state actor; only armed groups feed domestic threat. */
public enum ActorKind { NGO, CORPORATION, ARMED_GROUP }
