package org.entente.engine.expect;

import java.util.List;
import org.entente.engine.model.Scenario;
import org.entente.engine.trace.Turn;

/**
 * Evaluation hook for {@code expect landscape A, B | C, D}, implemented by the landscape package.
 * Without an oracle such expectations are reported as not evaluated.
 */
@FunctionalInterface
public interface LandscapeOracle {
    /** Whether the minimum-energy split of the scenario at this turn separates sideA from sideB, and what was observed. */
    Verdict evaluate(Scenario scenario, Turn turn, List<String> sideA, List<String> sideB);

    record Verdict(boolean holds, String observed) {}
}
