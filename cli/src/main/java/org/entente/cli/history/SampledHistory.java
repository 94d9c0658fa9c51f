package org.entente.cli.history;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.engine.model.Scenario;
import org.entente.engine.sample.SampleSummary;
import org.entente.engine.sample.SampledRuns;
import org.entente.engine.sim.SimulationOptions;
import org.entente.importer.history.BrierScore;
import org.entente.importer.history.HistoryCase;
import org.entente.importer.history.PairYear;

/**
 * The benchmark in sampled mode ({@code docs/validation-against-history.md}, "Sampled mode: the Brier
 * score"): the replayed war's scenario text is run N times by {@link SampledRuns}, as
 * {@code entente run --samples} runs a file, and the share of runs at war per pair-year is scored by
 * the Brier score beside the deterministic runs' (the model's and the baselines'), which are 0/1
 * forecasts.
 */
public final class SampledHistory {

    private SampledHistory() {
    }

    /**
     * @param deterministic the war replayed and scored with the same options (its translated scenario is the one sampled)
     * @param seed          the seed, or null for the scenario's own seed (0 when it declares none), as {@code entente run}
     */
    public static WarForecast forecast(WarResult deterministic, SimulationOptions options, int samples, Long seed) {
        HistoryCase historyCase = deterministic.historyCase();
        Replay replay = deterministic.model();
        Scenario scenario = replay.scenario();
        long s = seed != null ? seed : scenario.seed();
        SampleSummary summary = SampledRuns.run(scenario, options, samples, s);
        Map<PairYear, Double> shares = shares(summary, replay.ids());
        Map<HistoryBaselines.Baseline, BrierScore> baselines = new EnumMap<>(HistoryBaselines.Baseline.class);
        deterministic.baselines().forEach((b, score) -> baselines.put(b, BrierScore.of(score)));
        baselines.computeIfAbsent(HistoryBaselines.Baseline.nobody,
                b -> BrierScore.of(historyCase.score(HistoryBaselines.nobody(historyCase))));
        return new WarForecast(samples, s, shares, historyCase.brier(shares), baselines);
    }

    /** The summary's shares by pair-year, states named by abbreviation (states of no abbreviation are left out). */
    static Map<PairYear, Double> shares(SampleSummary summary, Map<String, String> ids) {
        Map<String, String> abbreviationOf = new HashMap<>();
        ids.forEach((abb, id) -> abbreviationOf.put(id, abb));
        Map<PairYear, Double> out = new HashMap<>();
        List<Integer> years = summary.years();
        for (SampleSummary.Pair p : summary.pairs()) {
            String a = abbreviationOf.get(p.a()), b = abbreviationOf.get(p.b());
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            for (int y = 0; y < years.size(); y++) {
                if (p.atWar()[y] > 0) {
                    out.put(PairYear.of(years.get(y), a, b), p.atWar()[y]);
                }
            }
        }
        return out;
    }
}
