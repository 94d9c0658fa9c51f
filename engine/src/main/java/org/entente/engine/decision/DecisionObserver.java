package org.entente.engine.decision;

import java.util.List;

/**
 * Receives every decision of a run, also the abstentions the trace does not list (the fit of the
 * weights on the training wars reads them; docs/semantics.md §6a).
 */
@FunctionalInterface
public interface DecisionObserver {
    /** @param initiatorSide the war's initiator side and {@code otherSide} the other, as they stood when Z decided */
    void decided(int year, Decision decision, List<String> initiatorSide, List<String> otherSide);
}
