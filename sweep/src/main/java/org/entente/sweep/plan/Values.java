package org.entente.sweep.plan;

import java.io.Serializable;
import java.util.List;

/** How a parameter's values are given: a list, a range, or a distribution drawn with the plan's seed. */
public sealed interface Values extends Serializable {

    /** Whether the values are drawn (one per point) rather than listed (one grid axis). */
    default boolean drawn() { return false; }

    /** The values in order: {@code [0.3, 0.4]}. */
    record Listed(List<Double> values) implements Values {
        public Listed { values = List.copyOf(values); }
    }

    /** {@code from}, {@code from + step}, ... up to {@code to} (included when it falls on a step). */
    record Range(double from, double to, double step) implements Values {
        public List<Double> values() {
            // each value from its index, not by adding steps, so that no rounding error piles up
            long n = (long) Math.floor((to - from) / step + 1e-9) + 1;
            Double[] out = new Double[(int) n];
            for (int k = 0; k < n; k++) out[k] = from + k * step;
            return List.of(out);
        }
    }

    /** Uniform between min and max. */
    record Uniform(double min, double max) implements Values {
        @Override public boolean drawn() { return true; }
    }

    /** Normal with this mean and standard deviation; draws outside the parameter's range are drawn again. */
    record Normal(double mean, double sd) implements Values {
        @Override public boolean drawn() { return true; }
    }
}
