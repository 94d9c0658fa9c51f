package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.entente.cli.history.CrossValidation;
import org.entente.cli.history.HistoryBaselines.Baseline;
import org.entente.cli.history.HistoryHarness;
import org.entente.cli.history.HistoryReport;
import org.entente.cli.history.ReplayException;
import org.entente.cli.history.SampledHistory;
import org.entente.cli.history.WarForecast;
import org.entente.cli.history.WarResult;
import org.entente.cli.history.DecisionFit;
import org.entente.engine.decision.DecisionWeight;
import org.entente.engine.decision.DecisionWeights;
import org.entente.engine.sim.SimulationOptions;
import org.entente.importer.DataDirectory;
import org.entente.importer.ImportException;
import org.entente.importer.SeaBorders;
import org.entente.importer.history.ReplaySetup;
import org.entente.importer.history.HistoryCase;
import org.entente.importer.history.HistoryInputException;
import org.entente.importer.history.War;
import org.entente.importer.history.WarData;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code entente history}: replays wars of the COW data and scores the model against history. */
@Command(name = "history", mixinStandardHelpOptions = true,
		description = {
				"Replay a war of the Correlates of War data and score the model against history.",
				"It imports the states at the war's onset, scripts only the opening attack(s), runs to the war's last year "
						+ "with default settings and scores who is at war with whom, pair by year, against COW "
						+ "(docs/validation-against-history.md)." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = {
				"0:scores printed",
				"1:a war's import has errors, or a table is malformed",
				"2:usage error: unknown or two-state war, no data folder or war table, negative --pre-war-turns, --samples below 1, --seed without --samples, --conditional with --samples or without --fit, --cross-validate without --fit or with fewer than 2 wars, --weight with --fit or unknown, --fit with --format json or csv but without --cross-validate" })
public class HistoryCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@ArgGroup(exclusive = true, multiplicity = "1")
	Selection selection;

	static class Selection {
		@Option(names = "--war", paramLabel = "N", description = "The COW war number (column warnum), e.g. 106 for the First World War.")
		Integer war;

		@Option(names = "--all", description = "Every multi-state war in the data: one row per war and the total.")
		boolean all;

		@Option(names = "--fit", description = "Fit the decision weights by maximum likelihood on the joining decisions of every multi-state war in the data, and print them (docs/semantics.md §6a).")
		boolean fit;
	}

	@Option(names = "--conditional",
			description = "With --fit: fit in history's situations (the conditional likelihood: every state takes what it did in history, so the decisions fitted do not depend on the weights) instead of the model's own replay, which is the fit of the defaults (docs/validation-against-history.md, \"The conditional-likelihood fit\").")
	boolean conditional;

	@Option(names = "--cross-validate",
			description = "With --fit: leave-one-war-out cross-validation. Fit once per war on the other wars, replay the war with "
					+ "those weights and pool the scores: the model on history it was not fitted to, beside the in-sample score and "
					+ "\"nobody joins\" (docs/validation-against-history.md, \"Cross-validation\").")
	boolean crossValidate;

	@Option(names = "--weight", paramLabel = "NAME=VALUE",
			description = "With --war or --all: replay the model with this decision weight instead of its default; repeatable. "
					+ "NAME is a weight as a scenario's 'settings { decision ... }' names it: baseRate, threatBalancing, "
					+ "bandwagoning, coBelligerence, exposure, contagion, buckPassing, chainGanging (docs/language.md, \"Settings\").")
	Map<String, Double> weightChanges = new LinkedHashMap<>();

	@Option(names = "--baseline", split = ",", paramLabel = "NAME",
			description = "Also score a baseline: nobody (only the opening pairs at war) or allies (every triggered ally joins); repeatable or comma-separated.")
	List<Baseline> baselines = new ArrayList<>();

	@Option(names = "--samples", paramLabel = "N",
			description = "Sampled mode: also run each war N times drawing every decision (as 'entente run --samples'), take per pair and year the share of runs at war as a forecast and score it by the Brier score beside the baselines' (\"nobody\" always, the reference of the skill score). With --fit: fit in the model's sampled situations, N drawn replays of each war per pass (docs/validation-against-history.md, \"The fit in the model's sampled situations\").")
	Integer samples;

	@Option(names = "--seed", paramLabel = "S",
			description = "Seed of the sampled runs (default: the scenario's seed, else 0; imports declare none). The same seed gives the same output.")
	Long seed;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
	Format format;

	@Option(names = "--pre-war-turns", paramLabel = "K", defaultValue = "0",
			description = "Run K quiet turns before each war's onset (the onset's states and data, no event), so that alignments "
					+ "can exist when the openings happen; a state that entered the state system inside them enters in its own year; "
					+ "scoring stays on the war's years (default: ${DEFAULT-VALUE}; "
					+ "docs/validation-against-history.md, \"Pre-war turns\").")
	int preWarTurns;

	@Option(names = "--sea-borders", paramLabel = "MILES", defaultValue = "0",
			description = "Also write COW water contiguity up to MILES (12, 24, 150 or 400) as borders in each war's import, "
					+ "for the model and the allies baseline; the states imported stay the protocol's (default: ${DEFAULT-VALUE}, land only; "
					+ "docs/validation-against-history.md, \"Sea borders\").")
	int seaMiles;

	@Option(names = "--separate-openings",
			description = "Write each of a war's openings as a war of its own, the protocol before joint openings (default: the "
					+ "openings are fronts of one war, as COW codes it; docs/validation-against-history.md, "
					+ "\"Joint openings: one war per COW war\").")
	boolean separateOpenings;

	@Option(names = "--write-scenario", paramLabel = "FILE",
			description = "With --war: also write the war's scenario as replayed (the import at onset and the scripted openings) to FILE, "
					+ "to run, explain or edit it with the other commands.")
	Path scenarioFile;

	@Option(names = "--data", paramLabel = "DIR",
			description = "Folder with the COW and ATOP tables and war_openings.csv (default: ENTENTE_DATA, else the repository's data/ folder).")
	Path data;

	enum Format { text, json, csv }

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		String usage = usageError();
		if (usage != null) {
			err.println("entente: " + usage);
			return Main.USAGE;
		}
		// sampled mode always scores "nobody": it is the reference of the Brier skill score
		LinkedHashSet<Baseline> asked = new LinkedHashSet<>();
		if (samples != null) {
			asked.add(Baseline.nobody);
		}
		asked.addAll(baselines);
		List<Baseline> requested = List.copyOf(asked);
		ReplaySetup setup = new ReplaySetup(preWarTurns, SeaBorders.ofMiles(seaMiles), !separateOpenings);
		Path dir;
		WarData wars;
		List<Integer> numbers = new ArrayList<>();
		try {
			dir = DataDirectory.resolve(data);
			wars = WarData.read(dir);
			if (selection.fit) {
				DecisionFit.Situations situations = conditional ? DecisionFit.Situations.HISTORY
						: samples != null ? DecisionFit.Situations.SAMPLED : DecisionFit.Situations.MODEL;
				DecisionFit.Draws draws = samples == null ? DecisionFit.Draws.NONE
						: new DecisionFit.Draws(samples, seed == null ? 0 : seed);
				if (crossValidate && wars.multiStateWars().size() < 2) {
					err.println("entente: --cross-validate needs at least 2 multi-state wars in the data (each is scored with weights "
							+ "fitted on the others); " + dir + " has " + wars.multiStateWars().size());
					return Main.USAGE;
				}
				// imported and translated once, for every pass of every fit and for the scores
				List<DecisionFit.PreparedWar> prepared = DecisionFit.prepare(dir, wars, setup);
				if (crossValidate) {
					CrossValidation.Result cv = CrossValidation.run(prepared, DecisionWeights.priors(), situations, draws);
					out.print(switch (format) {
						case json -> CrossValidation.json(cv);
						case csv -> CrossValidation.csv(cv);
						case text -> CrossValidation.text(cv);
					});
					return Main.OK;
				}
				List<DecisionFit.Pass> passes = DecisionFit.run(prepared, DecisionWeights.priors(), situations, draws);
				out.print(DecisionFit.text(passes, DecisionFit.score(prepared, DecisionWeights.priors()),
						DecisionFit.score(prepared, DecisionFit.fitted(passes)), situations));
				return Main.OK;
			}
			if (selection.all) {
				wars.multiStateWars().stream().map(War::number).forEach(numbers::add);
			} else {
				numbers.add(selection.war);
			}
		} catch (ImportException e) {
			err.println("entente: " + e.getMessage());
			return Main.USAGE;
		} catch (ReplayException e) {
			err.println("entente: " + e.getMessage());
			return Main.FAILED;
		}
		SimulationOptions modelOptions = weightChanges.isEmpty() ? SimulationOptions.defaults()
				: SimulationOptions.defaults().withWeights(changedWeights());
		List<WarResult> results = new ArrayList<>();
		Map<Integer, WarForecast> forecasts = new LinkedHashMap<>();
		List<HistoryReport.Skipped> skipped = new ArrayList<>();
		int code = Main.OK;
		for (int n : numbers) {
			try {
				if (scenarioFile != null) {
					// written before the replay, so that a scenario the replay rejects can be read too
					AtomicFiles.write(scenarioFile, HistoryHarness.scenario(dir, HistoryCase.of(dir, wars, n), setup).scenarioText());
					err.println("entente: wrote " + scenarioFile);
				}
				WarResult result = HistoryHarness.evaluate(dir, wars, n, modelOptions,
						requested.isEmpty() ? EnumSet.noneOf(Baseline.class) : EnumSet.copyOf(requested), setup);
				if (samples != null) {
					forecasts.put(n, SampledHistory.forecast(result, modelOptions, samples, seed));
				}
				results.add(result);
			} catch (HistoryInputException e) {
				err.println("entente: " + e.getMessage());
				return Main.USAGE;
			} catch (java.io.IOException e) {
				err.println("entente: cannot write '" + scenarioFile + "': " + ReportCommand.reason(e));
				return Main.FAILED;
			} catch (ImportException e) {
				err.println("entente: " + e.getMessage());
				return Main.FAILED;
			} catch (ReplayException e) {
				e.errors().forEach(d -> err.println(d.toHumanString()));
				err.println("entente: " + e.getMessage());
				skipped.add(new HistoryReport.Skipped(n, e.getMessage()));
				code = Main.FAILED;
			}
		}
		HistoryReport report = new HistoryReport(results, skipped, requested, forecasts);
		out.print(switch (format) {
			case json -> report.json();
			case csv -> report.csv();
			case text -> selection.all ? report.textOfAllWars() : report.textOfOneWar();
		});
		if (preWarTurns > 0 && format == Format.text) {
			out.println("Pre-war turns: " + preWarTurns + " quiet turn(s) before each onset with the onset's states and data"
					+ " (a state that entered the state system inside them enters in its own year); scored from the onset.");
		}
		if (setup.seaBorders() != SeaBorders.NONE && format == Format.text) {
			out.println("Sea borders: states separated by at most " + setup.seaBorders().miles()
					+ " miles of water (COW Direct Contiguity) border each other in every import; the states imported are the protocol's.");
		}
		if (!weightChanges.isEmpty() && format == Format.text) {
			out.println("Weights: the defaults with " + String.join(", ", weightChanges.entrySet().stream()
					.map(e -> e.getKey() + " " + e.getValue()).toList()) + " (the model only; the baselines are unchanged).");
		}
		if (!setup.jointOpenings() && format == Format.text) {
			out.println("Separate openings: each of a war's openings opens a war of its own (the protocol before joint openings).");
		}
		return code;
	}

	/** The defaults with the weights --weight names. */
	private DecisionWeights changedWeights() {
		DecisionWeights w = DecisionWeights.defaults();
		for (Map.Entry<String, Double> e : weightChanges.entrySet()) w = DecisionWeight.ofKeyword(e.getKey()).in(w, e.getValue());
		return w;
	}

	/** The options that do not go together, in words; null when they do. */
	private String usageError() {
		if (preWarTurns < 0) {
			return "--pre-war-turns must be 0 or more (turns run before each war's onset), not " + preWarTurns;
		}
		try {
			SeaBorders.ofMiles(seaMiles);
		} catch (IllegalArgumentException e) {
			return "--sea-borders: " + e.getMessage();
		}
		if (samples != null && samples < 1) {
			return "--samples must be at least 1 (the number of sampled runs per war), not " + samples;
		}
		if (seed != null && samples == null) {
			return "--seed needs --samples N: the deterministic run draws nothing";
		}
		if (scenarioFile != null && selection.war == null) {
			return "--write-scenario goes with --war: it writes the scenario of one war";
		}
		if (conditional && !selection.fit) {
			return "--conditional goes with --fit: it says in whose situations the weights are fitted";
		}
		if (crossValidate && !selection.fit) {
			return "--cross-validate goes with --fit: it cross-validates the fit";
		}
		if (selection.fit && !crossValidate && format != Format.text) {
			return "--fit prints text: --format " + format + " goes with --war, --all or --fit --cross-validate";
		}
		if (!weightChanges.isEmpty() && selection.fit) {
			return "--weight goes with --war or --all: --fit estimates the weights";
		}
		for (Map.Entry<String, Double> e : weightChanges.entrySet()) {
			if (DecisionWeight.ofKeyword(e.getKey()) == null) {
				return "--weight: no decision weight '" + e.getKey() + "'; the weights are " + String.join(", ",
						Arrays.stream(DecisionWeight.values()).map(DecisionWeight::keyword).toList());
			}
			if (!Double.isFinite(e.getValue()) || Math.abs(e.getValue()) > DecisionWeight.MAX_MAGNITUDE) {
				return "--weight " + e.getKey() + ": the value must be a number between -" + (int) DecisionWeight.MAX_MAGNITUDE
						+ " and " + (int) DecisionWeight.MAX_MAGNITUDE + ", not " + e.getValue();
			}
		}
		if (conditional && samples != null) {
			return "--conditional takes no --samples: in history's situations every state does what it did, nothing is drawn";
		}
		return null;
	}
}
