package org.entente.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.entente.loading.ScenarioLoader;
import org.entente.synth.ScenarioSynthesizer;
import org.entente.tests.EntenteInjectorProvider;
import org.entente.tests.EntenteTestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * The commitment rules on a second core (EntenteResourceValidator, docs/performance.md "Cold start")
 * give the same issues in the same order as when every rule runs in turn: on every file of the
 * repository and on synthesized files, each checked alone in its folder as {@code entente check} does.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(EntenteInjectorProvider.class)
class CommitmentsOnSecondCoreTest {

	@Inject
	private ScenarioLoader loader;
	@Inject
	private Injector injector;
	@TempDir
	Path folder;

	/** Xtext's validator of Entente, counting the diagnostics computed on the second core. */
	static class CountingValidator extends EntenteResourceValidator {
		int deferred;

		@Override
		protected void issueFromEValidatorDiagnostic(Diagnostic diagnostic, IAcceptor<Issue> acceptor) {
			if (diagnostic instanceof DeferredDiagnostics) {
				deferred++;
			}
			super.issueFromEValidatorDiagnostic(diagnostic, acceptor);
		}
	}

	@Test
	void everyFileOfTheRepositoryHasTheSameIssuesInTheSameOrder() throws Exception {
		List<Path> files = EntenteTestFiles.allEntenteFiles();
		assertThat(files).hasSizeGreaterThanOrEqualTo(8);
		for (Path file : files) {
			compare(Files.readString(file), file.getFileName().toString());
		}
	}

	@Test
	void synthesizedFilesHaveTheSameIssuesInTheSameOrderAndRunTheRulesOnTheSecondCore() throws Exception {
		for (long seed : new long[] { 11, 12 }) {
			String text = ScenarioSynthesizer.generate(300, 1500, seed);
			Comparison c = compare(text, "synth-" + seed + ".entente");
			assertThat(c.issues()).as("issues of seed %d", seed).hasSizeGreaterThan(50);
			if (Runtime.getRuntime().availableProcessors() > 1) {
				assertThat(c.deferred()).as("rules run on the second core").isEqualTo(1);
			}
		}
	}

	@Test
	void aFileWithAnErrorOrWithAFileBesideItRunsTheRulesInTurn() throws Exception {
		String synth = ScenarioSynthesizer.generate(60, 300, 3);
		assertThat(compare(synth + "\nstate Broken { borders Atlantis }\n", "unresolved.entente").deferred()).isZero();
		Files.writeString(folder.resolve("beside.entente"), "state Elsewhere { }\n");
		assertThat(compare(synth, "with-sibling.entente").deferred()).isZero();
	}

	private record Comparison(List<String> issues, int deferred) {
	}

	/** The file alone in the folder: the issues as the command line loads it, and as loaded without the option. */
	private Comparison compare(String text, String name) throws Exception {
		Path file = folder.resolve(name);
		Files.writeString(file, text);
		CountingValidator validator = injector.getInstance(CountingValidator.class);
		XtextResource commandLine = loader.load(List.of(file)).requested().get(file);
		List<String> parallel = issues(validator, commandLine);
		int deferred = validator.deferred;
		XtextResource inTurn = loader.loadText(file, text);
		assertThat(inTurn.getResourceSet().getLoadOptions()).doesNotContainKey(EntenteResourceValidator.SECOND_CORE);
		List<String> sequential = issues(validator, inTurn);
		assertThat(validator.deferred).as("no deferral without the option").isEqualTo(deferred);
		assertThat(parallel).as(name).containsExactlyElementsOf(sequential);
		Files.delete(file);
		return new Comparison(parallel, deferred);
	}

	private static List<String> issues(EntenteResourceValidator validator, XtextResource resource) {
		List<String> out = new ArrayList<>();
		for (Issue i : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
			out.add(i.getSeverity() + "|" + i.getCode() + "|" + i.getLineNumber() + ":" + i.getColumn() + "|" + i.getOffset() + "+"
					+ i.getLength() + "|" + i.getUriToProblem().fragment() + "|" + i.getType() + "|" + String.join(",", i.getData() == null
							? List.of() : List.of(i.getData())) + "|" + i.getMessage());
		}
		return out;
	}
}
