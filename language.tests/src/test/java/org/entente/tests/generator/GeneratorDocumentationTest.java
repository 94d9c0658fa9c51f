package org.entente.tests.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.generator.IGenerator2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.entente.loading.ScenarioLoader;
import org.entente.tests.EntenteInjectorProvider;
import org.entente.tests.EntenteTestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** docs/generator.md shows the class generated for the 1914 example exactly as the generator writes it. */
@ExtendWith(InjectionExtension.class)
@InjectWith(EntenteInjectorProvider.class)
class GeneratorDocumentationTest {

	@Inject
	private ScenarioLoader loader;

	@Inject
	private IGenerator2 generator;

	@Test
	void theDocumentedClassIsWhatTheGeneratorWrites() throws Exception {
		String doc = Files.readString(EntenteTestFiles.root().resolve("docs/generator.md"), StandardCharsets.UTF_8);
		Matcher block = Pattern.compile("<!-- generated: europe-1914.entente -->\n```java\n(.*?)```", Pattern.DOTALL).matcher(doc);
		assertThat(block.find()).as("the marked java block in docs/generator.md").isTrue();
		Path example = EntenteTestFiles.examples().resolve("europe-1914.entente");
		XtextResource resource = loader.load(List.of(example)).requested().get(example);
		String generated = GeneratedCode.generate(generator, resource).get("entente/generated/July1914.java");
		assertThat(block.group(1)).isEqualTo(generated);
	}
}
