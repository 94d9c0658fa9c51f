package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.entente.engine.landscape.ScenarioLandscapeOracle;
import org.entente.engine.model.Scenario;
import org.entente.engine.sample.SampleSummary;
import org.entente.engine.sample.SampledRuns;
import org.entente.engine.sim.Simulation;
import org.entente.engine.sim.SimulationOptions;
import org.entente.engine.trace.Trace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code entente report FILE -o report.html}: the run drawn as charts in one self-contained HTML page
 * (docs/report.md). The numbers are the JSON trace of {@code entente run --format json}; the page only
 * reshapes them for Vega-Lite. {@code --format svg -o DIR}: the same charts as one SVG file each, drawn by
 * the same Vega-Lite specs in a JavaScript engine inside the JVM ({@link ReportSvgFiles}).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
		description = {
				"Write the run of a scenario as one self-contained HTML page of charts.",
				"The page shows power shares, postures, wars and their causes, the alliance network, the threat matrix "
						+ "and the landscape of one year, and the expectations (docs/report.md). It opens offline in any browser and prints.",
				"With --format svg, each chart is written as an SVG file of its own into the folder -o names, for papers." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = {
				"0:report written (failing expectations are shown in it, not an error here)",
				"1:the file has errors, or the report cannot be written",
				"2:usage error, or a file that cannot be read" })
public class ReportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "FILE", description = "The scenario file (.entente).")
	Path file;

	@Option(names = { "-o", "--output" }, paramLabel = "PATH", required = true,
			description = "The HTML file to write, or with --format svg the folder to write the SVG files into "
					+ "(created if missing); every file is replaced atomically.")
	Path output;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "html",
			description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). svg: one file per chart, entente-CHART.svg.")
	Format format;

	enum Format { html, svg }

	@Option(names = "--year", paramLabel = "YEAR",
			description = "The year of the threat matrix, of the landscape and first shown in the alliance network (default: the first year).")
	Integer year;

	@Option(names = "--top", paramLabel = "K", defaultValue = "5",
			description = "How many of the best landscape configurations to chart (default: ${DEFAULT-VALUE}).")
	int top;

	@Option(names = "--samples", paramLabel = "N",
			description = "Also run the scenario N times with drawn decisions (as 'entente run --samples') and chart the probability that each pair is at war by year.")
	Integer samples;

	@Option(names = "--seed", paramLabel = "S",
			description = "Seed of the sampled runs (default: the scenario's seed, else 0).")
	Long seed;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (samples != null && samples < 1) {
			err.println("entente: --samples must be at least 1, got " + samples);
			return Main.USAGE;
		}
		if (seed != null && samples == null) {
			err.println("entente: --seed needs --samples");
			return Main.USAGE;
		}
		if (format == Format.svg && Files.exists(output) && !Files.isDirectory(output)) {
			err.println("entente: cannot write into '" + output + "': it is a file, and --format svg writes a folder of SVG files");
			return Main.FAILED;
		}
		ScenarioInput.YearOfScenario input = ScenarioInput.loadYear(file, year, top, err);
		if (!input.ok()) {
			return input.exitCode();
		}
		Scenario scenario = input.scenario();
		int wanted = input.year();
		// every state explained: the trace then carries the whole threat matrix (docs/trace-schema.md, "threats")
		String[] everyone = scenario.states().stream().map(s -> s.name()).toArray(String[]::new);
		Trace trace = Simulation.run(scenario, SimulationOptions.defaults()
				.withLandscape(new ScenarioLandscapeOracle()).explaining(everyone));
		SampleSummary sampled = samples == null ? null
				: SampledRuns.run(scenario, SimulationOptions.defaults().withLandscape(new ScenarioLandscapeOracle())
						.withJoinRule(SimulationOptions.JoinRule.DECISIONS), samples, seed != null ? seed : scenario.seed());
		Optional<String> data = ReportData.of(scenario, trace, wanted, top, sampled);
		if (data.isEmpty()) {
			err.println("entente: " + file + " has no turn to report.");
			return Main.FAILED;
		}
		String summary = " (" + trace.turns().size() + " turns, "
				+ trace.expectations().stream().filter(r -> r.passed()).count() + " of "
				+ trace.expectations().size() + " expectations hold).";
		if (format == Format.svg) {
			return ReportSvgFiles.write(output, data.get(), summary, out, err);
		}
		try {
			AtomicFiles.write(output, ReportPage.render(scenario.title(), data.get()));
		} catch (IOException | RuntimeException e) {
			err.println("entente: cannot write '" + output + "': " + reason(e));
			return Main.FAILED;
		}
		out.println("Wrote " + output + summary);
		return Main.OK;
	}

	/** Why a file cannot be written, in words (the exceptions' own messages are often just the path). */
	static String reason(Exception e) {
		if (e instanceof FileAlreadyExistsException f) {
			return "'" + f.getFile() + "' is in the way: it exists and is not a folder";
		}
		if (e instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (e instanceof NoSuchFileException) {
			return "no such folder";
		}
		if (e instanceof FileSystemException f && f.getFile() != null) {
			// e.g. "Not a directory": a file where the path needs a folder
			for (Path p = Path.of(f.getFile()).toAbsolutePath(); p != null; p = p.getParent()) {
				if (Files.exists(p) && !Files.isDirectory(p)) {
					return "'" + p + "' is in the way: it exists and is not a folder";
				}
			}
		}
		return e.getMessage();
	}
}
