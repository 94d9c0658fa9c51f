package org.entente.engine.sample;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.entente.engine.expect.ExpectationResult;
import org.entente.engine.model.Scenario;
import org.entente.engine.model.State;
import org.entente.engine.sim.Simulation;
import org.entente.engine.sim.SimulationOptions;
import org.entente.engine.trace.StateTurn;
import org.entente.engine.trace.Trace;
import org.entente.engine.trace.Turn;

/**
 * Sampled mode (docs/semantics.md §6): N runs in which every decision is drawn from its probabilities.
 * Run k draws from the k-th generator split off {@code new SplittableRandom(seed)}, so the same seed gives
 * the same runs in the same order, and the summary the same bytes.
 */
public final class SampledRuns {
    private SampledRuns() {}

    public static SampleSummary run(Scenario scenario, SimulationOptions options, int samples, long seed) {
        if (samples < 1) throw new IllegalArgumentException("samples must be at least 1");
        SimulationOptions base = options == null ? SimulationOptions.defaults() : options;
        SplittableRandom root = new SplittableRandom(seed);
        List<String> names = new ArrayList<>();
        for (State s : scenario.states()) names.add(s.name());
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) index.putIfAbsent(names.get(i), i);
        int n = names.size();
        List<Integer> years = null;
        int[][][] atWar = null; // [turn][a][b], a < b
        List<String> expectations = new ArrayList<>();
        int[] held = null, evaluated = null;
        for (int k = 0; k < samples; k++) {
            Trace trace = Simulation.run(scenario, base.drawing(root.split()));
            if (years == null) {
                years = new ArrayList<>();
                for (Turn t : trace.turns()) years.add(t.year());
                atWar = new int[years.size()][n][n];
                for (ExpectationResult r : trace.expectations()) expectations.add(r.expectation().describe());
                held = new int[expectations.size()];
                evaluated = new int[expectations.size()];
            }
            for (int y = 0; y < years.size() && y < trace.turns().size(); y++) {
                // states on the same sides share one enemy list in a turn (hundreds of names each in a world war):
                // each list's names are looked up once per turn, not once per state (docs/performance.md, "Simulation")
                IdentityHashMap<List<String>, int[]> enemyIndices = new IdentityHashMap<>();
                int[][] pairs = atWar[y];
                for (StateTurn s : trace.turns().get(y).states()) {
                    int a = index.get(s.name());
                    int[] enemies = enemyIndices.computeIfAbsent(s.enemies(), list -> indices(list, index));
                    int[] row = pairs[a];
                    for (int b : enemies) if (a < b) row[b]++;
                }
            }
            for (int e = 0; e < expectations.size(); e++) {
                ExpectationResult r = trace.expectations().get(e);
                if (r.outcome() != ExpectationResult.Outcome.NOT_EVALUATED) evaluated[e]++;
                if (r.passed()) held[e]++;
            }
        }
        List<SampleSummary.Pair> pairs = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                double[] share = new double[years.size()];
                boolean any = false;
                for (int y = 0; y < years.size(); y++) {
                    share[y] = atWar[y][a][b] / (double) samples;
                    any |= atWar[y][a][b] > 0;
                }
                if (any) pairs.add(new SampleSummary.Pair(names.get(a), names.get(b), share));
            }
        }
        List<SampleSummary.ExpectationShare> shares = new ArrayList<>();
        for (int e = 0; e < expectations.size(); e++) {
            shares.add(new SampleSummary.ExpectationShare(expectations.get(e), held[e] / (double) samples, evaluated[e] > 0,
                    2 * held[e] > samples));
        }
        return new SampleSummary(scenario.name(), samples, seed, years, pairs, shares);
    }

    /** The indices of the names, in order; names of no state are left out. */
    private static int[] indices(List<String> names, Map<String, Integer> index) {
        int[] out = new int[names.size()];
        int count = 0;
        for (String name : names) {
            Integer b = index.get(name);
            if (b != null) out[count++] = b;
        }
        return count == out.length ? out : java.util.Arrays.copyOf(out, count);
    }
}
