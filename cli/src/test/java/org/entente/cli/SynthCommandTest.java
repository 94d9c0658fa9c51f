package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** entente synth: files that check without errors and run with every expectation met, deterministic per seed. */
class SynthCommandTest {

	@TempDir
	Path dir;

	@ParameterizedTest
	@CsvSource({ "5,10,1", "50,250,2", "400,2000,3" })
	void writesAFileThatChecksCleanAndRuns(int states, int treaties, long seed) throws Exception {
		Path out = dir.resolve("synth.entente");
		CliRunner synth = CliRunner.run("synth", "--states", "" + states, "--treaties", "" + treaties, "--seed", "" + seed,
				"--turns", "20", "-o", out.toString());
		assertThat(synth.exitCode()).isEqualTo(0);
		assertThat(synth.err()).contains("wrote " + out);
		CliRunner check = CliRunner.run("check", out.toString());
		assertThat(check.out()).contains("0 errors");
		assertThat(check.exitCode()).isEqualTo(0);
		CliRunner run = CliRunner.run("run", out.toString());
		assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(0);
		assertThat(Files.readString(out)).contains("scenario Synthetic").contains("from 1900 to 1919");
	}

	@Test
	void sameSeedWritesTheSameTextToStandardOutput() {
		CliRunner a = CliRunner.run("synth", "--states", "60", "--seed", "9");
		CliRunner b = CliRunner.run("synth", "--states", "60", "--seed", "9");
		assertThat(a.exitCode()).isEqualTo(0);
		assertThat(a.out()).isEqualTo(b.out()).contains("state ").contains("alliance ");
		assertThat(CliRunner.run("synth", "--states", "60", "--seed", "10").out()).isNotEqualTo(a.out());
	}

	@Test
	void entrantsGetAnEntryYearWithinTheRunAndTheFileStillChecksCleanAndRuns() throws Exception {
		Path out = dir.resolve("entrants.entente");
		CliRunner synth = CliRunner.run("synth", "--states", "50", "--turns", "20", "--entrants", "0.2", "-o", out.toString());
		assertThat(synth.exitCode()).isEqualTo(0);
		String text = Files.readString(out);
		assertThat(text).startsWith("// Synthetic scenario written by 'entente synth --states 50 --treaties 250 --seed 1 --entrants 0.2'.");
		java.util.List<Integer> years = text.lines().filter(l -> l.startsWith("    since "))
				.map(l -> Integer.valueOf(l.substring("    since ".length()))).toList();
		assertThat(years).isNotEmpty().allSatisfy(year -> assertThat(year).isBetween(1901, 1919));
		CliRunner check = CliRunner.run("check", out.toString());
		assertThat(check.out()).contains("0 errors").doesNotContain("before-entry");
		CliRunner run = CliRunner.run("run", out.toString());
		assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(0);
		assertThat(run.out()).contains("enters the state system");
		assertThat(CliRunner.run("synth", "--states", "50", "--turns", "20", "--entrants", "0.2").out()).isEqualTo(text);
	}

	@Test
	void noEntrantsIsTheDefault() {
		CliRunner plain = CliRunner.run("synth", "--states", "60", "--seed", "9");
		assertThat(plain.out()).doesNotContain("since");
		assertThat(CliRunner.run("synth", "--states", "60", "--seed", "9", "--entrants", "0").out()).isEqualTo(plain.out());
	}

	@Test
	void anEntrantShareOutsideZeroToOneIsAUsageError() {
		CliRunner result = CliRunner.run("synth", "--states", "5", "--entrants", "1.5");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).isEqualTo("entente: synth: the share of entrants is a probability from 0 to 1, not 1.5"
				+ System.lineSeparator());
	}

	@Test
	void tooFewStatesIsAUsageError() {
		CliRunner result = CliRunner.run("synth", "--states", "1");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).contains("at least 2 states");
		assertThat(CliRunner.run("synth", "--states", "5", "--treaties", "-1").exitCode()).isEqualTo(2);
		assertThat(CliRunner.run("synth").exitCode()).isEqualTo(2);
	}

	@Test
	void itsOwnErrorsCarryThePrefixAndNoUsageDump() {
		CliRunner result = CliRunner.run("synth", "--states", "1");
		assertThat(result.err()).isEqualTo("entente: synth: a scenario needs at least 2 states, not 1" + System.lineSeparator());
		CliRunner tooLong = CliRunner.run("synth", "--states", "3", "--turns", "1001");
		assertThat(tooLong.exitCode()).isEqualTo(2);
		assertThat(tooLong.err()).isEqualTo("entente: synth: a run has at most 1000 turns, not 1001" + System.lineSeparator());
	}

	@Test
	void runWithoutWarningsPrintsNoneOfTheSynthesizedWarnings() throws Exception {
		Path out = dir.resolve("synth.entente");
		CliRunner.run("synth", "--states", "40", "--turns", "5", "-o", out.toString());
		assertThat(CliRunner.run("check", out.toString()).out()).contains("warning:");
		CliRunner loud = CliRunner.run("run", out.toString());
		assertThat(loud.err()).contains("warning:");
		CliRunner quiet = CliRunner.run("run", "--no-warnings", out.toString());
		assertThat(quiet.err()).isEmpty();
		assertThat(quiet.out()).isEqualTo(loud.out());
		assertThat(quiet.exitCode()).isEqualTo(loud.exitCode());
	}
}
