package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.entente.engine.expect.Condition;
import org.entente.engine.expect.ExpectationResult;
import org.entente.engine.landscape.ActorStanding;
import org.entente.engine.landscape.BasinMethod;
import org.entente.engine.landscape.Configuration;
import org.entente.engine.landscape.LandscapeOptions;
import org.entente.engine.landscape.LandscapeProblem;
import org.entente.engine.landscape.LandscapeResult;
import org.entente.engine.landscape.LocalMinimum;
import org.entente.engine.landscape.ScenarioLandscape;
import org.entente.engine.model.Scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code entente landscape FILE [--year Y] [--top K] [--format json]}: landscape analysis (Axelrod &amp;
 * Bennett) of the scenario at one turn. The simulation runs up to that turn to get each state's power and
 * the treaties in force; {@link ScenarioLandscape} maps the turn to sizes and propensities.
 */
@Command(name = "landscape", mixinStandardHelpOptions = true,
		description = {
				"Analyse the alliance landscape of a scenario in one year (Axelrod & Bennett 1993).",
				"The lowest-energy two-coalition splits, each state's side and frustration, the local minima and "
						+ "their basins. Sizes are the states' power that turn unless 'size' is declared; propensities are "
						+ "derived (ideology, disputes, rivalries, treaties in force) unless 'propensity' is declared." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = {
				"0:analysis printed (a failing 'expect landscape' is reported, not an error here)",
				"1:the file has errors",
				"2:usage error, or a file that cannot be read" })
public class LandscapeCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "FILE", description = "The scenario file (.entente).")
	Path file;

	@Option(names = "--year", paramLabel = "YEAR",
			description = "The turn to analyse (default: the first year of the scenario); the simulation runs up to it.")
	Integer year;

	@Option(names = "--top", paramLabel = "K", defaultValue = "5",
			description = "How many of the best configurations to list (default: ${DEFAULT-VALUE}).")
	int top;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
	Format format;

	enum Format { text, json }

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		ScenarioInput.YearOfScenario input = ScenarioInput.loadYear(file, year, top, err);
		if (!input.ok()) {
			return input.exitCode();
		}
		Scenario scenario = input.scenario();
		int wanted = input.year();
		if (scenario.states().isEmpty()) {
			err.println("entente: " + file + " declares no state: there is no landscape to analyse.");
			return Main.FAILED;
		}
		ScenarioLandscape.Analysis analysis = ScenarioLandscape.analyse(scenario, wanted, LandscapeOptions.defaults().withTopK(top));
		if (!analysis.hasStates()) {
			err.println("entente: no state is alive in " + analysis.turn().year() + ": there is no landscape to analyse.");
			return Main.FAILED;
		}
		ScenarioLandscape.Mapping mapping = analysis.mapping();
		LandscapeResult result = analysis.result();
		List<ExpectationResult> expectations = new ArrayList<>();
		for (ExpectationResult r : analysis.trace().expectations()) {
			if (r.expectation().condition() instanceof Condition.Landscape) {
				expectations.add(r);
			}
		}
		out.print(format == Format.json ? json(scenario, mapping, result, expectations)
				: text(scenario, mapping, result, expectations));
		return Main.OK;
	}

	// ---------------------------------------------------------------- text

	static String text(Scenario scenario, ScenarioLandscape.Mapping m, LandscapeResult r, List<ExpectationResult> expectations) {
		LandscapeProblem p = m.problem();
		StringBuilder sb = new StringBuilder();
		sb.append("Landscape of ").append(scenario.name()).append(" in ").append(m.year()).append(": ")
				.append(p.actorCount()).append(p.actorCount() == 1 ? " state, " : " states, ")
				.append(r.exact() ? "exact (" + r.configurationsExamined() + " configurations)"
						: "heuristic (best found by " + r.configurationsExamined() + " seeded descents; not guaranteed optimal)")
				.append('\n');
		sb.append("Energy E = sum over ordered pairs of s_i s_j p_ij when i and j are on different sides; lower is more stable.\n");

		sb.append("\nSizes and propensities\n");
		int width = nameWidth(p);
		for (int i = 0; i < p.actorCount(); i++) {
			sb.append("  ").append(pad(p.actors().get(i), width)).append("  size ").append(num(p.size(i)))
					.append(m.sizeSources().get(i) == ScenarioLandscape.Source.DECLARED ? " (declared)" : " (power)")
					.append('\n');
		}
		List<String> pairs = new ArrayList<>();
		for (int i = 0; i < p.actorCount(); i++) {
			for (int j = i + 1; j < p.actorCount(); j++) {
				double v = p.propensity(i, j);
				if (v != 0.0) {
					String a = p.actors().get(i), b = p.actors().get(j);
					pairs.add(a + "-" + b + " " + signed(v)
							+ (m.propensitySource(a, b) == ScenarioLandscape.Source.DECLARED ? " (declared)" : ""));
				}
			}
		}
		sb.append("  propensities (non-zero): ").append(pairs.isEmpty() ? "none" : String.join(", ", pairs)).append('\n');

		sb.append("\nBest configurations\n");
		int rank = 1;
		for (Configuration c : r.best()) {
			sb.append(String.format(Locale.ROOT, "  %2d  E=%s  %s%n", rank++, num(c.energy()), split(c)));
		}

		sb.append("\nGlobal minimum").append(r.exact() ? "" : " (best found)").append(": ").append(split(r.globalMinimum()))
				.append("  E=").append(num(r.minimumEnergy()));
		if (r.globalMinimumCount() > 1) {
			sb.append("  (").append(r.globalMinimumCount()).append(" splits tie)");
		}
		sb.append('\n');
		sb.append("  ").append(pad("state", width)).append("  side  frustration\n");
		for (ActorStanding s : r.standings()) {
			sb.append("  ").append(pad(s.actor(), width)).append("  ").append(pad(s.side().name(), 4)).append("  ")
					.append(signed(s.frustration())).append('\n');
		}

		sb.append("\nLocal minima: ").append(r.localMinimumCount());
		sb.append(r.basinMethod() == BasinMethod.EXACT
				? " (basins: exact, out of " + r.basinPopulation() + " configurations)"
				: " (basins: sampled, out of " + r.basinPopulation() + " seeded starts)");
		if (r.localMinimaTruncated()) {
			sb.append("; the ").append(r.localMinima().size()).append(" lowest listed");
		}
		sb.append('\n');
		rank = 1;
		for (LocalMinimum lm : r.localMinima()) {
			sb.append(String.format(Locale.ROOT, "  %2d  E=%s  basin %d (%.1f%%)  %s%n", rank++, num(lm.energy()),
					lm.basinCount(), 100 * lm.basinShare(), split(lm.configuration())));
		}

		if (!expectations.isEmpty()) {
			sb.append("\nLandscape expectations (simulated up to ").append(m.year()).append(")\n");
			for (ExpectationResult e : expectations) {
				sb.append("  ").append(pad(outcome(e), 4)).append("  expect ").append(e.expectation().describe())
						.append(" -- ").append(e.observed()).append('\n');
			}
		}
		return sb.toString();
	}

	private static String outcome(ExpectationResult e) {
		return switch (e.outcome()) {
			case PASS -> "ok";
			case FAIL -> "FAIL";
			case NOT_EVALUATED -> "--";
		};
	}

	private static String split(Configuration c) {
		return String.join(", ", c.sideA()) + " | " + (c.sideB().isEmpty() ? "-" : String.join(", ", c.sideB()));
	}

	private static int nameWidth(LandscapeProblem p) {
		int w = 5;
		for (String a : p.actors()) {
			w = Math.max(w, a.length());
		}
		return w;
	}

	private static String pad(String s, int width) {
		return s.length() >= width ? s : s + " ".repeat(width - s.length());
	}

	private static String num(double v) {
		return String.format(Locale.ROOT, "%.4f", v == 0.0 ? 0.0 : v);
	}

	private static String signed(double v) {
		return String.format(Locale.ROOT, "%+.4f", v == 0.0 ? 0.0 : v);
	}

	// ---------------------------------------------------------------- json

	static String json(Scenario scenario, ScenarioLandscape.Mapping m, LandscapeResult r, List<ExpectationResult> expectations) {
		ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
		LandscapeProblem p = m.problem();
		ObjectNode root = mapper.createObjectNode();
		root.put("scenario", scenario.name());
		root.put("year", m.year());
		root.put("exact", r.exact());
		root.put("configurationsExamined", r.configurationsExamined());
		ArrayNode actors = root.putArray("actors");
		for (int i = 0; i < p.actorCount(); i++) {
			ObjectNode a = actors.addObject();
			a.put("name", p.actors().get(i));
			a.put("size", p.size(i));
			a.put("sizeSource", m.sizeSources().get(i) == ScenarioLandscape.Source.DECLARED ? "declared" : "power");
		}
		ArrayNode props = root.putArray("propensities");
		for (int i = 0; i < p.actorCount(); i++) {
			for (int j = i + 1; j < p.actorCount(); j++) {
				double v = p.propensity(i, j);
				if (v != 0.0) {
					String a = p.actors().get(i), b = p.actors().get(j);
					ObjectNode o = props.addObject();
					o.put("a", a);
					o.put("b", b);
					o.put("value", v);
					o.put("source", m.propensitySource(a, b) == ScenarioLandscape.Source.DECLARED ? "declared" : "derived");
				}
			}
		}
		ObjectNode min = root.putObject("globalMinimum");
		configuration(min, r.globalMinimum());
		min.put("tied", r.globalMinimumCount());
		ArrayNode standings = min.putArray("standings");
		for (ActorStanding s : r.standings()) {
			ObjectNode o = standings.addObject();
			o.put("actor", s.actor());
			o.put("side", s.side().name());
			o.put("size", s.size());
			o.put("frustration", s.frustration());
		}
		ArrayNode best = root.putArray("best");
		for (Configuration c : r.best()) {
			configuration(best.addObject(), c);
		}
		ObjectNode local = root.putObject("localMinima");
		local.put("count", r.localMinimumCount());
		local.put("basinMethod", r.basinMethod() == BasinMethod.EXACT ? "exact" : "sampled");
		local.put("basinPopulation", r.basinPopulation());
		ArrayNode list = local.putArray("minima");
		for (LocalMinimum lm : r.localMinima()) {
			ObjectNode o = list.addObject();
			configuration(o, lm.configuration());
			o.put("basinCount", lm.basinCount());
			o.put("basinShare", lm.basinShare());
		}
		ArrayNode exp = root.putArray("expectations");
		for (ExpectationResult e : expectations) {
			ObjectNode o = exp.addObject();
			o.put("expectation", e.expectation().describe());
			o.put("outcome", e.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'));
			o.put("observed", e.observed());
		}
		try {
			return mapper.writeValueAsString(root) + System.lineSeparator();
		} catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void configuration(ObjectNode o, Configuration c) {
		o.put("energy", c.energy());
		ArrayNode a = o.putArray("sideA");
		c.sideA().forEach(a::add);
		ArrayNode b = o.putArray("sideB");
		c.sideB().forEach(b::add);
	}
}
