package org.entente.cli;

import java.util.Locale;
import java.util.Optional;

import org.entente.engine.landscape.LandscapeAnalyzer;
import org.entente.engine.landscape.LandscapeOptions;
import org.entente.engine.landscape.LandscapeResult;
import org.entente.engine.landscape.ScenarioLandscape;
import org.entente.engine.model.Clause;
import org.entente.engine.model.Scenario;
import org.entente.engine.model.Treaty;
import org.entente.engine.report.JsonReport;
import org.entente.engine.report.LandscapeReport;
import org.entente.engine.sample.SampleSummary;
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

	/** Schema of the report's data; {@code samples} is null unless sampled runs were asked for (docs/report.md). */
	static final String SCHEMA = "entente-report/1";

	private static final ObjectMapper MAPPER = new ObjectMapper();

	private ReportData() {
	}

	/** The data of the page, or empty when the run has no turn. */
	static Optional<String> of(Scenario scenario, Trace trace, int year, int top) {
		return of(scenario, trace, year, top, null);
	}

	/** The same with sampled runs ({@code entente report --samples}), or none when {@code samples} is null. */
	static Optional<String> of(Scenario scenario, Trace trace, int year, int top, SampleSummary samples) {
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
		// sampled runs: {"runs": N, "seed": S, "atWar": [{"a", "b", "year", "probability"}]}; the page draws it when present
		if (samples == null) {
			root.putNull("samples");
		} else {
			root.set("samples", samples(samples));
		}
		try {
			return Optional.of(MAPPER.writeValueAsString(root));
		} catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The full threat matrix of every turn would be n² breakdowns per turn: the page shows one year. */
	/** Every pair that is at war in some sample, with its share of samples at war each turn. */
	private static ObjectNode samples(SampleSummary summary) {
		ObjectNode samples = MAPPER.createObjectNode();
		samples.put("runs", summary.samples());
		samples.put("seed", summary.seed());
		ArrayNode atWar = samples.putArray("atWar");
		for (SampleSummary.Pair pair : summary.pairs()) {
			for (int k = 0; k < summary.years().size() && k < pair.atWar().length; k++) {
				ObjectNode cell = atWar.addObject();
				cell.put("a", pair.a());
				cell.put("b", pair.b());
				cell.put("year", summary.years().get(k));
				cell.put("probability", pair.atWar()[k]);
			}
		}
		return samples;
	}

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
		return read(LandscapeReport.json(scenario, mapping, result, LandscapeReport.landscapeExpectations(trace)));
	}

	private static JsonNode read(String json) {
		try {
			return MAPPER.readTree(json);
		} catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}
}
