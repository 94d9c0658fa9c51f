package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every input gets a clear answer (issue 18): files of any name, numbers beyond what the model
 * computes, years that do not fit, scenarios too long to simulate, --until outside the scenario.
 * Never an internal error, and every JSON output parses.
 */
class InputRobustnessTest {

	private static final String SMALL = """
			scenario Small from 1900 to 1902
			state Alpha { military 10 economy 10 population 10 borders Beta }
			state Beta { military 5 economy 5 population 5 }
			in 1901: Alpha attacks Beta
			expect by 1902: Alpha at war with Beta
			""";

	private static final String HUGE_MILITARY = """
			scenario Huge from 1900 to 1902
			state Alpha { military %s economy 10 population 10 borders Beta }
			state Beta { military 5 economy 5 population 5 }
			""".formatted("9".repeat(320));

	private static final String TWO_GIANTS = """
			scenario Giants from 1900 to 1902
			state Alpha { military 1e308 }
			""".replace("1e308", "1" + "0".repeat(308)) + "state Beta { military 1" + "0".repeat(308) + " }\n";

	private static final String HUGE_YEAR = """
			scenario Far from 1900 to 99999999999999999999
			state Alpha { military 1 }
			""";

	private static final String LONG_RANGE = """
			scenario Long from 1 to 2000000000
			state Alpha { military 1 }
			""";

	private static final String TOO_MANY_TURNS = """
			scenario Long from 0 to 9999
			state Alpha { military 1 }
			""";

	@TempDir
	Path dir;

	private Path write(String name, String text) throws Exception {
		Path file = dir.resolve(name);
		Files.writeString(file, text);
		return file;
	}

	@ParameterizedTest
	@ValueSource(strings = { "small.txt", "SMALL.ENTENTE", "small.entente.bak", "small" })
	void aFileOfAnyNameIsReadAsEntente(String name) throws Exception {
		Path file = write(name, SMALL);
		CliRunner check = CliRunner.run("check", file.toString());
		assertThat(check.err()).doesNotContain("internal error");
		assertThat(check.out()).isEqualTo("Checked 1 file: 0 errors, 0 warnings." + System.lineSeparator());
		assertThat(check.exitCode()).isZero();
		CliRunner run = CliRunner.run("run", file.toString());
		assertThat(run.err()).doesNotContain("internal error");
		assertThat(run.out()).contains("PASS by 1902: Alpha at war with Beta");
		assertThat(run.exitCode()).isZero();
		CliRunner landscape = CliRunner.run("landscape", file.toString());
		assertThat(landscape.exitCode()).isZero();
		CliRunner generate = CliRunner.run("generate", file.toString(), "-o", dir.resolve("out").toString());
		assertThat(generate.err()).doesNotContain("internal error");
		assertThat(generate.exitCode()).isZero();
		assertThat(generate.out()).contains("wrote ");
	}

	@Test
	void errorsInAFileOfAnotherNameAreReportedUnderItsName() throws Exception {
		Path file = write("notes.txt", "state Alpha { borders Atlantis }\n");
		CliRunner check = CliRunner.run("check", file.toString());
		assertThat(check.exitCode()).isEqualTo(1);
		assertThat(check.out()).startsWith(file + ":1:23: error: No state named 'Atlantis'");
	}

