package org.entente.sweep.out;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.entente.engine.model.Polarity;
import org.entente.engine.model.PostureKind;
import org.entente.sweep.run.Tally;

/**
 * The output rows of a tally, in long format (docs/sweep.md, "Output columns"): one row per measure,
 * subject and year, in a fixed order: wars by pair (declaration order) and year, expectations in
 * declaration order, postures, then polarity and bloc polarity by year. Zero shares are left out.
 */
public final class Rows {
    private Rows() {}

    /** One output row's measure part; the point, sample and parameter columns come before it. */
    public record Row(String measure, String subject, Integer year, double value) implements Serializable {}

    public static List<Row> of(Tally t, List<String> states, List<String> expectations) {
        List<Row> rows = new ArrayList<>();
        if (t.runs() == 0) return rows;
        double runs = t.runs();
        int[] years = t.years();
        int n = years.length, s = states.size();
        for (Map.Entry<Long, Integer> e : new TreeMap<>(t.wars()).entrySet()) {
            long key = e.getKey();
            int y = (int) (key % n);
            long pair = key / n;
            rows.add(new Row("war", states.get((int) (pair / s)) + "-" + states.get((int) (pair % s)), years[y], e.getValue() / runs));
        }
        int[] held = t.held();
        for (int k = 0; k < held.length; k++) {
            rows.add(new Row("expectation", k < expectations.size() ? expectations.get(k) : "#" + (k + 1), null, held[k] / runs));
        }
        long[] postures = t.postures();
        for (PostureKind p : PostureKind.values()) {
            if (postures[p.ordinal()] > 0) rows.add(new Row("posture", p.word(), null, postures[p.ordinal()] / (double) t.stateTurns()));
        }
        polarity(rows, "polarity", t.polarity(), years, runs);
        polarity(rows, "bloc-polarity", t.blocPolarity(), years, runs);
        return rows;
    }

    private static void polarity(List<Row> rows, String measure, int[][] counts, int[] years, double runs) {
        for (int y = 0; y < years.length; y++) {
            for (Polarity p : Polarity.values()) {
                if (counts[y][p.ordinal()] > 0) rows.add(new Row(measure, p.word(), years[y], counts[y][p.ordinal()] / runs));
            }
        }
    }

    /** A number as the CSV writes it: whole numbers without a decimal point, others in Java's shortest form. */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }
}
