package org.entente.loading;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.entente.entente.Model;
import org.entente.validation.EntenteIssueCodes;
import org.entente.validation.EntenteResourceValidator;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Loads scenario files the way the editor sees them ({@link VisibleFiles}): the requested files plus
 * the other {@code .entente} files of their folders, so that names declared in a sibling file (a
 * shared treaty library, say) resolve. Only the requested files are reported on.
 */
public class ScenarioLoader {

	public static final String FILE_EXTENSION = ".entente";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	/** The loaded workspace: one resource set, and the resources of the requested files in order. */
	public record Workspace(XtextResourceSet resourceSet, Map<Path, XtextResource> requested) {
	}

	/**
	 * Loads the files. Every file the user named must be readable: otherwise the exception names it
	 * (all other problems, even binary garbage, become diagnostics).
	 */
	public Workspace load(List<Path> files) throws UnreadableFileException {
		Map<Path, String> texts = new LinkedHashMap<>();
		for (Path file : files) {
			texts.put(file, read(file));
		}
		XtextResourceSet set = resourceSets.get();
		// a file checked alone may run its commitment rules on a second core (same diagnostics, same order)
		set.getLoadOptions().put(EntenteResourceValidator.SECOND_CORE, Boolean.TRUE);
		Map<Path, XtextResource> requested = new LinkedHashMap<>();
		Set<Path> loaded = new LinkedHashSet<>();
		for (Map.Entry<Path, String> entry : texts.entrySet()) {
			Path normal = normalize(entry.getKey());
			if (loaded.add(normal)) {
				requested.put(entry.getKey(), load(set, normal, entry.getValue()));
			}
		}
		for (Path sibling : siblings(loaded)) {
			try {
				load(set, sibling, read(sibling));
			} catch (UnreadableFileException e) {
				// a sibling is only context; one we cannot read is left out
			}
		}
		return new Workspace(set, requested);
	}

	/** Loads one text under a given path into a fresh resource set (used by tests and tools). */
	public XtextResource loadText(Path path, String text) {
		return load(resourceSets.get(), normalize(path), text);
	}

	/**
	 * Whether a loaded file can be run: it has a scenario header and no diagnostic of severity error.
	 * The one rule behind {@code entente run}, {@code landscape}, {@code report}, {@code generate}, the
	 * editor's Run and Landscape lenses and its generation on save (docs/cli.md, docs/editors.md).
	 */
	public record Readiness(Model scenario, List<EntenteDiagnostic> diagnostics) {

		public long errors() {
			return diagnostics.stream().filter(EntenteDiagnostic::countsAsError).count();
		}

		/** The file has a {@code scenario NAME from YEAR to YEAR} header (else it is a library). */
		public boolean hasScenario() {
			return scenario != null;
		}

		public boolean runnable() {
			return hasScenario() && errors() == 0;
		}
	}

	/** Diagnoses one resource ({@link #diagnose}) and says whether it can be run ({@link Readiness}). */
	public Readiness readiness(XtextResource resource, String displayName) {
		List<EntenteDiagnostic> diagnostics = diagnose(resource, displayName);
		Model scenario = resource.getContents().stream().filter(Model.class::isInstance).map(Model.class::cast)
				.filter(model -> model.getHeader() != null).findFirst().orElse(null);
		return new Readiness(scenario, diagnostics);
	}

	/** Syntax, linking and validation problems of one resource, ordered by position. */
	public List<EntenteDiagnostic> diagnose(XtextResource resource, String displayName) {
		List<Issue> issues = resource.getResourceServiceProvider().getResourceValidator()
				.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		List<EntenteDiagnostic> result = new ArrayList<>();
		for (Issue issue : issues) {
			result.add(new EntenteDiagnostic(displayName,
					orOne(issue.getLineNumber()),
					orOne(issue.getColumn()),
					severityName(issue.getSeverity()),
					EntenteIssueCodes.shortCode(issue.getCode()),
					issue.getMessage()));
		}
		result.sort(Comparator.comparingInt(EntenteDiagnostic::line).thenComparingInt(EntenteDiagnostic::column));
		return result;
	}

	private static XtextResource load(XtextResourceSet set, Path path, String text) {
		URI uri = resourceUri(path);
		XtextResource resource = (XtextResource) set.createResource(uri);
		try {
			resource.load(new LazyStringInputStream(text, "UTF-8"), set.getLoadOptions());
		} catch (IOException e) {
			// cannot happen for an in-memory stream; parse problems become diagnostics
			throw new IllegalStateException(e);
		}
		return resource;
	}

	/**
	 * The resource URI of a file. Any file the user names is read as Entente, whatever its name
	 * ({@code notes.txt}, {@code A.ENTENTE}, {@code scenario.bak}, no extension; docs/cli.md): Xtext
	 * chooses the language by the URI's extension, so a file not ending in {@code .entente} gets
	 * {@code .entente} appended to its URI only (messages name the file as given).
	 */
	static URI resourceUri(Path path) {
		String name = path.toString();
		return URI.createFileURI(name.endsWith(FILE_EXTENSION) ? name : name + FILE_EXTENSION);
	}

	/** Reads a file as UTF-8, replacing bytes that are not text so that garbage still parses. */
	static String read(Path file) throws UnreadableFileException {
		if (Files.isDirectory(file)) {
			throw new UnreadableFileException(file, "it is a directory");
		}
		try {
			byte[] bytes = Files.readAllBytes(file);
			return StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPLACE)
					.onUnmappableCharacter(CodingErrorAction.REPLACE)
					.decode(ByteBuffer.wrap(bytes)).toString();
		} catch (NoSuchFileException e) {
			throw new UnreadableFileException(file, "no such file");
		} catch (AccessDeniedException e) {
			throw new UnreadableFileException(file, "permission denied");
		} catch (CharacterCodingException e) {
			throw new UnreadableFileException(file, "not a text file");
		} catch (IOException e) {
			throw new UnreadableFileException(file, e.getMessage() == null ? "input/output error" : e.getMessage());
		}
	}

	/** The files the loaded ones see ({@link VisibleFiles}) that are not loaded yet, folder by folder. */
	private static List<Path> siblings(Set<Path> loaded) {
		List<Path> result = new ArrayList<>();
		for (Path file : loaded) {
			for (Path sibling : VisibleFiles.siblingsOf(file)) {
				if (!loaded.contains(sibling) && !loaded.contains(withoutExtension(sibling)) && !result.contains(sibling)) {
					result.add(sibling);
				}
			}
		}
		return result;
	}

	/** {@code a.txt.entente} would share its URI with a requested {@code a.txt} (see resourceUri). */
	private static Path withoutExtension(Path entente) {
		String name = entente.toString();
		return Path.of(name.substring(0, name.length() - FILE_EXTENSION.length()));
	}

	private static Path normalize(Path path) {
		return path.toAbsolutePath().normalize();
	}

	private static int orOne(Integer value) {
		return value == null || value < 1 ? 1 : value;
	}

	private static String severityName(Severity severity) {
		return switch (severity) {
			case ERROR -> "error";
			case WARNING -> "warning";
			default -> "info";
		};
	}
}
