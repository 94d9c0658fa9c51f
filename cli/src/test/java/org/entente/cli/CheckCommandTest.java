package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

class CheckCommandTest {

	@TempDir
	Path dir;

	private Path write(String name, String text) throws Exception {
		Path file = dir.resolve(name);
		Files.writeString(file, text);
		return file;
	}

	@Test
	void cleanExampleExitsZeroWithASummary() {
		Path example = CliRunner.root().resolve("examples/europe-1914.entente");
		CliRunner result = CliRunner.run("check", example.toString());
		assertThat(result.exitCode()).isEqualTo(0);
		assertThat(result.out()).endsWith("Checked 1 file: 0 errors, 1 warning." + System.lineSeparator())
				.contains("[chain-ganging-risk]");
		assertThat(result.err()).isEmpty();
	}

	@Test
	void everyExampleChecksClean() throws Exception {
		try (var files = Files.list(CliRunner.root().resolve("examples"))) {
			String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("check"),
					files.filter(f -> f.toString().endsWith(".entente")).map(Path::toString)).toArray(String[]::new);
			CliRunner result = CliRunner.run(args);
			assertThat(result.out()).contains(" 0 errors");
			assertThat(result.exitCode()).isEqualTo(0);
		}
	}

	@Test
	void syntaxErrorIsReportedWithFileLineColumnAndCode() throws Exception {
		Path file = write("broken.entente", "state A { military 1 }\nin 1914 A attacks A\n");
		CliRunner result = CliRunner.run("check", file.toString());
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.out()).startsWith(file + ":2:9: error: ':' is missing before 'A'. [syntax-error]");
		assertThat(result.out()).contains("Checked 1 file: 1 error, 0 warnings.");
	}

	/** Through Main.main in a child JVM: the language set up on a second thread while the command line is read. */
	@Test
	void aWholeProcessCheckGivesTheSameAnswerAsInProcess() throws Exception {
		Path file = write("broken.entente", "state A { military 1 }\nin 1914 A attacks A\nstate B { borders Btea }\n");
		Process process = new ProcessBuilder(java.nio.file.Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), Main.class.getName(), "check", file.toString())
				.redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(process.waitFor()).isEqualTo(1);
		CliRunner inProcess = CliRunner.run("check", file.toString());
		assertThat(output).isEqualTo(inProcess.out() + inProcess.err()).contains("[unresolved-name]").contains("[syntax-error]");
	}

	@Test
	void unresolvedNameIsAnErrorOnTheName() throws Exception {
		Path file = write("names.entente", "state France { borders Atlantis }\n");
		CliRunner result = CliRunner.run("check", file.toString());
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.out()).contains(file + ":1:24: error: No state named 'Atlantis' is declared in this file or its folder. [unresolved-name]");
	}

	@Test
	void namesFromASiblingFileResolve() throws Exception {
		write("world.entente", "state Germany { } state Russia { }\n");
		Path treaties = write("treaties.entente", "alliance Dual { members Germany, Russia }\n");
		CliRunner result = CliRunner.run("check", treaties.toString());
		assertThat(result.exitCode()).isEqualTo(0);
		assertThat(result.out()).contains("Checked 1 file: 0 errors");
	}

	@Test
	void jsonFormatIsAnArrayOfDiagnostics() throws Exception {
		Path file = write("json.entente", "state A { borders Nowhere }\n");
		CliRunner result = CliRunner.run("check", "--format", "json", file.toString());
		assertThat(result.exitCode()).isEqualTo(1);
		List<Map<String, Object>> diagnostics = new ObjectMapper().readValue(result.out(), new TypeReference<>() {
		});
		assertThat(diagnostics).hasSize(1);
		assertThat(diagnostics.get(0)).containsOnlyKeys("file", "line", "column", "severity", "code", "message");
		assertThat(diagnostics.get(0)).containsEntry("file", file.toString()).containsEntry("line", 1)
				.containsEntry("column", 19).containsEntry("severity", "error").containsEntry("code", "unresolved-name");
	}

	@Test
	void jsonFormatOfACleanFileIsAnEmptyArray() throws Exception {
		Path file = write("clean.entente", "state A { }\n");
		CliRunner result = CliRunner.run("check", "--format=json", file.toString());
		assertThat(result.exitCode()).isEqualTo(0);
		assertThat(result.out().trim()).isEqualTo("[ ]");
	}

	@Test
	void missingFileIsAUsageErrorWithAClearMessage() {
		CliRunner result = CliRunner.run("check", dir.resolve("nope.entente").toString());
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).isEqualTo("entente: cannot read '" + dir.resolve("nope.entente") + "': no such file"
				+ System.lineSeparator());
		assertThat(result.out()).isEmpty();
	}

	@Test
	void directoryIsAUsageError() {
		CliRunner result = CliRunner.run("check", dir.toString());
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).contains("it is a directory");
	}

	@Test
	void emptyFileIsClean() throws Exception {
		CliRunner result = CliRunner.run("check", write("empty.entente", "").toString());
		assertThat(result.exitCode()).isEqualTo(0);
	}

	@Test
	void binaryGarbageGivesDiagnosticsNotAStackTrace() throws Exception {
		byte[] garbage = new byte[4096];
		new Random(7).nextBytes(garbage);
		Path file = dir.resolve("garbage.entente");
		Files.write(file, garbage);
		CliRunner result = CliRunner.run("check", file.toString());
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.out()).contains(file + ":1:1: error:").contains("[syntax-error]");
		assertThat(result.out() + result.err()).doesNotContain("Exception").doesNotContain("\tat ");
	}

	@Test
	void halfWrittenFileGivesDiagnostics() throws Exception {
		Path file = write("half.entente", "scenario S from 1914 to 1918\nstate A { military 2.2 econ");
		CliRunner result = CliRunner.run("check", file.toString());
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.out()).contains(file + ":2:").contains("[syntax-error]");
	}

	@Test
	void noFileIsAUsageError() {
		CliRunner result = CliRunner.run("check");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).contains("Missing required parameter");
	}

	@Test
	void unknownFormatIsAUsageError() throws Exception {
		CliRunner result = CliRunner.run("check", "--format", "xml", write("a.entente", "").toString());
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).contains("--format");
	}

	@Test
	void noCommandIsAUsageError() {
		CliRunner result = CliRunner.run();
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).contains("Missing command").contains("Usage: entente");
	}

	@Test
	void helpAndVersion() {
		CliRunner help = CliRunner.run("--help");
		assertThat(help.exitCode()).isEqualTo(0);
		assertThat(help.out()).contains("Usage: entente").contains("check");
		CliRunner checkHelp = CliRunner.run("check", "--help");
		assertThat(checkHelp.exitCode()).isEqualTo(0);
		assertThat(checkHelp.out()).contains("--format").contains("Exit codes:");
		CliRunner version = CliRunner.run("--version");
		assertThat(version.exitCode()).isEqualTo(0);
		assertThat(version.out()).matches("entente \\d+\\.\\d+\\.\\d+.*\\R");
	}
}
