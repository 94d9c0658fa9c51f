package org.entente.tests.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.resource.XtextResource;
import org.entente.engine.model.Limits;
import org.entente.engine.model.Scenario;
import org.entente.engine.sim.Simulation;
import org.entente.engine.trace.StateTurn;
import org.entente.engine.trace.Trace;
import org.entente.engine.trace.Turn;
import org.entente.entente.Model;
import org.entente.interpreter.ScenarioTranslator;
import org.entente.loading.EntenteDiagnostic;
import org.entente.loading.ScenarioLoader;
import org.entente.tests.EntenteInjectorProvider;
import org.entente.tests.EntenteTestFiles;

import com.google.inject.Injector;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The input families of issue 18, as properties: huge numbers, huge years, long ranges,
 * misspelled keywords and files of other names. Whatever the input, loading and checking never
 * throw, every diagnostic is well formed, a number or a year beyond the bounds of
 * docs/validation.md is an error, and a file that checks without errors simulates to finite numbers.
 */
class InputFamiliesRobustnessTest {

	private static final String SEED = "20261128";
	private static EntenteInjectorProvider provider;
	private static Injector injector;
	private static String allConstructs;

	@BeforeContainer
	static void setUp() {
		// as InjectionExtension does: the EMF registries (with this language's validator) as after the
		// injector's creation, whatever the test classes before left there
		provider = new EntenteInjectorProvider();
		provider.setupRegistry();
		injector = provider.getInjector();
		allConstructs = EntenteTestFiles.resource("all-constructs.entente");
	}

	@AfterContainer
	static void tearDown() {
		provider.restoreRegistry();
	}

	@Property(tries = 80, seed = SEED, shrinking = ShrinkingMode.OFF)
	void hugeNumbersAreErrorsBeyondTheBoundAndFiniteWithin(@ForAll("digits") String digits, @ForAll boolean fraction) {
		String number = fraction ? digits + ".5" : digits;
		String text = "scenario N from 1900 to 1902\n"
				+ "state A { military " + number + " economy 2 population 3 borders B }\n"
				+ "state B { military 1 economy " + number + " population 1 }\n"
				+ "in 1901: A attacks B\n";
		List<EntenteDiagnostic> diagnostics = diagnose(text);
		boolean beyond = new BigDecimal(number).compareTo(BigDecimal.valueOf(Limits.MAX_CAPABILITY)) > 0;
		assertThat(diagnostics.stream().filter(d -> d.code().equals("number-too-large")).count()).as(number)
				.isEqualTo(beyond ? 2 : 0);
		assertThat(diagnostics.stream().filter(d -> d.code().equals("number-too-large")))
				.allSatisfy(d -> assertThat(d.message()).contains("10^15"));
		if (!beyond) {
			assertFinite(simulate(text));
		}
	}

	@Property(tries = 60, seed = SEED, shrinking = ShrinkingMode.OFF)
	void hugeYearsAreErrorsNeverCrashes(@ForAll("digits") String from, @ForAll("digits") String to, @ForAll boolean negative) {
		String text = "scenario Y from " + from + " to " + to + "\nstate A { military 1 }\nstate B { military 2 }\n"
				+ "in " + (negative ? "-" : "") + to + ": A attacks B\n";
		List<EntenteDiagnostic> diagnostics = diagnose(text);
		if (diagnostics.stream().noneMatch(EntenteDiagnostic::countsAsError)) {
			long f = Long.parseLong(from);
			long t = Long.parseLong(to);
			assertThat(Math.max(f, t)).isLessThanOrEqualTo(Limits.MAX_YEAR);
			assertThat(Limits.turns((int) f, (int) t, 1)).isBetween(1L, (long) Limits.MAX_TURNS);
			assertFinite(simulate(text));
		} else if (from.length() > 10 || to.length() > 10) {
			assertThat(diagnostics).anySatisfy(d -> assertThat(d.message()).contains("is too large"));
		}
	}

	@Property(tries = 60, seed = SEED, shrinking = ShrinkingMode.OFF)
	void longRangesAreBoundedByTheTurnLimit(@ForAll @IntRange(min = 0, max = 9999) int from,
			@ForAll @IntRange(min = 0, max = 5000) int length, @ForAll @IntRange(min = 1, max = 20) int step) {
		int to = Math.min(Limits.MAX_YEAR, from + length);
		String text = "scenario L from " + from + " to " + to + " step " + step + "\nstate A { military 1 }\n";
		List<EntenteDiagnostic> diagnostics = diagnose(text);
		long turns = Limits.turns(from, to, step);
		boolean tooLong = turns > Limits.MAX_TURNS;
		assertThat(diagnostics).extracting(EntenteDiagnostic::code).isEqualTo(tooLong ? List.of("scenario-too-long") : List.of());
		if (!tooLong && turns <= 50) {
			assertThat(simulate(text).turns()).hasSize((int) turns);
		}
	}

