package org.entente.engine.model;

/** COW-style treaty labels; alliance, pact and entente differ only in the label. */
public enum TreatyKind { ALLIANCE, PACT, ENTENTE, GUARANTEE }
