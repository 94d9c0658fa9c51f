package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** entente import against the real tables in the repository's data/ folder; every output must check clean. */
class ImportCommandTest {

	@TempDir
	Path dir;

	static String data() {
		return CliRunner.root().resolve("data").normalize().toString();
	}

	@Test
	void importsTheJulyCrisisPowersToAFileThatChecksClean() throws Exception {
		Path out = dir.resolve("europe-1914.entente");
		CliRunner result = CliRunner.run("import", "--year", "1914", "--states", "GMY,AUH,RUS,FRN,UKG,ITA,YUG,BEL",
				"--data", data(), "-o", out.toString());
		assertThat(result.exitCode()).isEqualTo(0);
		assertThat(result.err()).contains("wrote " + out);
		String text = Files.readString(out);
		assertThat(text).contains("scenario Europe1914").contains("state GMY \"Germany\"").contains("borders");
		assertThat(text).containsPattern("alliance ATOP\\d+");
		CliRunner check = CliRunner.run("check", out.toString());
		assertThat(check.out()).contains("0 errors");
		assertThat(check.exitCode()).isEqualTo(0);
	}

	@ParameterizedTest
	@CsvSource({ "europe,1914", "europe,1936", "americas,1950", "asia,2000", "middle-east,1973", "africa,1990" })
	void regionImportsCheckWithoutErrors(String region, int year) throws Exception {
		Path out = dir.resolve(region + year + ".entente");
		CliRunner result = CliRunner.run("import", "--year", String.valueOf(year), "--region", region, "--data", data(),
				"-o", out.toString());
		assertThat(result.exitCode()).isEqualTo(0);
		CliRunner check = CliRunner.run("check", "--format", "json", out.toString());
		assertThat(check.out()).doesNotContain("\"error\"");
		assertThat(check.exitCode()).isEqualTo(0);
	}

	@Test
	void writesToStandardOutputWithoutDashO() {
		CliRunner result = CliRunner.run("import", "--year", "1914", "--states", "FRN,GMY", "--data", data());
		assertThat(result.exitCode()).isEqualTo(0);
		assertThat(result.out()).startsWith("/*").contains("state FRN");
	}

	@Test
	void unknownAbbreviationIsAnErrorNamingIt() {
		CliRunner result = CliRunner.run("import", "--year", "1914", "--states", "GMY,XXX", "--data", data());
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.err()).contains("XXX");
		assertThat(result.out()).isEmpty();
	}

	@Test
	void missingDataFolderIsAnErrorNamingIt() {
		Path missing = dir.resolve("no-such-folder");
		CliRunner result = CliRunner.run("import", "--year", "1914", "--states", "GMY", "--data", missing.toString());
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.err()).contains(missing.toString());
	}

	@Test
	void missingTableIsAnErrorNamingTheFile() throws Exception {
		CliRunner result = CliRunner.run("import", "--year", "1914", "--states", "GMY", "--data", dir.toString());
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.err()).contains("cow_states.csv");
	}

	@Test
	void statesAndRegionTogetherIsAUsageError() {
		CliRunner result = CliRunner.run("import", "--year", "1914", "--states", "GMY", "--region", "europe", "--data", data());
		assertThat(result.exitCode()).isEqualTo(2);
	}

	@Test
	void yearIsRequired() {
		CliRunner result = CliRunner.run("import", "--states", "GMY", "--data", data());
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).contains("--year");
	}

	@Test
	void seaBordersWriteStatesAcrossTheWaterAsNeighbours() {
		// Dover-Calais is within 24 miles of water (COW conttype 3), the North Sea within 400 (conttype 5)
		CliRunner land = CliRunner.run("import", "--year", "1914", "--states", "UKG,FRN,GMY", "--data", data());
		assertThat(land.out()).doesNotContain("borders by sea");
		CliRunner sea = CliRunner.run("import", "--year", "1914", "--states", "UKG,FRN,GMY", "--sea-borders", "150", "--data", data());
		assertThat(sea.exitCode()).as(sea.err()).isEqualTo(0);
		String britain = sea.out().substring(sea.out().indexOf("state UKG "));
		britain = britain.substring(0, britain.indexOf('}'));
		assertThat(britain).contains("// borders by sea (COW water contiguity): FRN\n").contains("borders FRN\n");
		assertThat(sea.out()).contains("types 2-4 (separated by at most 150 miles of water)");
		CliRunner wide = CliRunner.run("import", "--year", "1914", "--states", "UKG,FRN,GMY", "--sea-borders", "400", "--data", data());
		assertThat(wide.out()).contains("// borders by sea (COW water contiguity): FRN, GMY\n");
	}

	@Test
	void seaBordersTakeOnlyCowsWaterDistances() {
		CliRunner result = CliRunner.run("import", "--year", "1914", "--states", "UKG", "--sea-borders", "100", "--data", data());
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).contains("--sea-borders: sea borders must be one of COW's water distances 0, 12, 24, 150, 400 (miles), not 100");
		assertThat(result.out()).isEmpty();
	}
}
