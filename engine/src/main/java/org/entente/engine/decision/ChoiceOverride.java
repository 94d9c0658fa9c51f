package org.entente.engine.decision;

import java.util.List;

/**
 * Replaces the choice of every decision of a run by another one (docs/semantics.md §6a, "Fit"): the fit of the
 * weights replays each training war with history's choices, so that every decision is taken in the situation
 * history produced. The decision's utilities and probabilities stay the model's; only what the state does changes.
 */
@FunctionalInterface
public interface ChoiceOverride {
    /**
     * @param decision      the model's decision (its {@code choice()} is the model's choice)
     * @param initiatorSide the war's initiator side and {@code otherSide} the other, as they stood when the state decided
     * @return the choice to apply: +1 the initiator's side, -1 the other side, 0 stay out
     */
    int choose(int year, Decision decision, List<String> initiatorSide, List<String> otherSide);
}