	@Test
	void aCapabilityBeyondTheBoundIsAnErrorNamingTheBound() throws Exception {
		Path file = write("huge.entente", HUGE_MILITARY);
		CliRunner check = CliRunner.run("check", file.toString());
		assertThat(check.exitCode()).isEqualTo(1);
		assertThat(check.out()).contains(file + ":2:24: error: military must be at most 10^15, not a number too large to compute "
				+ "for the state Alpha: larger numbers are beyond what the model computes (docs/validation.md). [number-too-large]");
		CliRunner run = CliRunner.run("run", file.toString());
		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.out()).isEmpty();
		assertThat(run.err()).contains("[number-too-large]").doesNotContain("internal error");
		CliRunner landscape = CliRunner.run("landscape", file.toString());
		assertThat(landscape.exitCode()).isEqualTo(1);
		assertThat(landscape.err()).contains("[number-too-large]").doesNotContain("internal error");
	}

	@Test
	void twoStatesAt1e308AreRefusedByTheChecker() throws Exception {
		Path file = write("giants.entente", TWO_GIANTS);
		CliRunner check = CliRunner.run("check", file.toString());
		assertThat(check.exitCode()).isEqualTo(1);
		assertThat(check.out()).contains("military must be at most 10^15, not 1" + "0".repeat(308));
	}

	@Test
	void aYearTooLargeForAWholeNumberIsSaidInTheLanguagesWords() throws Exception {
		Path file = write("far.entente", HUGE_YEAR);
		CliRunner check = CliRunner.run("check", file.toString());
		assertThat(check.exitCode()).isEqualTo(1);
		assertThat(check.out()).contains(file + ":1:27: error: The whole number 99999999999999999999 is too large")
				.doesNotContain("For input string");
	}

	@Test
	void aYearBeyondFourDigitsIsAnError() throws Exception {
		Path file = write("long.entente", LONG_RANGE);
		CliRunner check = CliRunner.run("check", file.toString());
		assertThat(check.exitCode()).isEqualTo(1);
		assertThat(check.out()).contains(file + ":1:25: error: The year 2000000000 (to) is out of range: years must be at most 9999. [year-out-of-range]");
		CliRunner run = CliRunner.run("run", file.toString());
		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.err()).contains("[year-out-of-range]").doesNotContain("internal error");
	}

	@Test
	void aScenarioOfTooManyTurnsIsAnError() throws Exception {
		Path file = write("turns.entente", TOO_MANY_TURNS);
		CliRunner check = CliRunner.run("check", file.toString());
		assertThat(check.exitCode()).isEqualTo(1);
		assertThat(check.out()).contains("error: The scenario has 10000 turns (0 to 9999, every 1 year); at most 1000 turns "
				+ "can be simulated: shorten it or give a larger 'step'. [scenario-too-long]");
		assertThat(CliRunner.run("check", write("stepped.entente", TOO_MANY_TURNS.replace("9999\n", "9999 step 20\n")).toString())
				.exitCode()).isZero();
	}

	@Test
	void untilOutsideTheScenarioIsAUsageError() throws Exception {
		Path file = write("small.entente", SMALL);
		CliRunner late = CliRunner.run("run", file.toString(), "--until", "1950");
		assertThat(late.exitCode()).isEqualTo(2);
		assertThat(late.err()).isEqualTo("entente: --until 1950 is outside the scenario's turns 1900..1902" + System.lineSeparator());
		assertThat(late.out()).isEmpty();
		assertThat(CliRunner.run("run", file.toString(), "--until", "1899").exitCode()).isEqualTo(2);
		CliRunner within = CliRunner.run("run", file.toString(), "--until", "1901");
		assertThat(within.out()).contains("== 1901 ==").doesNotContain("== 1902 ==");
	}

	@Test
	void aLibraryBesideTheScenarioIsNamedOnceOnStandardError() throws Exception {
		Path file = write("small.entente", SMALL);
		write("shared.entente", "state Gamma { military 1 }\n");
		String line = "entente: reading " + file + " (+ library shared.entente)" + System.lineSeparator();
		for (String command : List.of("check", "run", "landscape")) {
			CliRunner result = CliRunner.run(command, file.toString());
			assertThat(result.err()).as(command).isEqualTo(line);
			assertThat(result.exitCode()).as(command).isZero();
		}
		CliRunner json = CliRunner.run("run", "--format", "json", file.toString());
		assertThat(json.out()).contains("\"Gamma\"");
		new ObjectMapper().readTree(json.out());
		CliRunner generate = CliRunner.run("generate", file.toString(), "-o", dir.resolve("out").toString());
		assertThat(generate.err()).isEqualTo(line);
	}

	@Test
	void noLineWithoutALibrary() throws Exception {
		Path file = write("small.entente", SMALL);
		write("other.entente", "scenario Other from 1900 to 1901\nstate Delta { military 1 }\n");
		assertThat(CliRunner.run("run", file.toString()).err()).isEmpty();
	}

	@Test
	void everyJsonOutputOfEveryCommandParsesOnAdversarialFiles() throws Exception {
		List<Path> files = new ArrayList<>();
		files.add(write("small.txt", SMALL));
		files.add(write("huge.entente", HUGE_MILITARY));
		files.add(write("giants.entente", TWO_GIANTS));
		files.add(write("far.entente", HUGE_YEAR));
		files.add(write("long.entente", LONG_RANGE));
		files.add(write("turns.entente", TOO_MANY_TURNS));
		files.add(write("garbage.bak", "state { military 1e400 %%% }}}} \u0000\u0001"));
		ObjectMapper json = new ObjectMapper();
		for (Path file : files) {
			for (String[] args : List.of(
					new String[] { "check", "--format", "json", file.toString() },
					new String[] { "run", "--format", "json", file.toString() },
					new String[] { "landscape", "--format", "json", file.toString() })) {
				CliRunner result = CliRunner.run(args);
				assertThat(result.err()).as(String.join(" ", args)).doesNotContain("internal error");
				assertThat(result.exitCode()).as(String.join(" ", args)).isIn(0, 1);
				if (!result.out().isEmpty()) {
					assertThat(json.readTree(result.out())).as(String.join(" ", args)).isNotNull();
				}
			}
		}
	}
}
