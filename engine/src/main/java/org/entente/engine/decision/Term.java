package org.entente.engine.decision;

/** One term of a utility, with the words the trace prints ("threat balancing", "DualAlliance defense of AustriaHungary"). */
public record Term(String label, double value) {}
