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
import org.entente.validation.EntenteIssueCodes;
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
		checksCleanAndMeetsItsExpectations(ScenarioSynthesizer.Options.of(states, treaties, seed).withTurns(30));
	}

	/** States entering the state system during the run (docs/semantics.md §1, "Entry"): no event names one too early. */
	@ParameterizedTest(name = "{0} states, {1} treaties, seed {2}, entrants {3}")
	@CsvSource({ "40,200,6,0.2", "300,1500,9,0.2", "100,500,11,0.5", "20,40,12,1" })
	void scenarioWithEntrantsChecksCleanAndMeetsItsExpectations(int states, int treaties, long seed, double entrants) {
		String text = checksCleanAndMeetsItsExpectations(
				ScenarioSynthesizer.Options.of(states, treaties, seed).withTurns(30).withEntrants(entrants));
		assertThat(text).contains("    since 19");
	}

	@Test
	void withoutEntrantsNoStateHasAnEntryYear() {
		ScenarioSynthesizer.Options options = ScenarioSynthesizer.Options.of(300, 1500, 9).withTurns(30);
		assertThat(ScenarioSynthesizer.generate(options)).doesNotContain("since").isEqualTo(
				ScenarioSynthesizer.generate(options.withEntrants(0)));
		assertThat(ScenarioSynthesizer.generate(options.withEntrants(0.2)))
				.isEqualTo(ScenarioSynthesizer.generate(options.withEntrants(0.2)));
	}

	/** Checks the scenario with no errors and no expectation about a state before its entry, runs it, returns its text. */
	private String checksCleanAndMeetsItsExpectations(ScenarioSynthesizer.Options options) {
		int states = options.states();
		int treaties = options.treaties();
		long seed = options.seed();
		String text = ScenarioSynthesizer.generate(options);
		XtextResource resource = loader.loadText(Path.of("synth-" + seed + ".entente"), text);
		List<EntenteDiagnostic> diagnostics = loader.diagnose(resource, "synth");
		assertThat(diagnostics.stream().filter(EntenteDiagnostic::countsAsError).toList()).isEmpty();
		assertThat(diagnostics).noneMatch(d -> EntenteIssueCodes.shortCode(d.code()).equals(
				EntenteIssueCodes.shortCode(EntenteIssueCodes.EXPECTATION_BEFORE_ENTRY)));
		Model model = (Model) resource.getContents().get(0);
		assertThat(model.getElements()).hasSizeGreaterThan(states + treaties);
		Trace trace = Simulation.run(translator.translate(model));
		assertThat(trace.turns()).hasSize(30);
		assertThat(trace.expectations()).allSatisfy(result -> assertThat(result.passed()).as(result.toString()).isTrue());
		return text;
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
