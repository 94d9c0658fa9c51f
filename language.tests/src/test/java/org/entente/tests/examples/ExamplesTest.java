package org.entente.tests.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.entente.loading.EntenteDiagnostic;
import org.entente.loading.ScenarioLoader;
import org.entente.tests.EntenteInjectorProvider;
import org.entente.tests.EntenteTestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/** Every scenario under examples/ parses and links with no errors. */
@ExtendWith(InjectionExtension.class)
@InjectWith(EntenteInjectorProvider.class)
class ExamplesTest {

	@Inject
	private ScenarioLoader loader;

	static Stream<Path> examples() throws IOException {
		try (Stream<Path> files = Files.walk(EntenteTestFiles.examples())) {
			return files.filter(f -> f.toString().endsWith(".entente")).sorted().toList().stream();
		}
	}

	@Test
	void thereAreAtLeastThreeExamples() throws IOException {
		assertThat(examples()).hasSizeGreaterThanOrEqualTo(3);
	}

	@ParameterizedTest
	@MethodSource("examples")
	void exampleChecksWithoutErrors(Path example) throws Exception {
		ScenarioLoader.Workspace workspace = loader.load(List.of(example));
		List<EntenteDiagnostic> errors = loader.diagnose(workspace.requested().get(example), example.toString())
				.stream().filter(EntenteDiagnostic::countsAsError).toList();
		assertThat(errors).isEmpty();
	}
}
