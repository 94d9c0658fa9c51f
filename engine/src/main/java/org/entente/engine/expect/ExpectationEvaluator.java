package org.entente.engine.expect;

import java.util.ArrayList;
import java.util.List;
import org.entente.engine.model.Scenario;
import org.entente.engine.trace.Turn;

/**
 * Step 9: evaluates every expectation on the turns. Year Y refers to the turn covering Y (the first turn
 * whose year is ≥ Y). An expectation whose turn was not simulated (run cut short by {@code --until}) or a
 * landscape expectation without an oracle is NOT_EVALUATED.
 */
public final class ExpectationEvaluator {
    private ExpectationEvaluator() {}

    public static List<ExpectationResult> evaluate(Scenario sc, List<Turn> turns, LandscapeOracle oracle) {
        List<ExpectationResult> out = new ArrayList<>();
        for (Expectation e : sc.expectations()) out.add(evaluate(sc, turns, e, oracle));
        return out;
    }

    public static ExpectationResult evaluate(Scenario sc, List<Turn> turns, Expectation e, LandscapeOracle oracle) {
        if (turns.isEmpty()) return notEvaluated(e, "nothing was simulated");
        int[] years = sc.turnYears();
        int lastScenarioYear = years[years.length - 1];
        Turn last = turns.get(turns.size() - 1);
        switch (e.timing()) {
            case AT_END: {
                if (last.year() < lastScenarioYear) return notEvaluated(e, "the run stopped in " + last.year() + " before the end");
                return single(sc, last, e, oracle);
            }
            case IN: {
                Turn t = covering(turns, e.year());
                if (t == null) return notEvaluated(e, "year " + e.year() + " was not simulated");
                return single(sc, t, e, oracle);
            }
            default: {
                Turn limit = covering(turns, e.year());
                ConditionCheck.Observation lastSeen = null;
                int lastYear = 0;
                for (Turn t : turns) {
                    if (limit != null && t.year() > limit.year()) break;
                    ConditionCheck.Observation o = ConditionCheck.check(sc, t, e.condition(), oracle);
                    if (o == null) return notEvaluated(e, "no landscape evaluator");
                    if (o.holds() != e.negated()) {
                        return new ExpectationResult(e, ExpectationResult.Outcome.PASS, "in " + t.year() + ": " + o.observed(), t.year());
                    }
                    lastSeen = o;
                    lastYear = t.year();
                }
                if (limit == null) return notEvaluated(e, "year " + e.year() + " was not simulated");
                return new ExpectationResult(e, ExpectationResult.Outcome.FAIL,
                        "never through " + lastYear + "; in " + lastYear + ": " + lastSeen.observed(), lastYear);
            }
        }
    }

    private static ExpectationResult single(Scenario sc, Turn t, Expectation e, LandscapeOracle oracle) {
        ConditionCheck.Observation o = ConditionCheck.check(sc, t, e.condition(), oracle);
        if (o == null) return notEvaluated(e, "no landscape evaluator");
        boolean pass = o.holds() != e.negated();
        return new ExpectationResult(e, pass ? ExpectationResult.Outcome.PASS : ExpectationResult.Outcome.FAIL,
                "in " + t.year() + ": " + o.observed(), t.year());
    }

    private static ExpectationResult notEvaluated(Expectation e, String why) {
        return new ExpectationResult(e, ExpectationResult.Outcome.NOT_EVALUATED, why, null);
    }

    /** The first turn whose year is ≥ year (the turn covering it), or null. */
    static Turn covering(List<Turn> turns, int year) {
        for (Turn t : turns) if (t.year() >= year) return t;
        return null;
    }
}
