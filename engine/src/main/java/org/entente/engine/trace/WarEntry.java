package org.entente.engine.trace;

import java.util.List;
import org.entente.engine.decision.Decision;

/**
 * Something that happened in a war this turn: an attack, a party entering, a party staying out, a
 * peace or an annexation ending a war. {@code chain} is the full cause chain, first cause first;
 * {@code decision} the utilities behind an entry or abstention of the decision rule (null otherwise).
 */
public record WarEntry(int year, int war, Kind kind, String state, String against, String cause, List<String> chain,
                       Decision decision) {
    public enum Kind { ATTACK, ENTERS, STAYS_OUT, PEACE, ENDS }

    public WarEntry { chain = List.copyOf(chain); }

    public WarEntry(int year, int war, Kind kind, String state, String against, String cause, List<String> chain) {
        this(year, war, kind, state, against, cause, chain, null);
    }
}
