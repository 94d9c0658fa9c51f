package org.entente.importer;

import java.util.List;

/**
 * The scenario text written by {@link ScenarioImporter} and the notes about the data (missing
 * values, provisions that could not be expressed, coverage limits), in a deterministic order.
 */
public record ImportResult(String scenarioText, List<String> notes) {
    public ImportResult {
        scenarioText = java.util.Objects.requireNonNull(scenarioText, "scenarioText");
        notes = List.copyOf(notes);
    }
}
