package org.entente.engine.trace;

import java.util.List;

/**
 * Something that happened in a war this turn: an attack, a party entering, a party staying out, a
 * peace or an annexation ending a war. {@code chain} is the full cause chain, first cause first.
 */
public record WarEntry(int year, int war, Kind kind, String state, String against, String cause, List<String> chain) {
    public enum Kind { ATTACK, ENTERS, STAYS_OUT, PEACE, ENDS }

    public WarEntry { chain = List.copyOf(chain); }
}
