package org.entente.sweep.run;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import org.entente.engine.expect.ExpectationResult;
import org.entente.engine.model.Polarity;
import org.entente.engine.model.PostureKind;
import org.entente.engine.trace.StateTurn;
import org.entente.engine.trace.Trace;
import org.entente.engine.trace.Turn;

/**
 * What some runs of one point did, as counts: per pair and turn the runs at war, per expectation the runs
 * in which it held, per posture the state-turns that took it, per turn the runs of each polarity. Counts
 * add up exactly in any order, so the merged tally of a point is the same however Spark splits the runs.
 */
public final class Tally implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int POSTURES = PostureKind.values().length, POLARITIES = Polarity.values().length;

    int runs;
    int[] years;
    /** runs at war by (a, b, turn), a before b in declaration order: key (a * states + b) * turns + turn */
    final Map<Long, Integer> wars = new HashMap<>();
    int[] held;
    final long[] postures = new long[POSTURES];
    long stateTurns;
    int[][] polarity; // [turn][Polarity]
    int[][] blocPolarity;

    /** The tally of one run; {@code index} maps state names to declaration order. */
    public static Tally of(Trace trace, Map<String, Integer> index) {
        Tally t = new Tally();
        t.runs = 1;
        int n = trace.turns().size(), states = index.size();
        t.years = new int[n];
        t.polarity = new int[n][POLARITIES];
        t.blocPolarity = new int[n][POLARITIES];
        for (int y = 0; y < n; y++) {
            Turn turn = trace.turns().get(y);
            t.years[y] = turn.year();
            t.polarity[y][turn.polarity().ordinal()]++;
            t.blocPolarity[y][turn.blocPolarity().ordinal()]++;
            for (StateTurn s : turn.states()) {
                t.stateTurns++;
                if (s.posture() != null) t.postures[s.posture().ordinal()]++;
                Integer a = index.get(s.name());
                for (String enemy : s.enemies()) {
                    Integer b = index.get(enemy);
                    if (a != null && b != null && a < b) t.wars.merge(((long) a * states + b) * n + y, 1, Integer::sum);
                }
            }
        }
        t.held = new int[trace.expectations().size()];
        for (int e = 0; e < t.held.length; e++) {
            if (trace.expectations().get(e).outcome() == ExpectationResult.Outcome.PASS) t.held[e]++;
        }
        return t;
    }

    /** Adds another tally of the same point into this one; returns this. */
    public Tally add(Tally o) {
        if (o.runs == 0) return this;
        if (runs == 0) {
            years = o.years.clone();
            held = new int[o.held.length];
            polarity = new int[years.length][POLARITIES];
            blocPolarity = new int[years.length][POLARITIES];
        }
        if (o.years.length != years.length) throw new IllegalStateException("runs of one point with different turns");
        runs += o.runs;
        o.wars.forEach((k, v) -> wars.merge(k, v, Integer::sum));
        for (int e = 0; e < held.length; e++) held[e] += o.held[e];
        for (int p = 0; p < POSTURES; p++) postures[p] += o.postures[p];
        stateTurns += o.stateTurns;
        for (int y = 0; y < years.length; y++) {
            for (int p = 0; p < POLARITIES; p++) {
                polarity[y][p] += o.polarity[y][p];
                blocPolarity[y][p] += o.blocPolarity[y][p];
            }
        }
        return this;
    }

    public int runs() { return runs; }
    public int[] years() { return years; }
    public Map<Long, Integer> wars() { return wars; }
    public int[] held() { return held; }
    public long[] postures() { return postures; }
    public long stateTurns() { return stateTurns; }
    public int[][] polarity() { return polarity; }
    public int[][] blocPolarity() { return blocPolarity; }

    /** Runs at war between states a and b (declaration order, a before b) in turn y. */
    public int atWar(int a, int b, int states, int y) {
        return wars.getOrDefault(((long) a * states + b) * years.length + y, 0);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Tally t)) return false;
        return runs == t.runs && java.util.Arrays.equals(years, t.years) && wars.equals(t.wars) && java.util.Arrays.equals(held, t.held)
                && java.util.Arrays.equals(postures, t.postures) && stateTurns == t.stateTurns
                && java.util.Arrays.deepEquals(polarity, t.polarity) && java.util.Arrays.deepEquals(blocPolarity, t.blocPolarity);
    }

    @Override
    public int hashCode() { return runs * 31 + wars.hashCode(); }
}
