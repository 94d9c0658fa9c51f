package org.entente.engine.sim;

import java.util.List;
import org.entente.engine.expect.LandscapeOracle;

/**
 * Options of a run.
 *
 * @param untilYear stop after the last turn at or before this year (null: run to the end)
 * @param explain   states whose threat breakdown against every other state is kept in each turn
 * @param landscape evaluator of {@code landscape} expectations (null: reported as not evaluated)
 */
public record SimulationOptions(Integer untilYear, List<String> explain, LandscapeOracle landscape) {
    public SimulationOptions { explain = explain == null ? List.of() : List.copyOf(explain); }

    public static SimulationOptions defaults() { return new SimulationOptions(null, List.of(), null); }

    public SimulationOptions until(Integer year) { return new SimulationOptions(year, explain, landscape); }
    public SimulationOptions explaining(String... states) { return new SimulationOptions(untilYear, List.of(states), landscape); }
    public SimulationOptions withLandscape(LandscapeOracle oracle) { return new SimulationOptions(untilYear, explain, oracle); }
}
