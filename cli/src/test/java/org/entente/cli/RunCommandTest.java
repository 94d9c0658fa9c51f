package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class RunCommandTest {

	@TempDir
	Path dir;

	static Path example(String name) {
		return CliRunner.root().resolve("examples").resolve(name);
	}

	static Stream<Path> examples() throws Exception {
		try (Stream<Path> files = Files.list(CliRunner.root().resolve("examples"))) {
			return files.filter(f -> f.toString().endsWith(".entente")).sorted().toList().stream();
		}
	}

	private Path write(String name, String text) throws Exception {
		Path file = dir.resolve(name);
		Files.writeString(file, text);
		return file;
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyExampleCarriesExpectationsThatHold(Path example) {
		CliRunner result = CliRunner.run("run", example.toString());
		assertThat(result.out()).contains("Expectations").contains("PASS").doesNotContain("FAIL ");
		assertThat(result.exitCode()).isEqualTo(0);
	}

	@Test
	void julyCrisisSpreadsTheWarWithTheCauseOfEachEntry() {
		CliRunner result = CliRunner.run("run", example("europe-1914.entente").toString());
		assertThat(result.out()).contains(
				"war #1: AustriaHungary attacks Serbia",
				"war #1: Russia enters against AustriaHungary: ProtectorOfSerbia defense of Serbia",
				"war #1: Germany enters against Russia: DualAlliance defense of AustriaHungary",
				"war #1: France enters against AustriaHungary: ally Russia at war",
				"war #2: UnitedKingdom enters against Germany: TreatyOfLondon defense of Belgium");
	}

	@Test
	void outputIsDeterministic() {
		String first = CliRunner.run("run", "--format", "json", example("cold-war-1950.entente").toString()).out();
		String second = CliRunner.run("run", "--format", "json", example("cold-war-1950.entente").toString()).out();
		assertThat(first).isEqualTo(second);
	}

	@Test
	void jsonHasTheVersionedSchema() throws Exception {
		CliRunner result = CliRunner.run("run", "--format", "json", example("europe-1914.entente").toString());
		JsonNode json = new ObjectMapper().readTree(result.out());
		assertThat(json.get("schema").asText()).isEqualTo("entente-trace/1");
		assertThat(json.get("scenario").get("name").asText()).isEqualTo("July1914");
		assertThat(json.get("turns")).hasSize(5);
		assertThat(json.get("expectations")).isNotEmpty();
	}

	@Test
	void csvHasOneRowPerStateAndTurn() {
		CliRunner result = CliRunner.run("run", "--format", "csv", example("europe-1914.entente").toString());
		List<String> lines = result.out().lines().toList();
		assertThat(lines.get(0)).startsWith("year,state,posture");
		assertThat(lines).hasSize(1 + 7 * 5);
		assertThat(lines.get(1)).startsWith("1914,Germany,fighting");
	}

	@Test
	void untilStopsAfterTheGivenYear() throws Exception {
		CliRunner result = CliRunner.run("run", "--until", "1915", "--format", "json", example("europe-1914.entente").toString());
		assertThat(new ObjectMapper().readTree(result.out()).get("turns")).hasSize(2);
	}

	@Test
	void explainShowsTheThreatBreakdownOfOneState() {
		CliRunner result = CliRunner.run("run", "--explain", "France", example("cold-war-1950.entente").toString());
		assertThat(result.exitCode()).isEqualTo(0);
		assertThat(result.out()).contains("France").contains("USSR").contains("proximity");
	}

	@Test
	void explainOfAnUnknownStateIsAUsageError() {
		CliRunner result = CliRunner.run("run", "--explain", "Atlantis", example("europe-1914.entente").toString());
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).contains("Atlantis");
	}

	@Test
	void aFailingExpectationExitsOne() throws Exception {
		Path file = write("fail.entente", """
				scenario S from 1900 to 1901
				state A { military 1 borders B } state B { military 1 borders A }
				expect in 1900: A at war with B
				""");
		CliRunner result = CliRunner.run("run", file.toString());
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.out()).contains("FAIL in 1900: A at war with B");
	}

	@Test
	void aFileWithErrorsIsNotRunAndSaysWhere() throws Exception {
		Path file = write("errors.entente", "scenario S from 1900 to 1901\nstate A { borders Nowhere }\n");
		CliRunner result = CliRunner.run("run", file.toString());
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.out()).isEmpty();
		assertThat(result.err()).contains(file + ":2:19: error: No state named 'Nowhere'").contains("has errors");
	}

	@Test
	void aLibraryWithoutHeaderCannotBeRun() throws Exception {
		Path file = write("library.entente", "state A { }\n");
		CliRunner result = CliRunner.run("run", file.toString());
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.err()).contains(file + ":1:1:").contains("no 'scenario");
	}

	@Test
	void treatiesFromAHeaderlessSiblingLibraryTakePart() throws Exception {
		write("treaties.entente", "alliance AB { members A, B defense }\n");
		Path scenario = write("main.entente", """
				scenario S from 1900 to 1900
				state A { military 1 borders C } state B { military 1 } state C { military 1 borders A }
				in 1900: C attacks A
				expect in 1900: B at war with C
				""");
		// the first model's join rule, so the library's treaty alone decides (under decisions the library treaty
		// appears among B's terms)
		assertThat(CliRunner.run("run", scenario.toString()).out()).contains("AB defense of A +3.74");
		CliRunner result = CliRunner.run("run", "--join-rule", "treaties", scenario.toString());
		assertThat(result.out()).contains("PASS in 1900: B at war with C");
		assertThat(result.exitCode()).isEqualTo(0);
	}

	@Test
	void eachEntryShowsTheTermsOfTheDecisionAndTheTreatyRuleKeepsTheFirstModel() {
		String decided = CliRunner.run("run", example("europe-1914.entente").toString()).out();
		assertThat(decided).containsPattern(
				"war #1: Russia enters against AustriaHungary: ProtectorOfSerbia defense of Serbia \\+3\\.74, threat balancing \\+[0-9.]+, .*base rate -3\\.08 \\(U [0-9.]+, P 0\\.[0-9]+\\); staying out 0");
		String treaties = CliRunner.run("run", "--join-rule", "treaties", example("europe-1914.entente").toString()).out();
		assertThat(treaties).contains("war #1: Russia enters against AustriaHungary: ProtectorOfSerbia defense of Serbia\n");
	}

	@Test
	void weightsPriorsRunsTheDesignsPriorsInsteadOfTheFit() {
		String priors = CliRunner.run("run", "--weights", "priors", example("europe-1914.entente").toString()).out();
		// the priors: one obligation alone gives P = r, so the offset is logit(0.66) + 0.4 - logit(0.02) = 4.56 against -3.89
		assertThat(priors).containsPattern(
				"war #1: Russia enters against AustriaHungary: ProtectorOfSerbia defense of Serbia \\+4\\.56, .*base rate -3\\.89 \\(U [0-9.]+, P 0\\.[0-9]+\\); staying out 0");
		assertThat(CliRunner.run("run", "--weights", "fitted", example("europe-1914.entente").toString()).out())
				.isEqualTo(CliRunner.run("run", example("europe-1914.entente").toString()).out());
		assertThat(CliRunner.run("run", "--weights", "guessed", example("europe-1914.entente").toString()).exitCode()).isEqualTo(2);
	}

	@Test
	void theFilesDecisionWeightsApplyAndTheWeightsFlagReplacesThem() throws Exception {
		Path scenario = write("own-weights.entente", """
				scenario S from 1900 to 1900
				settings { decision priors baseRate -3.5 }
				state A { military 1 borders C } state B { military 1 } state C { military 1 borders A }
				alliance AB { members A, B defense }
				in 1900: C attacks A
				""");
		// the file's set (the priors) with its own base rate
		assertThat(CliRunner.run("run", scenario.toString()).out()).contains("AB defense of A +4.16").contains("base rate -3.50");
		// the flag replaces the file's entry as a whole
		assertThat(CliRunner.run("run", "--weights", "fitted", scenario.toString()).out()).contains("AB defense of A +3.74")
				.contains("base rate -3.08");
		assertThat(CliRunner.run("run", "--weights", "priors", scenario.toString()).out()).contains("AB defense of A +4.56")
				.contains("base rate -3.89");
	}

	@Test
	void explainListsTheStatesDecisions() {
		CliRunner result = CliRunner.run("run", "--explain", "Russia", example("europe-1914.entente").toString());
		assertThat(result.out()).contains("  war #1: Russia enters against AustriaHungary: ProtectorOfSerbia defense of Serbia +3.74");
		// the exit code still says whether the expectations hold, as without --explain
		assertThat(result.exitCode()).isEqualTo(CliRunner.run("run", example("europe-1914.entente").toString()).exitCode());
	}

	@Test
	void samplesReportSharesAndTheSameSeedGivesTheSameBytes() throws Exception {
		String path = example("europe-1914.entente").toString();
		CliRunner a = CliRunner.run("run", "--samples", "40", "--seed", "3", path);
		CliRunner b = CliRunner.run("run", "--samples", "40", "--seed", "3", path);
		assertThat(a.out()).isEqualTo(b.out());
		assertThat(a.out()).startsWith("Scenario July1914: 40 sampled runs, seed 3\n").contains("Share of runs at war, by pair and year")
				.contains("AustriaHungary - Serbia").contains("Expectations (share of runs in which each holds; passes on a majority)");
		assertThat(a.exitCode()).isIn(0, 1);
		JsonNode json = new ObjectMapper().readTree(CliRunner.run("run", "--samples", "40", "--seed", "3", "--format", "json", path).out());
		assertThat(json.get("schema").asText()).isEqualTo("entente-samples/1");
		assertThat(json.get("years")).hasSize(5);
		assertThat(json.get("pairs").get(0).get("atWar")).hasSize(5);
		assertThat(json.get("expectations").get(0).get("outcome").asText()).isIn("pass", "fail");
	}

	@Test
	void samplesNeedAPositiveCountAndNoCsv() {
		String path = example("europe-1914.entente").toString();
		assertThat(CliRunner.run("run", "--samples", "0", path).exitCode()).isEqualTo(2);
		assertThat(CliRunner.run("run", "--samples", "5", "--format", "csv", path).exitCode()).isEqualTo(2);
	}

	@Test
	void missingFileIsAUsageError() {
		CliRunner result = CliRunner.run("run", dir.resolve("none.entente").toString());
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).contains("no such file");
	}
}
