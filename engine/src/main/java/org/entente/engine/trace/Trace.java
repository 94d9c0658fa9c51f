package org.entente.engine.trace;

import java.util.List;
import java.util.Optional;
import org.entente.engine.expect.ExpectationResult;
import org.entente.engine.model.Scenario;

/** The immutable result of a run: the scenario, one {@link Turn} per simulated year, the expectation results. */
public record Trace(Scenario scenario, List<Turn> turns, List<ExpectationResult> expectations) {
    public Trace {
        turns = List.copyOf(turns);
        expectations = List.copyOf(expectations);
    }

    public Optional<Turn> turn(int year) {
        for (Turn t : turns) if (t.year() == year) return Optional.of(t);
        return Optional.empty();
    }

    public Turn last() { return turns.get(turns.size() - 1); }

    /** True when no expectation failed (not-evaluated ones do not count as failures). */
    public boolean allExpectationsMet() {
        for (ExpectationResult r : expectations) if (r.outcome() == ExpectationResult.Outcome.FAIL) return false;
        return true;
    }
}
