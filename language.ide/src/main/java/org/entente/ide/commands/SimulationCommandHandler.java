package org.entente.ide.commands;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.entente.engine.landscape.LandscapeOptions;
import org.entente.engine.landscape.LandscapeResult;
import org.entente.engine.landscape.ScenarioLandscape;
import org.entente.engine.landscape.ScenarioLandscapeOracle;
import org.entente.engine.model.Scenario;
import org.entente.engine.report.TextReport;
import org.entente.engine.sim.Simulation;
import org.entente.engine.sim.SimulationOptions;
import org.entente.engine.trace.Trace;
import org.entente.entente.Model;
import org.entente.interpreter.ScenarioTranslator;
import org.entente.loading.ScenarioLoader;

import com.google.inject.Inject;

/**
 * The "Run" and "Landscape" code lenses, answered by the engine exactly as {@code entente run} and
 * {@code entente landscape} would: the same translator, simulation, oracle and report.
 */
public class SimulationCommandHandler implements ScenarioCommandHandler {

	/** What the client shows after "Run": a one-line message, the expectations and the full report. */
	public record RunResult(String scenario, String message, boolean allExpectationsMet,
			List<ExpectationOutcome> expectations, String report) {
	}

	public record ExpectationOutcome(String expectation, String outcome, String observed) {
	}

	/** What the client shows after "Landscape": the minimum-energy split at the first turn. */
	public record LandscapeSummary(String scenario, int year, boolean exact, String minimum, double energy,
			List<String> localMinima, String message) {
	}

	@Inject
	private ScenarioTranslator translator;

	@Inject
	private ScenarioLoader loader;

	@Override
	public Object run(Model model) {
		String problem = problems(model);
		if (problem != null) {
			return problem;
		}
		Scenario scenario = translator.translate(model);
		Trace trace = Simulation.run(scenario, SimulationOptions.defaults().withLandscape(new ScenarioLandscapeOracle()));
		List<ExpectationOutcome> outcomes = trace.expectations().stream()
				.map(r -> new ExpectationOutcome(r.expectation().describe(), r.outcome().name(), r.observed())).toList();
		long passed = trace.expectations().stream().filter(r -> r.passed()).count();
		String message = scenario.name() + ": " + trace.turns().size() + " turns simulated; " + passed + " of "
				+ outcomes.size() + " expectations hold.";
		return new RunResult(scenario.name(), message, trace.allExpectationsMet(), outcomes, TextReport.render(trace));
	}

	@Override
	public Object landscape(Model model) {
		String problem = problems(model);
		if (problem != null) {
			return problem;
		}
		Scenario scenario = translator.translate(model);
		int[] years = scenario.turnYears();
		if (years.length == 0) {
			return "entente: " + scenario.name() + " has no turns to analyse.";
		}
		ScenarioLandscape.Analysis analysis = ScenarioLandscape.analyse(scenario, years[0], LandscapeOptions.defaults());
		if (!analysis.hasStates()) {
			return "entente: no state is alive in " + analysis.turn().year() + ": there is no landscape to analyse.";
		}
		ScenarioLandscape.Mapping mapping = analysis.mapping();
		LandscapeResult result = analysis.result();
		List<String> minima = result.localMinima().stream().map(m -> m.configuration().toString()).toList();
		String message = scenario.name() + " in " + mapping.year() + ": " + ScenarioLandscapeOracle.describe(result);
		return new LandscapeSummary(scenario.name(), mapping.year(), result.exact(),
				String.join(", ", result.globalMinimum().sideA()) + " | " + String.join(", ", result.globalMinimum().sideB()),
				result.minimumEnergy(), minima, message);
	}

	/**
	 * A file the CLI would refuse cannot be simulated here either (the loader's one rule,
	 * {@link ScenarioLoader.Readiness}); say so instead of guessing.
	 */
	private String problems(Model model) {
		if (model.getHeader() == null) {
			return "entente: this file has no 'scenario' header, so there is nothing to run.";
		}
		XtextResource resource = (XtextResource) model.eResource();
		long errors = loader.readiness(resource, resource.getURI().lastSegment()).errors();
		if (errors > 0) {
			return "entente: the scenario has " + errors + (errors == 1 ? " error; fix it first" : " errors; fix them first")
					+ " (see the diagnostics).";
		}
		return null;
	}
}
