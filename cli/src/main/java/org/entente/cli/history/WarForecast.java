package org.entente.cli.history;

import java.util.Map;

import org.entente.importer.history.BrierScore;
import org.entente.importer.history.PairYear;

/**
 * Sampled mode of one war ({@code docs/validation-against-history.md}, "Sampled mode: the Brier score"):
 * the share of N sampled runs in which each pair-year is at war, its Brier score, and the Brier scores
 * of the 0/1 runs beside it.
 *
 * @param samples   the number of sampled runs
 * @param seed      the seed they were drawn with
 * @param shares    per pair-year (by abbreviation) the share of runs at war; pair-years never at war are left out
 * @param model     the Brier score of the shares
 * @param baselines the Brier scores of "nobody" (always: the reference of the skill) and of the requested baselines
 */
public record WarForecast(int samples, long seed, Map<PairYear, Double> shares, BrierScore model,
        Map<HistoryBaselines.Baseline, BrierScore> baselines) {

    public WarForecast {
        shares = Map.copyOf(shares);
        baselines = Map.copyOf(baselines);
        if (!baselines.containsKey(HistoryBaselines.Baseline.nobody)) {
            throw new IllegalArgumentException("a forecast is scored beside \"nobody\", the reference of its skill");
        }
    }

    /** The reference of the skill score: "nobody joins". */
    public BrierScore nobody() {
        return baselines.get(HistoryBaselines.Baseline.nobody);
    }
}
