package org.entente.cli.history;

import java.util.Map;

import org.entente.importer.history.HistoryCase;
import org.entente.importer.history.Score;

/** The model's replay of one war, its score and the scores of the requested baselines. */
public record WarResult(HistoryCase historyCase, Replay model, Score modelScore,
        Map<HistoryBaselines.Baseline, Score> baselines) {
    public WarResult {
        baselines = Map.copyOf(baselines);
    }
}
