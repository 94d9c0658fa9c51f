package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** entente check reports the validator's rules: file:line:col, severity, message, code; exit codes. */
class CheckValidationTest {

	@TempDir
	Path dir;

	private Path write(String name, String text) throws Exception {
		Path file = dir.resolve(name);
		Files.writeString(file, text);
		return file;
	}

	@Test
	void commitmentErrorIsReportedOnTheTargetAndExitsOne() throws Exception {
		String line4 = "alliance GammaDelta { members Gamma, Delta signed 1931 defense against Beta }";
		Path file = write("conflict.entente", """
				scenario S from 1920 to 1940
				state Beta { } state Gamma { } state Delta { }
				alliance BetaDelta { members Beta, Delta signed 1930 defense against Gamma }
				""" + line4 + "\n");
		CliRunner result = CliRunner.run("check", file.toString());
		int column = line4.indexOf("Beta }") + 1;
		assertThat(result.out()).contains(file + ":4:" + column + ": error: Delta cannot defend Beta against Gamma "
				+ "(BetaDelta, 1930) and Gamma against Beta (GammaDelta, 1931) in 1931. [conflicting-defense]");
		assertThat(result.out()).endsWith("Checked 1 file: 1 error, 0 warnings." + System.lineSeparator());
		assertThat(result.exitCode()).isEqualTo(1);
	}

	/** The defense-against-ally warning says what the engine does; these runs hold it to that. */
	@Test
	void defenseAgainstAnAllyIsAWarningAndTheEngineHonoursThePledgeAWarTriggersFirst() throws Exception {
		String treaties = """
				state A { } state B { } state C { }
				alliance AB { members A, B signed 1900 defense }
				alliance AC { members A, C signed 1905 defense against B }
				""";
		Path bAttacks = write("b-attacks.entente", "scenario S from 1905 to 1906\n" + treaties + "in 1905: B attacks C\n");
		CliRunner check = CliRunner.run("check", bAttacks.toString());
		assertThat(check.out()).contains("warning: A pledges defense against B (AC, 1905) while allied with B (AB, 1900)"
				+ " in 1905; the engine honours whichever of the two a war triggers first").contains("[defense-against-ally]");
		assertThat(check.exitCode()).isEqualTo(0);
		// B attacks C: AC is triggered, A enters against its ally B, and AB is breached
		CliRunner run = CliRunner.run("run", bAttacks.toString(), "--format", "json");
		assertThat(run.out()).contains("A enters against B: AC defense of C");
		assertThat(run.out()).contains("\"AB\" : \"breached\"").doesNotContain("\"AC\" : \"breached\"");
		// C attacks B: AB is triggered, A enters against C, and AC is breached
		Path cAttacks = write("c-attacks.entente", "scenario S from 1905 to 1906\n" + treaties + "in 1905: C attacks B\n");
		CliRunner other = CliRunner.run("run", cAttacks.toString(), "--format", "json");
		assertThat(other.out()).contains("A enters against C: AB defense of B");
		assertThat(other.out()).contains("\"AC\" : \"breached\"").doesNotContain("\"AB\" : \"breached\"");
	}

	@Test
	void rangeErrorIsReportedOnTheNumber() throws Exception {
		Path file = write("range.entente", "state A { } state B { } state C { }\n"
				+ "alliance T { members A, B defense against C forces 120% }\n");
		CliRunner result = CliRunner.run("check", file.toString());
		assertThat(result.out()).contains(file + ":2:52: error: forces must be between 0% and 100%, not 120% (treaty T). "
				+ "[forces-out-of-range]");
		assertThat(result.exitCode()).isEqualTo(1);
	}

	@Test
	void warningsOnlyExitZero() throws Exception {
		Path file = write("risky.entente", """
				scenario S from 1939 to 1945
				state Germany { intent revisionist } state Italy { intent revisionist } state USSR { }
				alliance Steel { members Germany, Italy signed 1939 defense }
				pact MolotovRibbentrop { members Germany, USSR signed 1939 nonaggression }
				in 1941: Germany attacks USSR
				""");
		CliRunner result = CliRunner.run("check", file.toString());
		assertThat(result.out()).contains(file + ":3:53: warning: Steel pledges unconditional defense of Germany (revisionist) "
				+ "and Italy (revisionist)").contains("[chain-ganging-risk]");
		assertThat(result.out()).contains(file + ":5:26: warning: Germany's attack on USSR in 1941 breaches "
				+ "MolotovRibbentrop (nonaggression), which binds them both. [attack-breaches-treaty]");
		assertThat(result.out()).endsWith("Checked 1 file: 0 errors, 2 warnings." + System.lineSeparator());
		assertThat(result.exitCode()).isEqualTo(0);
	}

	@Test
	void jsonCarriesTheShortCodeAndSeverity() throws Exception {
		Path file = write("json.entente", """
				scenario S from 1900 to 1920
				state A { } state B { } state C { }
				alliance T { members A, B signed 1905 defense }
				in 1901: C joins T
				""");
		CliRunner result = CliRunner.run("check", "--format", "json", file.toString());
		List<Map<String, Object>> diagnostics = new ObjectMapper().readValue(result.out(), new TypeReference<>() {
		});
		assertThat(diagnostics).hasSize(1);
		assertThat(diagnostics.get(0)).containsEntry("line", 4).containsEntry("column", 18).containsEntry("severity", "error")
				.containsEntry("code", "treaty-not-in-force");
		assertThat(result.exitCode()).isEqualTo(1);
	}

	@Test
	void examplesHaveNoErrors() throws Exception {
		try (var files = Files.list(CliRunner.root().resolve("examples"))) {
			String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("check"),
					files.filter(f -> f.toString().endsWith(".entente")).sorted().map(Path::toString)).toArray(String[]::new);
			CliRunner result = CliRunner.run(args);
			assertThat(result.out()).doesNotContain(": error: ").contains(" 0 errors");
			assertThat(result.exitCode()).isEqualTo(0);
		}
	}
}
