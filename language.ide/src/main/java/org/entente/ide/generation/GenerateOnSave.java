package org.entente.ide.generation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.generator.IFileSystemAccess;
import org.eclipse.xtext.generator.IGenerator2;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.entente.entente.Model;
import org.entente.loading.ScenarioLoader;

import com.google.inject.Inject;

/**
 * What the language server generates when a scenario is saved (docs/editors.md, "Code generation"):
 * the generator's Java class, DOT and Markdown, into {@value #FOLDER} next to the saved file. Not on
 * every keystroke: the build that follows each edit generates nothing ({@link Never}).
 */
public class GenerateOnSave {

	/** The folder, next to the scenario file, that receives the generated files. */
	public static final String FOLDER = "src-gen";

	/** Bound as the builder's {@link IShouldGenerate}: the editor's builds never write files. */
	public static class Never implements IShouldGenerate {
		@Override
		public boolean shouldGenerate(org.eclipse.emf.ecore.resource.Resource resource, CancelIndicator cancelIndicator) {
			return false;
		}
	}

	@Inject
	private IGenerator2 generator;

	@Inject
	private ScenarioLoader loader;

	/**
	 * Generates the saved scenario; returns the files written (none for a library without a scenario
	 * header, a file with errors, or a file that is not on disk).
	 */
	public List<Path> generate(XtextResource resource, CancelIndicator cancel) throws IOException {
		URI uri = resource.getURI();
		if (!uri.isFile() || resource.getContents().isEmpty()
				|| !(resource.getContents().get(0) instanceof Model model) || model.getHeader() == null) {
			return List.of();
		}
		if (!loader.readiness(resource, uri.lastSegment()).runnable()) {
			return List.of(); // the loader's one rule for what can run (and so be generated)
		}
		InMemoryFileSystemAccess fsa = new InMemoryFileSystemAccess();
		GeneratorContext context = new GeneratorContext();
		context.setCancelIndicator(cancel);
		generator.beforeGenerate(resource, fsa, context);
		generator.doGenerate(resource, fsa, context);
		generator.afterGenerate(resource, fsa, context);
		Path folder = Paths.get(uri.toFileString()).toAbsolutePath().getParent().resolve(FOLDER);
		List<Path> written = new ArrayList<>();
		for (Map.Entry<String, CharSequence> file : fsa.getTextFiles().entrySet()) {
			// keys are the output name followed by the file name: DEFAULT_OUTPUTentente/generated/NAME.java
			String relative = file.getKey().startsWith(IFileSystemAccess.DEFAULT_OUTPUT)
					? file.getKey().substring(IFileSystemAccess.DEFAULT_OUTPUT.length()) : file.getKey();
			relative = relative.startsWith("/") ? relative.substring(1) : relative;
			Path target = folder.resolve(relative).normalize();
			if (!target.startsWith(folder)) {
				continue; // generated names are relative; never write outside the folder
			}
			write(target, file.getValue().toString());
			written.add(target);
		}
		return written;
	}

	/** Writes through a temporary file in the same folder, then moves it into place. */
	private static void write(Path target, String text) throws IOException {
		Files.createDirectories(target.getParent());
		Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
		try {
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			try {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
