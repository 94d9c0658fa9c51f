package org.entente.tests.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.entente.engine.sim.Simulation;
import org.entente.engine.trace.Trace;
import org.entente.entente.Model;
import org.entente.interpreter.ScenarioTranslator;
import org.entente.loading.EntenteDiagnostic;
import org.entente.loading.ScenarioLoader;
import org.entente.synth.ScenarioSynthesizer;
import org.entente.tests.EntenteInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.inject.Inject;

/** entente synth writes files that check with no errors and whose expectations hold, the same for the same seed. */
@ExtendWith(InjectionExtension.class)
@InjectWith(EntenteInjectorProvider.class)
class SynthesizedScenariosTest {

	@Inject
	private ScenarioLoader loader;

	@Inject
	private ScenarioTranslator translator;

	@ParameterizedTest(name = "{0} states, {1} treaties, seed {2}")
	@CsvSource({ "2,0,1", "2,3,2", "3,5,3", "7,20,4", "12,60,5", "40,200,6", "100,500,7", "100,500,8", "300,1500,9",
			"1000,5000,10" })
	void synthesizedScenarioChecksCleanAndMeetsItsExpectations(int states, int treaties, long seed) {
		String text = ScenarioSynthesizer.generate(ScenarioSynthesizer.Options.of(states, treaties, seed).withTurns(30));
		XtextResource resource = loader.loadText(Path.of("synth-" + seed + ".entente"), text);
		List<EntenteDiagnostic> errors = loader.diagnose(resource, "synth").stream()
				.filter(EntenteDiagnostic::countsAsError).toList();
		assertThat(errors).isEmpty();
		Model model = (Model) resource.getContents().get(0);
		assertThat(model.getElements()).hasSizeGreaterThan(states + treaties);
		Trace trace = Simulation.run(translator.translate(model));
		assertThat(trace.turns()).hasSize(30);
		assertThat(trace.expectations()).allSatisfy(result -> assertThat(result.passed()).as(result.toString()).isTrue());
	}

	@Test
	void sameSeedSameTextOtherSeedOtherText() {
		String a = ScenarioSynthesizer.generate(200, 1000, 42);
		assertThat(ScenarioSynthesizer.generate(200, 1000, 42)).isEqualTo(a);
		assertThat(ScenarioSynthesizer.generate(200, 1000, 43)).isNotEqualTo(a);
	}

	@Test
	void treatySizesAndClausesLookLikeAtop() {
		String text = ScenarioSynthesizer.generate(1000, 5000, 1);
		long alliances = text.lines().filter(l -> l.matches("(alliance|pact|entente|guarantee) .*")).count();
		long bilateral = text.lines().filter(l -> l.matches("    members [A-Za-z0-9]+, [A-Za-z0-9]+")).count();
		long defense = text.lines().filter(l -> l.startsWith("    defense")).count();
		long offense = text.lines().filter(l -> l.startsWith("    offense")).count();
		long large = text.lines().filter(l -> l.startsWith("    members ") && l.split(",").length >= 7).count();
		assertThat(alliances).isEqualTo(5000);
		assertThat(bilateral).isBetween(2800L, 3600L); // ~65 % of the non-guarantee treaties
		assertThat(large).isBetween(50L, 600L);
		assertThat(defense).isGreaterThan(offense * 4);
		assertThat(text).contains("unless provoked").contains("defense against").contains("neutrality")
				.contains("nonaggression").contains("consultation").contains(" joins ").contains(" leaves ")
				.contains(": peace ").contains(" attacks ").contains(" arms ").contains("guarantee ");
	}
}
