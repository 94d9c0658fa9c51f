package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.xtext.resource.XtextResource;
import org.entente.loading.EntenteDiagnostic;
import org.entente.loading.ScenarioLoader;
import org.entente.loading.UnreadableFileException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code entente check FILE...}: syntax, names and commitments; exit 0 clean, 1 errors, 2 usage. */
@Command(name = "check", mixinStandardHelpOptions = true,
		description = {
				"Check scenario files for syntax errors, unknown names and inconsistent commitments.",
				"Other .entente files in the same folders are read too, so names they declare resolve." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = {
				"0:no problems, or warnings only",
				"1:at least one error",
				"2:usage error, or a file that cannot be read" })
public class CheckCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (.entente) to check.")
	List<Path> files;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
	OutputFormat format;

	enum OutputFormat { text, json }

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		ScenarioLoader loader = Languages.injector().getInstance(ScenarioLoader.class);
		ScenarioLoader.Workspace workspace;
		try {
			workspace = loader.load(files);
		} catch (UnreadableFileException e) {
			err.println("entente: " + e.getMessage());
			return Main.USAGE;
		}
		ScenarioInput.readingLine(workspace).ifPresent(err::println);
		List<EntenteDiagnostic> diagnostics = new ArrayList<>();
		for (Map.Entry<Path, XtextResource> entry : workspace.requested().entrySet()) {
			diagnostics.addAll(loader.diagnose(entry.getValue(), entry.getKey().toString()));
		}
		if (format == OutputFormat.json) {
			out.println(toJson(diagnostics));
		} else {
			// one write: the writer flushes the standard output at every println, a system call per line
			// (7,047 lines for a large file; docs/performance.md, "Cold start", fifth round)
			StringBuilder text = new StringBuilder();
			for (EntenteDiagnostic d : diagnostics) {
				text.append(d.toHumanString()).append(System.lineSeparator());
			}
			out.println(text.append(summary(workspace.requested().size(), diagnostics)));
		}
		return diagnostics.stream().anyMatch(EntenteDiagnostic::countsAsError) ? Main.FAILED : Main.OK;
	}

	static String summary(int fileCount, List<EntenteDiagnostic> diagnostics) {
		long errors = diagnostics.stream().filter(EntenteDiagnostic::countsAsError).count();
		long warnings = diagnostics.stream().filter(d -> "warning".equals(d.severity())).count();
		return "Checked " + plural(fileCount, "file") + ": " + plural(errors, "error") + ", "
				+ plural(warnings, "warning") + ".";
	}

	private static String plural(long count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}

	private static String toJson(List<EntenteDiagnostic> diagnostics) {
		try {
			return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(diagnostics);
		} catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}
}
