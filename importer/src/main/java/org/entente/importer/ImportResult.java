package org.entente.importer;

import java.util.List;
import java.util.Map;

/**
 * The scenario text written by {@link ScenarioImporter} and the notes about the data (missing
 * values, provisions that could not be expressed, coverage limits), in a deterministic order.
 * {@code stateIds} maps each imported state's COW abbreviation to its Entente ID (they differ only
 * when the abbreviation needs an escape, see {@code docs/import.md}, "IDs").
 */
public record ImportResult(String scenarioText, List<String> notes, Map<String, String> stateIds) {
    public ImportResult {
        scenarioText = java.util.Objects.requireNonNull(scenarioText, "scenarioText");
        notes = List.copyOf(notes);
        stateIds = Map.copyOf(stateIds);
    }

    public ImportResult(String scenarioText, List<String> notes) {
        this(scenarioText, notes, Map.of());
    }
}
