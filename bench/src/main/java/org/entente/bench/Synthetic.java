package org.entente.bench;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.entente.EntenteStandaloneSetup;
import org.entente.engine.model.Scenario;
import org.entente.entente.Model;
import org.entente.interpreter.ScenarioTranslator;
import org.entente.loading.EntenteDiagnostic;
import org.entente.loading.ScenarioLoader;
import org.entente.synth.ScenarioSynthesizer;

import com.google.inject.Injector;

/** Shared inputs of the scale benchmarks: synthesized text (5 treaties per state), loaded the way 'entente check' loads it. */
final class Synthetic {

	static final long SEED = 1;
	private static Injector injector;

	private Synthetic() {
	}

	static synchronized Injector injector() {
		if (injector == null) {
			injector = new EntenteStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	static String text(int states, int turns) {
		return ScenarioSynthesizer.generate(new ScenarioSynthesizer.Options(states, 5 * states, SEED, turns, 1900));
	}

	/** Parse, link and validate: what 'entente check' does for one file (no siblings). */
	static List<EntenteDiagnostic> check(ScenarioLoader loader, String text) {
		XtextResource resource = loader.loadText(Path.of("synthetic.entente"), text);
		return loader.diagnose(resource, "synthetic.entente");
	}

	/** Text to engine scenario: parse, link, validate (must be clean) and translate. */
	static Scenario scenario(String text) {
		ScenarioLoader loader = injector().getInstance(ScenarioLoader.class);
		XtextResource resource = loader.loadText(Path.of("synthetic.entente"), text);
		List<EntenteDiagnostic> errors = loader.diagnose(resource, "synthetic.entente").stream()
				.filter(EntenteDiagnostic::countsAsError).toList();
		if (!errors.isEmpty()) {
			throw new IllegalStateException("synthesized scenario has errors: " + errors.get(0).toHumanString());
		}
		return injector().getInstance(ScenarioTranslator.class).translate((Model) resource.getContents().get(0));
	}
}
