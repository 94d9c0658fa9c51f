package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.entente.engine.model.Scenario;
import org.entente.entente.Model;
import org.entente.interpreter.ScenarioTranslator;
import org.entente.loading.EntenteDiagnostic;
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

	private ScenarioInput() {
	}

	/**
	 * Reads and checks one file. Problems go to {@code err} as {@code file:line:col: severity: message
	 * [code]}; the model is null when the file has no content.
	 */
	static Checked check(Path file, PrintWriter err) {
		ScenarioLoader loader = Languages.injector().getInstance(ScenarioLoader.class);
		XtextResource resource;
		try {
			resource = loader.load(List.of(file)).requested().get(file);
		} catch (UnreadableFileException e) {
			err.println("entente: " + e.getMessage());
			return new Checked(null, null, Main.USAGE);
		}
		List<EntenteDiagnostic> diagnostics = loader.diagnose(resource, file.toString());
		diagnostics.forEach(d -> err.println(d.toHumanString()));
		if (diagnostics.stream().anyMatch(EntenteDiagnostic::countsAsError)) {
			err.println("entente: " + file + " has errors; fix them first (see 'entente check').");
			return new Checked(null, null, Main.FAILED);
		}
		Model model = resource.getContents().stream().filter(Model.class::isInstance).map(Model.class::cast)
				.findFirst().orElse(null);
		return new Checked(resource, model, Main.OK);
	}

	/** Reads, checks and translates one scenario; a file without a scenario header cannot be run. */
	static Loaded load(Path file, PrintWriter err) {
		Checked checked = check(file, err);
		if (!checked.ok()) {
			return new Loaded(null, checked.exitCode());
		}
		if (checked.model() == null || checked.model().getHeader() == null) {
			err.println("entente: " + file + ":1:1: there is no 'scenario NAME from YEAR to YEAR' header to run.");
			return new Loaded(null, Main.FAILED);
		}
		ScenarioTranslator translator = Languages.injector().getInstance(ScenarioTranslator.class);
		return new Loaded(translator.translate(checked.model()), Main.OK);
	}
}
