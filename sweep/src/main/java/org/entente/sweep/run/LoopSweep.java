package org.entente.sweep.run;

import java.util.ArrayList;
import java.util.List;

import org.entente.engine.expect.Expectation;
import org.entente.engine.model.Scenario;
import org.entente.sweep.plan.Plan;
import org.entente.sweep.plan.Points;

/**
 * The sweep as a plain loop in this thread, point after point, sample after sample: the reference the
 * Spark sweep must match number for number (SweepAgainstLoopTest), and the baseline of its overhead.
 */
public final class LoopSweep {
    private LoopSweep() {}

    public static SweepResult run(Plan plan, Scenario scenario, List<Points.Point> points, Progress progress) {
        PointRuns runs = new PointRuns(scenario, plan.parameters(), plan.seed());
        List<Tally> tallies = new ArrayList<>();
        long done = 0;
        for (Points.Point point : points) {
            Tally tally = new Tally();
            for (int s = 0; s < plan.samples(); s++) {
                tally.add(runs.run(point, s));
                progress.finished(++done);
            }
            tallies.add(tally);
        }
        return new SweepResult(plan, points, tallies, runs.stateNames(), expectations(scenario));
    }

    public static List<String> expectations(Scenario scenario) {
        return scenario.expectations().stream().map(Expectation::describe).toList();
    }
}
