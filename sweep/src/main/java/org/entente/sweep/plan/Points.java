package org.entente.sweep.plan;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The points of a plan: every combination of the listed and ranged parameters (the grid, in declaration
 * order, the last parameter changing fastest), each repeated {@code draws} times with fresh draws of the
 * parameters given as distributions. Point k's draws come from its own seed ({@link Seeds#draws}).
 */
public final class Points {
    private Points() {}

    /** One point: its index and one value per plan parameter, in the plan's order. */
    public record Point(int index, double[] values) implements Serializable {}

    public static long count(Plan plan) {
        long n = plan.draws();
        for (Parameter p : plan.parameters()) {
            if (!p.values().drawn()) n *= axis(p).size();
            if (n > Integer.MAX_VALUE) return n;
        }
        return n;
    }

    public static List<Point> of(Plan plan) {
        List<Parameter> params = plan.parameters();
        int m = params.size();
        List<List<Double>> axes = new ArrayList<>();
        for (Parameter p : params) axes.add(p.values().drawn() ? List.of(Double.NaN) : axis(p));
        long total = count(plan);
        if (total > Integer.MAX_VALUE) throw new IllegalArgumentException("too many points: " + total);
        List<Point> points = new ArrayList<>((int) total);
        int[] at = new int[m];
        int index = 0;
        long cells = total / plan.draws();
        for (long c = 0; c < cells; c++) {
            for (int d = 0; d < plan.draws(); d++) {
                double[] values = new double[m];
                SplittableRandom random = new SplittableRandom(Seeds.draws(plan.seed(), index));
                for (int k = 0; k < m; k++) {
                    Parameter p = params.get(k);
                    values[k] = p.values().drawn() ? draw(p, random) : axes.get(k).get(at[k]);
                }
                points.add(new Point(index++, values));
            }
            for (int k = m - 1; k >= 0; k--) { // odometer: the last axis turns fastest
                if (++at[k] < axes.get(k).size()) break;
                at[k] = 0;
            }
        }
        return points;
    }

    private static List<Double> axis(Parameter p) {
        if (p.values() instanceof Values.Listed l) return l.values();
        if (p.values() instanceof Values.Range r) return r.values();
        return List.of(Double.NaN);
    }

    /** A draw within the parameter's range: a normal draw outside it is drawn again (a truncated normal). */
    private static double draw(Parameter p, SplittableRandom random) {
        if (p.values() instanceof Values.Uniform u) return u.min() + (u.max() - u.min()) * random.nextDouble();
        if (p.values() instanceof Values.Normal n) {
            for (int attempt = 0; attempt < 1_000_000; attempt++) {
                double v = n.mean() + n.sd() * gaussian(random);
                if (p.target().property().allows(v)) return v;
            }
            return n.mean(); // unreachable in practice: the mean lies in the range (checked when read)
        }
        throw new IllegalStateException("not a distribution: " + p.values());
    }

    /** A standard normal draw by the Box-Muller transform (fixed arithmetic: the same on every JVM). */
    private static double gaussian(SplittableRandom random) {
        double u1 = random.nextDouble(), u2 = random.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(1 - u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
    }
}
