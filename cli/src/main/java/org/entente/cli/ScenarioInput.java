package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import org.eclipse.xtext.resource.XtextResource;
import org.entente.engine.model.Scenario;
import org.entente.entente.Model;
import org.entente.interpreter.ScenarioTranslator;
import org.entente.loading.ScenarioLoader;
import org.entente.loading.UnreadableFileException;

/**
 * Loads one scenario file for the commands that simulate, analyse or generate it: reads it (with
 * its workspace), refuses it with diagnostics when it has errors, and translates it for the engine.
 */
final class ScenarioInput {

	/** A file that read and checked without errors, or the exit code that explains why not. */
	record Checked(XtextResource resource, Model model, int exitCode) {
		boolean ok() {
			return resource != null;
		}
	}

	/** A loaded scenario, or the exit code that explains why there is none. */
	record Loaded(Scenario scenario, int exitCode) {
		boolean ok() {
			return scenario != null;
		}
	}

	/** A loaded scenario and the one year a command charts or analyses, or the exit code that explains why not. */
	record YearOfScenario(Scenario scenario, int year, int exitCode) {
		boolean ok() {
			return scenario != null;
		}
	}

	private ScenarioInput() {
	}

	/**
	 * Reads and checks one file by the loader's one rule ({@link ScenarioLoader.Readiness}). Problems go
	 * to {@code err} as {@code file:line:col: severity: message [code]}; the model is null when the file
	 * has no scenario header.
	 */
	static Checked check(Path file, PrintWriter err) {
		return check(file, err, true);
	}

	/** As {@link #check(Path, PrintWriter)}; without {@code warnings}, only errors are printed. */
	static Checked check(Path file, PrintWriter err, boolean warnings) {
		ScenarioLoader loader = Languages.injector().getInstance(ScenarioLoader.class);
		XtextResource resource;
		try {
			ScenarioLoader.Workspace workspace = loader.load(List.of(file));
			resource = workspace.requested().get(file);
			readingLine(workspace).ifPresent(err::println);
		} catch (UnreadableFileException e) {
			err.println("entente: " + e.getMessage());
			return new Checked(null, null, Main.USAGE);
		}
		ScenarioLoader.Readiness readiness = loader.readiness(resource, file.toString());
		readiness.diagnostics().stream().filter(d -> warnings || d.countsAsError()).forEach(d -> err.println(d.toHumanString()));
		if (readiness.errors() > 0) {
			err.println("entente: " + file + " has errors; fix them first (see 'entente check').");
			return new Checked(null, null, Main.FAILED);
		}
		return new Checked(resource, readiness.scenario(), Main.OK);
	}

	/**
	 * {@code entente: reading a.entente (+ library shared.entente)} when header-less files beside the
	 * named ones take part (their declarations join a run, docs/cli.md); empty when there are none.
	 * Printed to standard error so that the JSON and CSV on standard output stay as they are.
	 */
	static Optional<String> readingLine(ScenarioLoader.Workspace workspace) {
		Set<URI> requested = new HashSet<>();
		workspace.requested().values().forEach(r -> requested.add(r.getURI()));
		List<String> libraries = new ArrayList<>();
		for (Resource resource : workspace.resourceSet().getResources()) {
			if (!requested.contains(resource.getURI()) && !resource.getContents().isEmpty()
					&& resource.getContents().get(0) instanceof Model model && model.getHeader() == null) {
				libraries.add(URI.decode(resource.getURI().lastSegment()));
			}
		}
		if (libraries.isEmpty()) {
			return Optional.empty();
		}
		Collections.sort(libraries);
		String named = workspace.requested().keySet().stream().map(Path::toString).collect(Collectors.joining(", "));
		return Optional.of("entente: reading " + named + " (+ " + (libraries.size() == 1 ? "library " : "libraries ")
				+ String.join(", ", libraries) + ")");
	}

	/** Reads, checks and translates one scenario; a file without a scenario header cannot be run. */
	static Loaded load(Path file, PrintWriter err) {
		return load(file, err, true);
	}

	/** As {@link #load(Path, PrintWriter)}; without {@code warnings}, only errors are printed. */
	static Loaded load(Path file, PrintWriter err, boolean warnings) {
		Checked checked = check(file, err, warnings);
		if (!checked.ok()) {
			return new Loaded(null, checked.exitCode());
		}
		if (checked.model() == null) {
			err.println("entente: " + file + ":1:1: there is no 'scenario NAME from YEAR to YEAR' header to run.");
			return new Loaded(null, Main.FAILED);
		}
		ScenarioTranslator translator = Languages.injector().getInstance(ScenarioTranslator.class);
		return new Loaded(translator.translate(checked.model()), Main.OK);
	}

	/**
	 * Whether {@code year}, given with {@code option}, lies within the scenario's turns; when it does not, a
	 * usage error naming the turns is printed (the one wording of run --until, landscape and report --year).
	 */
	static boolean withinTurns(Scenario scenario, String option, int year, PrintWriter err) {
		int[] years = scenario.turnYears();
		int last = years[years.length - 1];
		if (year >= scenario.from() && year <= last) {
			return true;
		}
		err.println("entente: " + option + " " + year + " is outside the scenario's turns " + scenario.from() + ".." + last);
		return false;
	}

	/**
	 * The checks of the commands that look at one year (landscape, report), in this order: {@code --top} at
	 * least 1, the file loaded, {@code --year} (default: the first year) within the scenario's turns.
	 */
	static YearOfScenario loadYear(Path file, Integer year, int top, PrintWriter err) {
		if (top < 1) {
			err.println("entente: --top must be at least 1, got " + top);
			return new YearOfScenario(null, 0, Main.USAGE);
		}
		Loaded input = load(file, err);
		if (!input.ok()) {
			return new YearOfScenario(null, 0, input.exitCode());
		}
		Scenario scenario = input.scenario();
		int wanted = year == null ? scenario.from() : year;
		if (!withinTurns(scenario, "--year", wanted, err)) {
			return new YearOfScenario(null, 0, Main.USAGE);
		}
		return new YearOfScenario(scenario, wanted, Main.OK);
	}
}
