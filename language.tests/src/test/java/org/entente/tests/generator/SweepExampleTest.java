package org.entente.tests.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.xtext.generator.IGenerator2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.entente.loading.ScenarioLoader;
import org.entente.tests.EntenteInjectorProvider;
import org.entente.tests.EntenteTestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/**
 * examples/sweep/ThreatFloorSweep.java compiles against the classes generated from the Cold War
 * and July Crisis examples and the engine alone, and runs: the documented sweep cannot rot.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(EntenteInjectorProvider.class)
class SweepExampleTest {

	@Inject
	private ScenarioLoader loader;

	@Inject
	private IGenerator2 generator;

	@TempDir
	Path temp;

	@Test
	void theSweepExampleCompilesAndRuns() throws Exception {
		Map<String, String> sources = new TreeMap<>();
		for (String example : List.of("cold-war-1950.entente", "europe-1914.entente")) {
			Path file = EntenteTestFiles.examples().resolve(example);
			XtextResource resource = loader.load(List.of(file)).requested().get(file);
			GeneratedCode.generate(generator, resource).forEach((path, text) -> {
				if (path.endsWith(".java")) sources.put(path, text);
			});
		}
		Path sweep = EntenteTestFiles.examples().resolve("sweep/ThreatFloorSweep.java");
		sources.put("ThreatFloorSweep.java", Files.readString(sweep, StandardCharsets.UTF_8));
		List<Path> classPath = GeneratedCode.engineClassPath();
		GeneratedCode.compile(sources, temp.resolve("src"), temp.resolve("classes"), classPath);

		String output;
		try (URLClassLoader classLoader = GeneratedCode.loader(temp.resolve("classes"), classPath)) {
			output = new String(GeneratedCode.runMain(classLoader, "ThreatFloorSweep"), StandardCharsets.UTF_8);
		}
		System.out.println(output);
		List<String> lines = output.lines().toList();
		assertThat(lines.get(0)).isEqualTo("Early Cold War (cold-war-1950.entente), last turn:");
		assertThat(lines.subList(2, 17)).allMatch(l -> l.matches(" *0\\.\\d0 +0\\.\\d\\d +\\d+ +\\d+ +\\w+ +\\d+\\.\\d +\\d+\\.\\d"), "a row");
		assertThat(lines.subList(2, 17).stream().map(l -> l.substring(24)).distinct().count())
				.as("the sweep changes the outcome:\n" + output).isGreaterThan(1);
		assertThat(lines).contains("July Crisis (europe-1914.entente), 1914:");
		assertThat(lines.subList(20, 24)).allMatch(l -> l.matches(" *0\\.\\d0  (true|false) +\\d+"), "a row");
	}
}
