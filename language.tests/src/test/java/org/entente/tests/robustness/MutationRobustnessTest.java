package org.entente.tests.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.entente.engine.model.Scenario;
import org.entente.engine.sim.Simulation;
import org.entente.entente.Model;
import org.entente.interpreter.ScenarioTranslator;
import org.entente.loading.EntenteDiagnostic;
import org.entente.loading.ScenarioLoader;
import org.entente.synth.ScenarioSynthesizer;
import org.entente.tests.EntenteInjectorProvider;
import org.entente.tests.EntenteTestFiles;

import com.google.inject.Injector;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Damaged scenario files never crash the tool chain: for random mutations of valid files (the
 * examples, a file with every construct, synthesized scenarios) {@code check} (ScenarioLoader
 * diagnose), {@code run} (translate and simulate when there are no errors) and the formatter never
 * throw; a file that does not parse gets at least one error diagnostic; every diagnostic has a
 * position, a severity, a code and a message; and nothing is only logged (an exception that Xtext
 * catches and logs in a check, scope or linker is a problem users never see, so it fails the test).
 * Fixed seed and bounded tries keep CI repeatable and fast.
 */
class MutationRobustnessTest {

	private static final String SEED = "8675309";
	private static EntenteInjectorProvider provider;
	private static Injector injector;
	private static List<String> corpus;
	private static final List<String> logged = Collections.synchronizedList(new ArrayList<>());
	private static AppenderSkeleton appender;

	@BeforeContainer
	static void setUp() throws IOException {
		// as InjectionExtension does: the EMF registries as after the injector's creation, so that the
		// language's validator is registered whatever the test classes before this one left there
		provider = new EntenteInjectorProvider();
		provider.setupRegistry();
		injector = provider.getInjector();
		ScenarioLoader loader = injector.getInstance(ScenarioLoader.class);
		assertThat(loader.diagnose(loader.loadText(Path.of("/robustness/sanity.entente"), "state A { military -1 }\n"), "x"))
				.as("the validator runs (not only the parser and linker)").extracting(EntenteDiagnostic::code)
				.contains("negative-capability");
		corpus = new ArrayList<>();
		try (Stream<Path> files = Files.list(EntenteTestFiles.examples())) {
			for (Path file : files.filter(f -> f.toString().endsWith(".entente")).sorted().toList()) {
				corpus.add(Files.readString(file));
			}
		}
		corpus.add(EntenteTestFiles.resource("all-constructs.entente"));
		corpus.add(ScenarioSynthesizer.generate(ScenarioSynthesizer.Options.of(12, 30, 5).withTurns(15)));
		corpus.add(ScenarioSynthesizer.generate(ScenarioSynthesizer.Options.of(40, 120, 6).withTurns(10)));
		appender = new AppenderSkeleton() {
			@Override
			protected void append(LoggingEvent event) {
				if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
					logged.add(event.getLoggerName() + ": " + event.getRenderedMessage()
							+ (event.getThrowableInformation() == null ? "" : " " + event.getThrowableInformation().getThrowable()));
				}
			}

			@Override
			public void close() {
			}

			@Override
			public boolean requiresLayout() {
				return false;
			}
		};
		Logger.getRootLogger().addAppender(appender);
	}

	@AfterContainer
	static void tearDown() {
		Logger.getRootLogger().removeAppender(appender);
		provider.restoreRegistry();
	}

	@Property(tries = 400, seed = SEED, shrinking = ShrinkingMode.OFF)
	void mutatedFilesAreDiagnosedRunAndFormattedWithoutThrowing(@ForAll long seed) {
		Random random = new Random(seed);
		String original = corpus.get(random.nextInt(corpus.size()));
		String text = Mutations.mutate(original, random, 4);
		exercise(text);
	}

	@Property(tries = 60, seed = SEED, shrinking = ShrinkingMode.OFF)
	void randomTextIsDiagnosedWithoutThrowing(@ForAll long seed) {
		Random random = new Random(seed);
		StringBuilder b = new StringBuilder();
		int length = random.nextInt(400);
		for (int i = 0; i < length; i++) {
			b.append(random.nextInt(3) == 0 ? (char) random.nextInt(0x3000) : "state{}:,%-> 0123.alliance\"/*\n".charAt(random.nextInt(30)));
		}
		exercise(b.toString());
	}

	@Property(tries = 40, seed = SEED, shrinking = ShrinkingMode.OFF)
	void validFilesFormatIdempotentlyAndStayClean(@ForAll long seed) {
		Random random = new Random(seed);
		String text = corpus.get(random.nextInt(corpus.size()));
		String once = format(load(text));
		XtextResource formatted = load(once);
		assertThat(errors(formatted)).as("errors after formatting").isEqualTo(errors(load(text)));
		assertThat(format(formatted)).as("formatting twice changes nothing").isEqualTo(once);
	}

	private void exercise(String text) {
		logged.clear();
		ScenarioLoader loader = injector.getInstance(ScenarioLoader.class);
		XtextResource resource = load(text);
		List<EntenteDiagnostic> diagnostics = loader.diagnose(resource, "mutated.entente");
		for (EntenteDiagnostic d : diagnostics) {
			assertThat(d.line()).isPositive();
			assertThat(d.column()).isPositive();
			assertThat(d.severity()).isIn("error", "warning", "info");
			assertThat(d.code()).isNotBlank();
			assertThat(d.message()).isNotBlank();
		}
		boolean hasErrors = diagnostics.stream().anyMatch(EntenteDiagnostic::countsAsError);
		if (!resource.getErrors().isEmpty()) {
			assertThat(hasErrors).as("syntax/link errors reported as diagnostics").isTrue();
		}
		Model model = resource.getContents().isEmpty() ? null : (Model) resource.getContents().get(0);
		if (!hasErrors && model != null && model.getHeader() != null) {
			Scenario scenario = injector.getInstance(ScenarioTranslator.class).translate(model);
			Simulation.run(scenario);
		}
		try {
			format(resource);
		} catch (RuntimeException e) {
			java.io.StringWriter trace = new java.io.StringWriter();
			e.printStackTrace(new java.io.PrintWriter(trace));
			throw new AssertionError("formatter failed on:\n" + text + "\n" + trace, e);
		}
		assertThat(logged).as("problems only logged, not diagnosed, for:\n" + text).isEmpty();
	}

	private XtextResource load(String text) {
		return injector.getInstance(ScenarioLoader.class).loadText(Path.of("/robustness/mutated.entente"), text);
	}

	private static long errors(XtextResource resource) {
		return injector.getInstance(ScenarioLoader.class).diagnose(resource, "x").stream()
				.filter(EntenteDiagnostic::countsAsError).count();
	}

	/** The formatter on the parse's node model (no serializer), applied to the text. */
	static String format(XtextResource resource) {
		FormatterRequest request = injector.getInstance(FormatterRequest.class);
		request.setAllowIdentityEdits(false);
		request.setTextRegionAccess(injector.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create());
		List<ITextReplacement> replacements = new ArrayList<>(injector.getInstance(IFormatter2.class).format(request));
		replacements.sort((a, b) -> Integer.compare(b.getOffset(), a.getOffset()));
		StringBuilder text = new StringBuilder(resource.getParseResult().getRootNode().getText());
		for (ITextReplacement r : replacements) {
			text.replace(r.getOffset(), r.getEndOffset(), r.getReplacementText());
		}
		return text.toString();
	}
}
