package org.entente.cli.history;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.engine.model.Scenario;
import org.entente.engine.trace.Trace;
import org.entente.importer.history.PairYear;
import org.entente.loading.EntenteDiagnostic;

/**
 * One simulated replay of a war: the scenario text that was run (import plus the scripted openings),
 * its warnings, the full trace (every war entry with its cause chain, for analyses such as fitting a
 * decision model) and the pair-years at war, by COW abbreviation.
 *
 * @param scenario the scenario text translated for the engine (sampled mode runs it again, unparsed)
 * @param ids abbreviation to Entente ID of every imported state
 */
public record Replay(String scenarioText, Scenario scenario, List<EntenteDiagnostic> warnings, Trace trace,
        Map<String, String> ids, Set<PairYear> atWar) {
}
