package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.resource.XtextResource;
import org.entente.engine.model.Scenario;
import org.entente.entente.Model;
import org.entente.interpreter.ScenarioTranslator;
import org.entente.loading.EntenteDiagnostic;
import org.entente.loading.ScenarioLoader;
import org.entente.loading.UnreadableFileException;

/**
 * Loads one scenario file for the commands that simulate or analyse it: reads it (with its
 * workspace), refuses it with diagnostics when it has errors, and translates it for the engine.
 */
final class ScenarioInput {

	/** A loaded scenario, or the exit code that explains why there is none. */
	record Loaded(Scenario scenario, int exitCode) {
		boolean ok() {
			return scenario != null;
		}
	}

	private ScenarioInput() {
	}

	/** Problems go to {@code err} as {@code file:line:col: severity: message [code]}. */
	static Loaded load(Path file, PrintWriter err) {
		ScenarioLoader loader = Languages.injector().getInstance(ScenarioLoader.class);
		ScenarioLoader.Workspace workspace;
		try {
			workspace = loader.load(List.of(file));
		} catch (UnreadableFileException e) {
			err.println("entente: " + e.getMessage());
			return new Loaded(null, Main.USAGE);
		}
		XtextResource resource = workspace.requested().get(file);
		List<EntenteDiagnostic> diagnostics = loader.diagnose(resource, file.toString());
		diagnostics.forEach(d -> err.println(d.toHumanString()));
		if (diagnostics.stream().anyMatch(EntenteDiagnostic::countsAsError)) {
			err.println("entente: " + file + " has errors; fix them first (see 'entente check').");
			return new Loaded(null, Main.FAILED);
		}
		Optional<Model> model = resource.getContents().stream().filter(Model.class::isInstance).map(Model.class::cast).findFirst();
		if (model.isEmpty() || model.get().getHeader() == null) {
			err.println("entente: " + file + ":1:1: there is no 'scenario NAME from YEAR to YEAR' header to run.");
			return new Loaded(null, Main.FAILED);
		}
		ScenarioTranslator translator = Languages.injector().getInstance(ScenarioTranslator.class);
		return new Loaded(translator.translate(model.get()), Main.OK);
	}
}
