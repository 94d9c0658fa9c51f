package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.generator.IFileSystemAccess;
import org.eclipse.xtext.generator.IGenerator2;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.eclipse.xtext.resource.XtextResource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code entente generate FILE... -o DIR}: for each scenario, the Java class that builds it through
 * the engine's API, its alliance graph (Graphviz DOT) and a Markdown summary (see docs/generator.md).
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
		description = {
				"Generate Java, a Graphviz graph and a Markdown summary from scenario files.",
				"For each file: DIR/entente/generated/NAME.java (builds the scenario through the engine's API; its "
						+ "main prints the same JSON as 'entente run --format json'), DIR/NAME.dot (the alliance network "
						+ "for Graphviz) and DIR/NAME.md (a summary). Files are written atomically, only inside DIR; one "
						+ "line per written file. Files without a scenario header (libraries) are skipped." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = {
				"0:everything generated",
				"1:a file has errors, or an output cannot be written",
				"2:usage error, or a file that cannot be read" })
public class GenerateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (.entente).")
	List<Path> files;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "DIR",
			description = "The output folder (created if missing); a source root for the Java files.")
	Path output;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (Files.exists(output) && !Files.isDirectory(output)) {
			err.println("entente: -o " + output + ": not a folder");
			return Main.USAGE;
		}
		Path root = output.toAbsolutePath().normalize();
		Map<Path, Path> writtenFrom = new HashMap<>();
		int code = Main.OK;
		for (Path file : files) {
			Generated generated = generate(file, err);
			code = Math.max(code, generated.exitCode());
			for (Map.Entry<String, String> entry : generated.files().entrySet()) {
				Optional<Path> target = target(root, entry.getKey());
				if (target.isEmpty()) {
					err.println("entente: " + file + ": refusing to write '" + entry.getKey() + "' outside " + output);
					code = Math.max(code, Main.FAILED);
					continue;
				}
				Path earlier = writtenFrom.putIfAbsent(target.get(), file);
				if (earlier != null) {
					err.println("entente: " + file + ": " + output.resolve(entry.getKey()) + " was already generated from "
							+ earlier + " (two scenarios with the same name); not overwritten");
					code = Math.max(code, Main.FAILED);
					continue;
				}
				try {
					AtomicFiles.write(target.get(), entry.getValue());
					out.println("wrote " + output.resolve(entry.getKey()));
				} catch (IOException | RuntimeException e) {
					err.println("entente: cannot write '" + output.resolve(entry.getKey()) + "': " + e.getMessage());
					code = Math.max(code, Main.FAILED);
				}
			}
		}
		return code;
	}

	/** The generated files of one scenario (relative path to text), and the exit code so far. */
	private record Generated(Map<String, String> files, int exitCode) {
		static Generated failed(int exitCode) {
			return new Generated(Map.of(), exitCode);
		}
	}

	/**
	 * Generates one file: no files when it cannot be read (exit 2, like every command), has errors or
	 * cannot be generated (exit 1), or is a library without a scenario header (a note, exit 0).
	 */
	private static Generated generate(Path file, PrintWriter err) {
		ScenarioInput.Checked checked = ScenarioInput.check(file, err);
		if (!checked.ok()) {
			return Generated.failed(checked.exitCode());
		}
		XtextResource resource = checked.resource();
		if (checked.model() == null) {
			err.println("entente: note: " + file + " has no scenario header (a library of declarations): nothing to generate.");
			return new Generated(Map.of(), Main.OK);
		}
		IGenerator2 generator = Languages.injector().getInstance(IGenerator2.class);
		InMemoryFileSystemAccess fsa = new InMemoryFileSystemAccess();
		GeneratorContext context = new GeneratorContext();
		generator.beforeGenerate(resource, fsa, context);
		generator.doGenerate(resource, fsa, context);
		generator.afterGenerate(resource, fsa, context);
		Map<String, String> result = new TreeMap<>();
		fsa.getTextFiles().forEach((key, text) -> result.put(
				key.startsWith(IFileSystemAccess.DEFAULT_OUTPUT) ? key.substring(IFileSystemAccess.DEFAULT_OUTPUT.length()) : key,
				text.toString()));
		if (result.isEmpty()) {
			err.println("entente: " + file + ": the scenario could not be generated.");
			return Generated.failed(Main.FAILED);
		}
		return new Generated(result, Main.OK);
	}

	/**
	 * Where a generated file goes: inside {@code root}, or empty for a name that is absolute, has a
	 * {@code ..} segment, or (through a symbolic link already in the folder) would land outside it.
	 */
	static Optional<Path> target(Path root, String relative) {
		if (relative == null || relative.isBlank() || relative.startsWith("/") || relative.startsWith("\\")
				|| relative.contains(":")) {
			return Optional.empty();
		}
		for (String segment : relative.split("[/\\\\]")) {
			if (segment.equals("..") || segment.equals(".")) {
				return Optional.empty();
			}
		}
		Path path;
		try {
			path = Paths.get(relative);
		} catch (InvalidPathException e) {
			return Optional.empty();
		}
		Path normalRoot = root.toAbsolutePath().normalize();
		Path target = normalRoot.resolve(path).normalize();
		if (path.isAbsolute() || !target.startsWith(normalRoot) || target.equals(normalRoot)) {
			return Optional.empty();
		}
		try {
			Path existing = target;
			while (existing != null && !Files.exists(existing)) {
				existing = existing.getParent();
			}
			if (existing != null && Files.exists(normalRoot)
					&& !existing.toRealPath().startsWith(normalRoot.toRealPath())) {
				return Optional.empty();
			}
		} catch (IOException e) {
			return Optional.empty();
		}
		return Optional.of(target);
	}
}
