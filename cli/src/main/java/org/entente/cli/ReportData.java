package org.entente.cli;

import java.util.Locale;
import java.util.Optional;

import org.entente.engine.expect.Condition;
import org.entente.engine.landscape.LandscapeAnalyzer;
import org.entente.engine.landscape.LandscapeOptions;
import org.entente.engine.landscape.LandscapeResult;
import org.entente.engine.landscape.ScenarioLandscape;
import org.entente.engine.model.Clause;
import org.entente.engine.model.Scenario;
import org.entente.engine.model.Treaty;
import org.entente.engine.report.JsonReport;
import org.entente.engine.trace.Trace;
import org.entente.engine.trace.Turn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one JSON object a report page draws (docs/report.md, "Data"): the run's trace exactly as
 * {@link JsonReport} writes it, plus what the trace does not carry: the treaties' parties and clauses
 * (for the alliance network) and the landscape of the chosen year (as {@code entente landscape
 * --format json} writes it). Every number comes from the engine; the page only reshapes.
 */
final class ReportData {

	/** Schema of the report's data; {@code samples} is null until sampled runs exist (docs/report.md). */
	static final String SCHEMA = "entente-report/1";

	private static final ObjectMapper MAPPER = new ObjectMapper();

	private ReportData() {
	}

	/** The data of the page, or empty when the run has no turn. */
	static Optional<String> of(Scenario scenario, Trace trace, int year, int top) {
		if (trace.turns().isEmpty()) {
			return Optional.empty();
		}
		int turnYear = ScenarioLandscape.coveringYear(scenario, year);
		ObjectNode root = MAPPER.createObjectNode();
		root.put("schema", SCHEMA);
		root.put("year", turnYear);
		root.set("trace", keepThreatsOf(read(JsonReport.render(trace)), turnYear));
		root.set("treaties", treaties(scenario));
		root.set("landscape", landscape(scenario, trace, turnYear, top));
		// extension point: sampled runs ('entente run --samples') will put here
		// {"runs": N, "atWar": [{"a", "b", "year", "probability"}]}; the page draws it when present
		root.putNull("samples");
		try {
			return Optional.of(MAPPER.writeValueAsString(root));
		} catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The full threat matrix of every turn would be n² breakdowns per turn: the page shows one year. */
	private static JsonNode keepThreatsOf(JsonNode trace, int year) {
		for (JsonNode turn : trace.path("turns")) {
			if (turn.path("year").asInt() != year) {
				for (JsonNode state : turn.path("states")) {
					((ObjectNode) state).remove("threats");
				}
			}
		}
		return trace;
	}

	private static ArrayNode treaties(Scenario scenario) {
		ArrayNode list = MAPPER.createArrayNode();
		for (Treaty t : scenario.treaties()) {
			ObjectNode o = list.addObject();
			o.put("name", t.name());
			o.put("label", t.label());
			o.put("kind", t.kind().name().toLowerCase(Locale.ROOT));
			t.members().forEach(o.putArray("members")::add);
			t.guarantors().forEach(o.putArray("guarantors")::add);
			t.recipients().forEach(o.putArray("recipients")::add);
			ArrayNode clauses = o.putArray("clauses");
			for (Clause c : t.clauses()) {
				clauses.add(c.type().name().toLowerCase(Locale.ROOT));
			}
		}
		return list;
	}

	private static JsonNode landscape(Scenario scenario, Trace trace, int turnYear, int top) {
		Optional<Turn> turn = trace.turn(turnYear);
		if (turn.isEmpty() || turn.get().states().isEmpty()) {
			return MAPPER.nullNode();
		}
		ScenarioLandscape.Mapping mapping = ScenarioLandscape.map(scenario, turn.get());
		LandscapeResult result = LandscapeAnalyzer.analyze(mapping.problem(), LandscapeOptions.defaults().withTopK(top));
		return read(LandscapeCommand.json(scenario, mapping, result,
				trace.expectations().stream()
						.filter(r -> r.expectation().condition() instanceof Condition.Landscape)
						.toList()));
	}

	private static JsonNode read(String json) {
		try {
			return MAPPER.readTree(json);
		} catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}
}
