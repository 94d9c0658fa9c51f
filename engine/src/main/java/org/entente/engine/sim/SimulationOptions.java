package org.entente.engine.sim;

import java.util.List;
import java.util.SplittableRandom;
import org.entente.engine.decision.ChoiceOverride;
import org.entente.engine.decision.DecisionObserver;
import org.entente.engine.decision.DecisionWeights;
import org.entente.engine.expect.LandscapeOracle;

/**
 * Options of a run.
 *
 * @param untilYear stop after the last turn at or before this year (null: run to the end)
 * @param explain   states whose threat breakdown against every other state is kept in each turn
 * @param landscape evaluator of {@code landscape} expectations (null: reported as not evaluated)
 * @param joinRule  how states enter wars: by decision (default) or by every triggered treaty (the first model)
 * @param weights   the decision rule's weights (docs/semantics.md §6a); null: the scenario's settings (default: the fit)
 * @param draws     null: every decision takes its most likely choice; else each decision is drawn from it
 *                  (one draw per decision, in a fixed order, so the same seed gives the same run)
 * @param observer  null, or told of every decision (the fit of the weights reads them)
 * @param override  null: every state takes the model's choice; else the choice each decision applies instead
 *                  (the fit replays with history's choices; docs/semantics.md §6a, "Fit")
 */
public record SimulationOptions(Integer untilYear, List<String> explain, LandscapeOracle landscape, JoinRule joinRule,
                                DecisionWeights weights, SplittableRandom draws, DecisionObserver observer,
                                ChoiceOverride override) {
    /** How a state comes to fight in a war it was not attacked in. */
    public enum JoinRule {
        /** Each state decides each turn: join either side or stay out (docs/semantics.md §6). */
        DECISIONS,
        /** Every triggered treaty clause is honoured at once (the first model; the "allies" baseline). */
        TREATIES
    }

    public SimulationOptions {
        explain = explain == null ? List.of() : List.copyOf(explain);
        if (joinRule == null) joinRule = JoinRule.DECISIONS;
    }

    public SimulationOptions(Integer untilYear, List<String> explain, LandscapeOracle landscape) {
        this(untilYear, explain, landscape, JoinRule.DECISIONS, null, null, null, null);
    }

    public static SimulationOptions defaults() { return new SimulationOptions(null, List.of(), null); }

    public SimulationOptions until(Integer year) { return new SimulationOptions(year, explain, landscape, joinRule, weights, draws, observer, override); }
    public SimulationOptions explaining(String... states) { return new SimulationOptions(untilYear, List.of(states), landscape, joinRule, weights, draws, observer, override); }
    public SimulationOptions withLandscape(LandscapeOracle oracle) { return new SimulationOptions(untilYear, explain, oracle, joinRule, weights, draws, observer, override); }
    public SimulationOptions withJoinRule(JoinRule rule) { return new SimulationOptions(untilYear, explain, landscape, rule, weights, draws, observer, override); }
    public SimulationOptions withWeights(DecisionWeights w) { return new SimulationOptions(untilYear, explain, landscape, joinRule, w, draws, observer, override); }
    /** Draws every decision with this generator (sampled mode); null: deterministic. */
    public SimulationOptions drawing(SplittableRandom random) { return new SimulationOptions(untilYear, explain, landscape, joinRule, weights, random, observer, override); }
    public SimulationOptions observing(DecisionObserver o) { return new SimulationOptions(untilYear, explain, landscape, joinRule, weights, draws, o, override); }
    /** Applies {@code o}'s choice in every decision instead of the model's (the observer still sees the model's); null: the model's. */
    public SimulationOptions choosing(ChoiceOverride o) { return new SimulationOptions(untilYear, explain, landscape, joinRule, weights, draws, observer, o); }
    public boolean sampled() { return draws != null; }
}
