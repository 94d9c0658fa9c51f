package org.entente.tests.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.eclipse.xtext.generator.IGenerator2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.entente.engine.report.JsonReport;
import org.entente.engine.sim.Simulation;
import org.entente.entente.Model;
import org.entente.generator.GeneratedNames;
import org.entente.interpreter.ScenarioTranslator;
import org.entente.loading.ScenarioLoader;
import org.entente.tests.EntenteInjectorProvider;
import org.entente.tests.EntenteTestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/**
 * The generated Java, compiled against the engine alone and run in its own class loader, prints
 * byte for byte the JSON trace of the interpreter ({@code ScenarioTranslator} then the engine): for
 * every example with a scenario header and for seeded random scenarios that use every construct.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(EntenteInjectorProvider.class)
class GeneratorDifferentialTest {

	static final int RANDOM_SCENARIOS = 60;

	@Inject
	private ScenarioLoader loader;

	@Inject
	private IGenerator2 generator;

	@Inject
	private ScenarioTranslator translator;

	@TempDir
	Path temp;

	static Stream<Path> examples() throws IOException {
		try (Stream<Path> files = Files.walk(EntenteTestFiles.examples())) {
			return files.filter(f -> f.toString().endsWith(".entente")).sorted().toList().stream();
		}
	}

	static IntStream seeds() {
		return IntStream.range(0, RANDOM_SCENARIOS);
	}

	@ParameterizedTest
	@MethodSource("examples")
	void exampleGeneratesTheInterpretersTrace(Path example) throws Exception {
		XtextResource resource = loader.load(List.of(example)).requested().get(example);
		Model model = (Model) resource.getContents().get(0);
		if (model.getHeader() == null) {
			assertThat(GeneratedCode.generate(generator, resource)).as("a library generates nothing").isEmpty();
			return;
		}
		assertSameTrace(resource, model);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void randomScenarioGeneratesTheInterpretersTrace(int seed) throws Exception {
		String text = RandomScenario.text(seed);
		Path file = temp.resolve("random-" + seed + ".entente");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		XtextResource resource = loader.load(List.of(file)).requested().get(file);
		assertThat(resource.getErrors()).as("syntax/linking errors in\n" + text).isEmpty();
		assertSameTrace(resource, (Model) resource.getContents().get(0));
	}

	@Test
	void aScenarioUsingALibraryInItsFolderGeneratesTheInterpretersTrace() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("workspace"));
		Files.writeString(folder.resolve("a-library.entente"), """
				state Shared { military 3 economy 2 population 10 intent revisionist borders Home }
				alliance SharedPact "From the library" { members Shared, Ally  signed 1901  defense against Home unless provoked }
				""");
		Path file = folder.resolve("b-scenario.entente");
		Files.writeString(file, """
				scenario WithLibrary from 1900 to 1903
				state Home { military 2 economy 2 population 20 borders Shared }
				state Ally { military 1 economy 1 population 5 }
				in 1902: Home attacks Shared
				expect in 1902: Ally at war with Home
				""");
		XtextResource resource = loader.load(List.of(file)).requested().get(file);
		assertThat(resource.getErrors()).isEmpty();
		String java = GeneratedCode.generate(generator, resource).get("entente/generated/WithLibrary.java");
		assertThat(java).contains("b.state(SHARED, ", "b.alliance(SHARED_PACT, ");
		assertSameTrace(resource, (Model) resource.getContents().get(0));
	}

	@Test
	void aDeclaredGreatPowerBelowTheThresholdGeneratesTheInterpretersTrace() throws Exception {
		Path file = temp.resolve("declared.entente");
		Files.writeString(file, """
				scenario Declared from 1914 to 1915
				state Big { military 90 economy 90 population 90 borders Small }
				state Small { military 5 economy 5 population 5 great power borders Big }
				state Other { military 5 economy 5 population 5 }
				in 1914: Big attacks Small
				""");
		XtextResource resource = loader.load(List.of(file)).requested().get(file);
		assertThat(resource.getErrors()).isEmpty();
		String java = GeneratedCode.generate(generator, resource).get("entente/generated/Declared.java");
		assertThat(java).contains(".greatPower()");
		assertSameTrace(resource, (Model) resource.getContents().get(0));
	}

	@Test
	void aStateThatEntersTheSystemLaterGeneratesTheInterpretersTrace() throws Exception {
		Path file = temp.resolve("entry.entente");
		Files.writeString(file, """
				scenario Entry from 1912 to 1915
				state Big { military 90 economy 90 population 90 borders Late }
				state Late "Latecomer" { since 1914 military 5 economy 5 population 5 borders Big, Other }
				state Other { military 5 economy 5 population 5 borders Late }
				alliance Pact { members Late, Other defense }
				in 1914: Big attacks Late
				""");
		XtextResource resource = loader.load(List.of(file)).requested().get(file);
		assertThat(resource.getErrors()).isEmpty();
		String java = GeneratedCode.generate(generator, resource).get("entente/generated/Entry.java");
		assertThat(java).contains(".since(1914)");
		assertSameTrace(resource, (Model) resource.getContents().get(0));
	}

	@Test
	void aScenarioWithItsOwnDecisionWeightsGeneratesTheInterpretersTrace() throws Exception {
		Path file = temp.resolve("weights.entente");
		Files.writeString(file, """
				scenario OwnWeights from 1900 to 1902
				settings { decision priors threatBalancing 5.5 buckPassing 0.75 chainGanging 3 contagion 0.3 baseRate -3.1 }
				state Attacker { military 3 economy 3 population 3 borders Victim, Front }
				state Victim { military 0.5 economy 0.5 population 0.5 borders Rear }
				state Front { military 3 economy 3 population 3 }
				state Rear { military 3 economy 3 population 3 doctrine 0.5 }
				alliance Pledge { members Victim, Rear  defense }
				in 1900: Attacker attacks Victim
				""");
		XtextResource resource = loader.load(List.of(file)).requested().get(file);
		assertThat(resource.getErrors()).isEmpty();
		Map<String, String> generated = GeneratedCode.generate(generator, resource);
		assertThat(generated.get("OwnWeights.md")).contains("| decision weights: base rate, threat balancing, bandwagoning,"
				+ " co-belligerence, exposure, contagion, buck-passing, chain-ganging | -3.1, 5.5, 3, 5, 2, 0.3, 0.75, 3 |");
		String java = generated.get("entente/generated/OwnWeights.java");
		assertThat(java).contains("import org.entente.engine.decision.DecisionWeights;",
				"private DecisionWeights decision = new DecisionWeights(-3.1, 5.5, 3, 5, 2, 0.75, 3, 0.3);",
				"public OwnWeights withDecision(DecisionWeights decision) {", "lapseAfter, poleShare, decision);");
		// the weights reach the decisions: the trace differs from the defaults' and shows the stated buck-passing weight
		String trace = JsonReport.render(Simulation.run(translator.translate((Model) resource.getContents().get(0))));
		assertThat(trace).contains("chain-ganging");
		assertSameTrace(resource, (Model) resource.getContents().get(0));
	}

	@Test
	void attacksAlongsideAnAllyGenerateTheInterpretersTrace() throws Exception {
		Path file = temp.resolve("alongside.entente");
		Files.writeString(file, """
				scenario Alongside from 1914 to 1916
				state AUH { military 3 economy 3 population 3 borders YUG, RUS }
				state YUG { military 1 economy 1 population 1 borders AUH }
				state GMY { military 5 economy 5 population 5 borders BEL, FRN, RUS }
				state BEL { military 1 economy 1 population 1 borders GMY, FRN }
				state FRN { military 4 economy 4 population 4 borders GMY, BEL }
				state RUS { military 4 economy 3 population 9 borders GMY, AUH }
				state ITA { military 2 economy 2 population 3 borders AUH }
				state USA { military 1 economy 6 population 9 }
				alliance Guarantee { members BEL, FRN defense }
				in 1914: AUH attacks YUG
				in 1914: GMY attacks BEL, FRN alongside AUH
				in 1914: RUS attacks GMY alongside YUG
				in 1915: GMY attacks RUS alongside YUG
				in 1915: YUG attacks BEL alongside FRN
				in 1916: ITA attacks AUH alongside USA
				""");
		XtextResource resource = loader.load(List.of(file)).requested().get(file);
		assertThat(resource.getErrors()).isEmpty();
		String java = GeneratedCode.generate(generator, resource).get("entente/generated/Alongside.java");
		assertThat(java).contains("Event.attackAlongside(1914, GMY, AUH, BEL, FRN)", "Event.attack(1914, AUH, YUG)");
		String trace = JsonReport.render(Simulation.run(translator.translate((Model) resource.getContents().get(0))));
		assertThat(trace).contains("GMY attacks BEL, FRN alongside AUH", "GMY attacks RUS alongside YUG (ignored: GMY fights against YUG in war #1)",
				"(ignored: BEL fights on FRN's side in war #1)", "ITA attacks AUH alongside USA");
		assertSameTrace(resource, (Model) resource.getContents().get(0));
	}

	@Test
	void aScenarioWithoutDecisionWeightsGeneratesNoDecisionField() throws Exception {
		Path file = temp.resolve("plain.entente");
		Files.writeString(file, "scenario Plain from 1900 to 1901\nsettings { decision fitted }\nstate A { military 1 }\n");
		XtextResource resource = loader.load(List.of(file)).requested().get(file);
		Map<String, String> generated = GeneratedCode.generate(generator, resource);
		assertThat(generated.get("entente/generated/Plain.java")).doesNotContain("DecisionWeights").contains("lapseAfter, poleShare);");
		assertThat(generated.get("Plain.md")).doesNotContain("decision weights");
	}

	@Test
	void randomScenariosUseEveryConstruct() {
		String all = String.join("\n", seeds().mapToObj(RandomScenario::text).toList());
		for (String construct : List.of("settings {", "weights", "threatFloor", "greatPower", "armsGrowth", "lapseAfter",
				"poleShare", "opposes", "region ", "offensive", "intent aggressive", "intent 0.", "stability", "size",
				"organization", "kind armed-group", "kind ngo", "kind corporation", "dispute", "rivalry", "propensity",
				"threat ", "-> ", " high", "alliance ", "pact ", "entente ", "guarantee ", "durable", "expires",
				"defense against", "defense in", "unless provoked", "forces", "offense against", "neutrality", "nonaggression",
				"consultation", "sanctions against", " attacks ", " annexes ", " collapses", " arms +", " arms -", " joins ",
				" leaves ", "peace ", "expect in", "expect by", "expect:", "not ", "balances against", "bandwagons with",
				"buck-passes", "soft-balances against", "omnibalances", "is secure", "at war with", "allied with",
				"in force", "lapsed", "breached", "expired", "polarity", "landscape", "step ", "seed ", "^", "great power")) {
			assertThat(all).as(construct).contains(construct);
		}
	}

	private void assertSameTrace(XtextResource resource, Model model) throws Exception {
		String expected = JsonReport.render(Simulation.run(translator.translate(model)));
		Map<String, String> files = GeneratedCode.generate(generator, resource);
		String className = model.getHeader() == null ? null : files.keySet().stream().filter(f -> f.endsWith(".java")).findFirst()
				.map(f -> f.substring(0, f.length() - ".java".length()).replace('/', '.')).orElseThrow();
		assertThat(className).startsWith(GeneratedNames.PACKAGE + ".");
		Map<String, String> java = Map.of(className.replace('.', '/') + ".java", files.get(className.replace('.', '/') + ".java"));
		List<Path> classPath = GeneratedCode.engineClassPath();
		Path classes = temp.resolve("classes");
		GeneratedCode.compile(java, temp.resolve("src"), classes, classPath);
		try (URLClassLoader classLoader = GeneratedCode.loader(classes, classPath)) {
			byte[] actual = GeneratedCode.runMain(classLoader, className);
			assertThat(new String(actual, StandardCharsets.UTF_8)).isEqualTo(expected);
			assertThat(actual).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
		}
	}
}
