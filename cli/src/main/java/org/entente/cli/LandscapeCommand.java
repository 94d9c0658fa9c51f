package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.entente.engine.expect.ExpectationResult;
import org.entente.engine.landscape.LandscapeOptions;
import org.entente.engine.landscape.ScenarioLandscape;
import org.entente.engine.model.Scenario;
import org.entente.engine.report.LandscapeReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code entente landscape FILE [--year Y] [--top K] [--format json]}: landscape analysis (Axelrod &amp;
 * Bennett) of the scenario at one turn. The simulation runs up to that turn to get each state's power and
 * the treaties in force; {@link ScenarioLandscape} maps the turn to sizes and propensities and
 * {@link LandscapeReport} prints the result.
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
		List<ExpectationResult> expectations = LandscapeReport.landscapeExpectations(analysis.trace());
		out.print(format == Format.json ? LandscapeReport.json(scenario, analysis.mapping(), analysis.result(), expectations)
				: LandscapeReport.text(scenario, analysis.mapping(), analysis.result(), expectations));
		return Main.OK;
	}
}
