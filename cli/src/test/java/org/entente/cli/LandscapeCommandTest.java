package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** entente landscape: output (text and JSON), --year, --top, and every exit code. */
class LandscapeCommandTest {

	/**
	 * Hand-computed (see engine ScenarioLandscapeTest): in 2000 the powers are A 0.5, B 0.25, C 0.25,
	 * D has size 5; propensities AB +1, AC -2, BC -2, BD +3 (declared), CD +1; minimum A | B, C, D at
	 * E = -0.25. In 2001 AB is in force and C has joined it.
	 */
	static final String SCENARIO = """
			scenario Hand from 2000 to 2002
			ideology X
			ideology Y opposes X
			state A { military 2 economy 2 population 2 ideology X }
			state B { military 1 economy 1 population 1 ideology X }
			state C { military 1 economy 1 population 1 ideology Y }
			state D { size 5 }
			dispute A, C
			rivalry B, C
			propensity D, B 3
			alliance AB { members A, B signed 2001 consultation }
			pact CD { members C, D expires 2001 consultation }
			in 2001: C joins AB
			expect in 2000: landscape A | C
			expect in 2000: landscape A, C | B
			""";

	@TempDir
	Path dir;

	Path file;

	@BeforeEach
	void write() throws Exception {
		file = dir.resolve("hand.entente");
		Files.writeString(file, SCENARIO);
	}

	@Test
	void textShowsBestConfigurationsStandingsAndLocalMinima() {
		CliRunner r = CliRunner.run("landscape", file.toString());
		assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
		assertThat(r.out())
				.contains("Landscape of Hand in 2000: 4 states, exact (8 configurations)")
				.contains("D      size 5.0000 (declared)")
				.contains("A      size 0.5000 (power)")
				.contains("A-B +1.0000, A-C -2.0000, B-C -2.0000, B-D +3.0000 (declared), C-D +1.0000")
				.contains("Global minimum: A | B, C, D  E=-0.2500")
				.contains("Local minima:")
				.contains("basins: exact, out of 8 configurations");
		// A's frustration at the minimum: 0.25 * 1 + 0.25 * (-2)
		assertThat(r.out()).containsPattern("\\n  A +A +-0\\.2500\\n");
		assertThat(r.out()).contains("   1  E=-0.2500  A | B, C, D");
	}

	@Test
	void aFailingLandscapeExpectationIsReportedButNotAnError() {
		CliRunner r = CliRunner.run("landscape", file.toString());
		assertThat(r.exitCode()).isEqualTo(0);
		assertThat(r.out()).contains("ok    expect in 2000: landscape A | C -- in 2000: minimum A | B, C, D (E=-0.2500)");
		assertThat(r.out()).contains("FAIL  expect in 2000: landscape A, C | B");
	}

	@Test
	void runUsesTheLandscapeOracleByDefault() {
		CliRunner r = CliRunner.run("run", file.toString());
		assertThat(r.out()).contains("landscape A | C").contains("minimum A | B, C, D");
		assertThat(r.out()).doesNotContain("no landscape evaluator");
		assertThat(r.exitCode()).isEqualTo(1); // the second expectation fails
	}

	@Test
	void yearPicksTheTurn() {
		CliRunner r = CliRunner.run("landscape", file.toString(), "--year", "2001");
		assertThat(r.exitCode()).isEqualTo(0);
		assertThat(r.out()).contains("in 2001").contains("A-B +2.0000").contains("A-C -1.0000").doesNotContain("C-D");
	}

	@Test
	void topLimitsTheBestConfigurations() {
		CliRunner r = CliRunner.run("landscape", file.toString(), "--top", "2");
		String best = r.out().substring(r.out().indexOf("Best configurations"), r.out().indexOf("Global minimum"));
		assertThat(best.lines().filter(l -> l.contains("E=")).count()).isEqualTo(2);
	}

	@Test
	void jsonIsStableAndComplete() throws Exception {
		CliRunner r = CliRunner.run("landscape", file.toString(), "--format", "json", "--top", "3");
		assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
		JsonNode root = new ObjectMapper().readTree(r.out());
		assertThat(root.fieldNames()).toIterable().containsExactly("scenario", "year", "exact", "configurationsExamined",
				"actors", "propensities", "globalMinimum", "best", "localMinima", "expectations");
		assertThat(root.get("year").asInt()).isEqualTo(2000);
		assertThat(root.get("exact").asBoolean()).isTrue();
		assertThat(root.get("actors").get(3).get("sizeSource").asText()).isEqualTo("declared");
		assertThat(root.get("actors").get(0).get("size").asDouble()).isEqualTo(0.5);
		JsonNode min = root.get("globalMinimum");
		assertThat(min.get("energy").asDouble()).isCloseTo(-0.25, org.assertj.core.api.Assertions.within(1e-12));
		assertThat(min.get("sideA").toString()).isEqualTo("[\"A\"]");
		assertThat(min.get("sideB").toString()).isEqualTo("[\"B\",\"C\",\"D\"]");
		assertThat(min.get("standings")).hasSize(4);
		assertThat(root.get("best")).hasSize(3);
		assertThat(root.get("localMinima").get("basinMethod").asText()).isEqualTo("exact");
		assertThat(root.get("expectations").get(0).get("outcome").asText()).isEqualTo("pass");
		assertThat(root.get("expectations").get(1).get("outcome").asText()).isEqualTo("fail");
		// same input, same bytes
		assertThat(CliRunner.run("landscape", file.toString(), "--format", "json", "--top", "3").out()).isEqualTo(r.out());
	}

	@Test
	void fileWithErrorsExitsOne() throws Exception {
		Path bad = dir.resolve("bad.entente");
		Files.writeString(bad, "scenario Bad from 2000 to 2001\nstate A { borders Atlantis }\n");
		CliRunner r = CliRunner.run("landscape", bad.toString());
		assertThat(r.exitCode()).isEqualTo(1);
		assertThat(r.err()).contains("Atlantis");
		assertThat(r.out()).isEmpty();
	}

	@Test
	void missingFileIsAUsageError() {
		CliRunner r = CliRunner.run("landscape", dir.resolve("nope.entente").toString());
		assertThat(r.exitCode()).isEqualTo(2);
		assertThat(r.err()).contains("nope.entente");
	}

	@Test
	void yearOutsideTheScenarioIsAUsageError() {
		CliRunner r = CliRunner.run("landscape", file.toString(), "--year", "1990");
		assertThat(r.exitCode()).isEqualTo(2);
		assertThat(r.err()).contains("--year 1990").contains("2000..2002");
	}

	@Test
	void badOptionsAreUsageErrors() {
		assertThat(CliRunner.run("landscape", file.toString(), "--top", "0").exitCode()).isEqualTo(2);
		assertThat(CliRunner.run("landscape", file.toString(), "--format", "xml").exitCode()).isEqualTo(2);
		assertThat(CliRunner.run("landscape").exitCode()).isEqualTo(2);
	}

	@Test
	void listedInTheMainHelp() {
		assertThat(CliRunner.run("--help").out()).contains("landscape");
	}
}
