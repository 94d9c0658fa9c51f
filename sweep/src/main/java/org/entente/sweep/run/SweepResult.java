package org.entente.sweep.run;

import java.util.List;

import org.entente.sweep.plan.Plan;
import org.entente.sweep.plan.Points;

/** Every point of a sweep with the tally of its runs, in point order; the names that the tallies index. */
public record SweepResult(Plan plan, List<Points.Point> points, List<Tally> tallies, List<String> states,
                          List<String> expectations) {
    public SweepResult { points = List.copyOf(points); tallies = List.copyOf(tallies); }
}
