package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.entente.engine.decision.DecisionWeights;
import org.entente.engine.landscape.ScenarioLandscapeOracle;
import org.entente.engine.model.Scenario;
import org.entente.engine.report.CsvReport;
import org.entente.engine.report.ExplainReport;
import org.entente.engine.report.JsonReport;
import org.entente.engine.report.TextReport;
import org.entente.engine.sample.SampleReport;
import org.entente.engine.sample.SampleSummary;
import org.entente.engine.sample.SampledRuns;
import org.entente.engine.sim.Simulation;
import org.entente.engine.sim.SimulationOptions;
import org.entente.engine.trace.Trace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code entente run FILE}: the simulation, turn by turn, and the expectation results. */
@Command(name = "run", mixinStandardHelpOptions = true,
		description = {
				"Simulate a scenario turn by turn.",
				"Balance-of-threat semantics (docs/semantics.md): each turn's postures, wars with their causes, "
						+ "treaty changes and polarity, then each expectation as PASS or FAIL." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = {
				"0:every expectation holds",
				"1:an expectation fails, or the file has errors",
				"2:usage error, or a file that cannot be read" })
public class RunCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "FILE", description = "The scenario file (.entente).")
	Path file;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). JSON follows docs/trace-schema.md.")
	Format format;

	@Option(names = "--explain", paramLabel = "STATE",
			description = "Explain one state each turn: its threat scores against every other state and its reasoning.")
	String explain;

	@Option(names = "--until", paramLabel = "YEAR",
			description = "Stop after the turn of YEAR (a year within the scenario's turns).")
	Integer until;

	@Option(names = "--no-warnings", description = "Do not print the file's warnings (errors are always printed).")
	boolean noWarnings;

	@Option(names = "--samples", paramLabel = "N",
			description = "Draw every decision instead of taking the most likely one, N times; report per pair and year the share of runs at war, and per expectation the share of runs in which it holds (passes on a majority).")
	Integer samples;

	@Option(names = "--seed", paramLabel = "S",
			description = "Seed of the sampled runs (default: the scenario's seed, else 0). The same seed gives the same output.")
	Long seed;

	@Option(names = "--join-rule", paramLabel = "RULE", defaultValue = "decisions",
			description = "How states enter wars: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; 'treaties' is the first model: every triggered clause honoured).")
	JoinRule joinRule;

	@Option(names = "--weights", paramLabel = "SET",
			description = "The decision rule's weights: ${COMPLETION-CANDIDATES}, replacing the file's 'settings { decision ... }' entry as a whole (default: the file's entry, else 'fitted', the sign-constrained fit of 'entente history --fit'; 'priors' are the design's, with bandwagoning at 3; docs/semantics.md §6a).")
	WeightSet weights;

	enum Format { text, json, csv }

	enum JoinRule { decisions, treaties }

	enum WeightSet { fitted, priors }

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		ScenarioInput.Loaded input = ScenarioInput.load(file, err, !noWarnings);
		if (!input.ok()) {
			return input.exitCode();
		}
		Scenario scenario = input.scenario();
		if (explain != null && scenario.state(explain).isEmpty()) {
			err.println("entente: --explain " + explain + ": no state of that name in " + file);
			return Main.USAGE;
		}
		if (until != null && !ScenarioInput.withinTurns(scenario, "--until", until, err)) {
			return Main.USAGE;
		}
		if (samples != null) {
			return sampled(scenario, out, err);
		}
		Trace trace;
		if (explain != null) {
			// the report runs the scenario itself, to see every decision of the state, also those the trace does not list
			ExplainReport.Explained explained = ExplainReport.explain(scenario, explain, options());
			trace = explained.trace();
			out.print(explained.text());
		} else {
			trace = Simulation.run(scenario, options());
			out.print(switch (format) {
				case json -> JsonReport.render(trace);
				case csv -> CsvReport.render(trace);
				case text -> TextReport.render(trace);
			});
		}
		return trace.allExpectationsMet() ? Main.OK : Main.FAILED;
	}

	private Integer sampled(Scenario scenario, PrintWriter out, PrintWriter err) {
		if (samples < 1) {
			err.println("entente: --samples must be at least 1");
			return Main.USAGE;
		}
		if (explain != null || format == Format.csv || joinRule == JoinRule.treaties) {
			err.println("entente: --samples works with --format text or json, without --explain and under --join-rule decisions");
			return Main.USAGE;
		}
		long s = seed != null ? seed : scenario.seed();
		SampleSummary summary = SampledRuns.run(scenario, options(), samples, s);
		out.print(format == Format.json ? SampleReport.json(summary) : SampleReport.text(summary));
		return summary.allPassed() ? Main.OK : Main.FAILED;
	}

	private SimulationOptions options() {
		SimulationOptions options = SimulationOptions.defaults().until(until).withLandscape(new ScenarioLandscapeOracle())
				.withJoinRule(joinRule == JoinRule.treaties ? SimulationOptions.JoinRule.TREATIES : SimulationOptions.JoinRule.DECISIONS);
		// the flag replaces the file's decision weights as a whole; without it the scenario's settings apply
		if (weights != null) {
			options = options.withWeights(weights == WeightSet.priors ? DecisionWeights.priors() : DecisionWeights.defaults());
		}
		if (explain != null) {
			options = options.explaining(explain);
		}
		return options;
	}
}