	@Property(tries = 80, seed = SEED, shrinking = ShrinkingMode.OFF)
	void aMisspelledKeywordIsAnErrorOnItsLine(@ForAll long seed) {
		Random random = new Random(seed);
		Matcher words = Pattern.compile("(?m)^\\s*(state|alliance|pact|guarantee|expect|in|settings|ideology|region|military|economy|population|members|defense|signed)\\b")
				.matcher(allConstructs);
		List<int[]> found = new java.util.ArrayList<>();
		while (words.find()) {
			found.add(new int[] { words.start(1), words.end(1) });
		}
		int[] word = found.get(random.nextInt(found.size()));
		String keyword = allConstructs.substring(word[0], word[1]);
		String misspelled = misspell(keyword, random);
		if (misspelled.equals(keyword) || misspelled.matches("(state|alliance|pact|entente|guarantee|expect|in|is|at|by|to)")) {
			return;
		}
		String text = allConstructs.substring(0, word[0]) + misspelled + allConstructs.substring(word[1]);
		int line = (int) allConstructs.substring(0, word[0]).chars().filter(c -> c == '\n').count() + 1;
		List<EntenteDiagnostic> diagnostics = diagnose(text);
		assertThat(diagnostics).as(keyword + " -> " + misspelled).anySatisfy(d -> {
			assertThat(d.countsAsError()).isTrue();
			assertThat(d.line()).isBetween(line - 1, line + 1);
		});
	}

	@Property(tries = 25, seed = SEED, shrinking = ShrinkingMode.OFF)
	void aFileOfAnyNameIsReadAsEntente(@ForAll("fileNames") String name) throws IOException {
		Path dir = Files.createTempDirectory("entente-names");
		try {
			Path file = dir.resolve(name);
			Files.writeString(file, "scenario F from 1900 to 1901\nstate A { military 1 borders B }\nstate B { military 2 }\n"
					+ "in 1900: A attacks B\nexpect in 1900: A at war with B\n");
			ScenarioLoader loader = injector.getInstance(ScenarioLoader.class);
			XtextResource resource = loader.load(List.of(file)).requested().get(file);
			assertThat(resource).as(name).isNotNull();
			assertThat(loader.diagnose(resource, name)).as(name).isEmpty();
			Model model = (Model) resource.getContents().get(0);
			assertThat(Simulation.run(injector.getInstance(ScenarioTranslator.class).translate(model)).allExpectationsMet()).isTrue();
		} catch (org.entente.loading.UnreadableFileException e) {
			throw new AssertionError(e);
		} finally {
			try (var files = Files.list(dir)) {
				for (Path p : files.toList()) {
					Files.deleteIfExists(p);
				}
			}
			Files.deleteIfExists(dir);
		}
	}

	@net.jqwik.api.Provide
	net.jqwik.api.Arbitrary<String> digits() {
		return net.jqwik.api.Arbitraries.integers().between(1, 400).flatMap(n -> net.jqwik.api.Arbitraries.strings()
				.withCharRange('0', '9').ofLength(n).map(s -> s.replaceFirst("^0+(?=.)", "")));
	}

	@net.jqwik.api.Provide
	net.jqwik.api.Arbitrary<String> fileNames() {
		return net.jqwik.api.Combinators.combine(
				net.jqwik.api.Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
				net.jqwik.api.Arbitraries.of("", ".txt", ".ENTENTE", ".bak", ".entente.bak", ".Entente", ".md", ".entente"))
				.as((stem, extension) -> stem + extension);
	}

	private static String misspell(String word, Random random) {
		StringBuilder b = new StringBuilder(word);
		int at = random.nextInt(word.length());
		switch (random.nextInt(4)) {
			case 0 -> {
				if (word.length() > 2) {
					b.deleteCharAt(at);
				}
			}
			case 1 -> b.insert(at, (char) ('a' + random.nextInt(26)));
			case 2 -> b.setCharAt(at, (char) ('a' + random.nextInt(26)));
			default -> {
				if (at + 1 < word.length()) {
					char c = b.charAt(at);
					b.setCharAt(at, b.charAt(at + 1));
					b.setCharAt(at + 1, c);
				}
			}
		}
		return b.toString();
	}

	private static List<EntenteDiagnostic> diagnose(String text) {
		ScenarioLoader loader = injector.getInstance(ScenarioLoader.class);
		XtextResource resource = loader.loadText(Path.of("/robustness/families.entente"), text);
		List<EntenteDiagnostic> diagnostics = loader.diagnose(resource, "families.entente");
		for (EntenteDiagnostic d : diagnostics) {
			assertThat(d.line()).isPositive();
			assertThat(d.column()).isPositive();
			assertThat(d.code()).isNotBlank();
			assertThat(d.message()).isNotBlank().doesNotContain("For input string").doesNotContain("Exception");
		}
		return diagnostics;
	}

	private static Trace simulate(String text) {
		ScenarioLoader loader = injector.getInstance(ScenarioLoader.class);
		XtextResource resource = loader.loadText(Path.of("/robustness/families.entente"), text);
		Scenario scenario = injector.getInstance(ScenarioTranslator.class).translate((Model) resource.getContents().get(0));
		return Simulation.run(scenario);
	}

	private static void assertFinite(Trace trace) {
		for (Turn turn : trace.turns()) {
			for (StateTurn s : turn.states()) {
				assertThat(s.power()).as(s.name() + " power in " + turn.year()).isFinite();
			}
		}
	}
}
