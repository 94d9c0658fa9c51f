package org.entente.sweep.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.entente.engine.landscape.ScenarioLandscapeOracle;
import org.entente.engine.model.Scenario;
import org.entente.engine.model.State;
import org.entente.engine.sim.Simulation;
import org.entente.engine.sim.SimulationOptions;
import org.entente.sweep.plan.Parameter;
import org.entente.sweep.plan.Points;
import org.entente.sweep.plan.Seeds;

/**
 * Runs samples of sweep points: sample s of point p is one sampled run (docs/semantics.md §6) of the
 * point's scenario with the draws of {@link Seeds#run}. One instance per task: it keeps the last point's
 * scenario (tasks run their samples point by point) and its own landscape oracle.
 */
public final class PointRuns {
    private final Scenario base;
    private final List<Parameter> parameters;
    private final long seed;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final SimulationOptions options = SimulationOptions.defaults().withLandscape(new ScenarioLandscapeOracle());
    private int lastPoint = -1;
    private Scenario lastScenario;

    public PointRuns(Scenario base, List<Parameter> parameters, long seed) {
        this.base = base;
        this.parameters = parameters;
        this.seed = seed;
        for (State s : base.states()) index.putIfAbsent(s.name(), index.size());
    }

    /** The tally of one run: sample {@code sample} of {@code point}. */
    public Tally run(Points.Point point, int sample) {
        if (point.index() != lastPoint) {
            lastScenario = Variation.apply(base, parameters, point.values());
            lastPoint = point.index();
        }
        SimulationOptions drawing = options.drawing(new SplittableRandom(Seeds.run(seed, point.index(), sample)));
        return Tally.of(Simulation.run(lastScenario, drawing), index);
    }

    /** The state names in declaration order (the indices of the tallies' pairs). */
    public List<String> stateNames() { return List.copyOf(index.keySet()); }
}
