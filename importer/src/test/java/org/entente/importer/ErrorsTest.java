package org.entente.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad requests, bad tables and the data-folder rule. */
class ErrorsTest {

    @TempDir
    Path tmp;

    @Test
    void unknownAbbreviationsAreListed() {
        assertThatThrownBy(() -> ScenarioImporter.importScenario(
                ImportRequest.forStates(1914, List.of("GMY", "SRB", "XYZ"), TestData.realDataDir())))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("Unknown COW state abbreviations: SRB, XYZ")
                .hasMessageNotContaining("GMY");
    }

    @Test
    void statesOutsideTheSystemAreListedWithTheirYears() {
        assertThatThrownBy(() -> ScenarioImporter.importScenario(
                ImportRequest.forStates(1914, List.of("GMY", "GFR", "AUS"), TestData.realDataDir())))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("Not in the state system in 1914")
                .hasMessageContaining("GFR (German Federal Republic, in the system 1955-1990)")
                .hasMessageContaining("AUS (Austria, in the system 1919-1938, 1955-2016)");
    }

    @Test
    void missingTableIsNamed() throws IOException {
        Path dir = TestData.copyTiny(tmp);
        Files.delete(dir.resolve("cow_contdir.csv"));
        assertThatThrownBy(() -> ScenarioImporter.importScenario(
                ImportRequest.forStates(1910, List.of("RUR", "SYL"), dir)))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("Missing table cow_contdir.csv");
    }

    @Test
    void missingColumnNamesFileAndColumn() throws IOException {
        Path dir = TestData.copyTiny(tmp);
        Path nmc = dir.resolve("cow_nmc.csv");
        Files.writeString(nmc, Files.readString(nmc).replaceFirst("tpop", "totalpop"));
        assertThatThrownBy(() -> ScenarioImporter.importScenario(
                ImportRequest.forStates(1910, List.of("RUR", "SYL"), dir)))
                .isInstanceOf(ImportException.class)
                .hasMessage("cow_nmc.csv:1: missing required column tpop");
    }

    @Test
    void nonNumericCellNamesFileColumnAndLine() throws IOException {
        Path dir = TestData.copyTiny(tmp);
        Path members = dir.resolve("atop_member_level.csv");
        List<String> lines = Files.readAllLines(members);
        lines.set(2, lines.get(2).replaceFirst("^9001,202,1,1901,", "9001,202,1,19O1,"));
        Files.write(members, lines);
        assertThatThrownBy(() -> ScenarioImporter.importScenario(
                ImportRequest.forStates(1910, List.of("RUR", "SYL"), dir)))
                .isInstanceOf(ImportException.class)
                .hasMessage("atop_member_level.csv:3: column yrent: '19O1' is not an integer");
    }

    @Test
    void emptyRequiredCellNamesFileColumnAndLine() throws IOException {
        Path dir = TestData.copyTiny(tmp);
        Path states = dir.resolve("cow_states.csv");
        Files.writeString(states, Files.readString(states).replace("BOR,203,", "BOR,,"));
        assertThatThrownBy(() -> ScenarioImporter.importScenario(
                ImportRequest.forStates(1910, List.of("RUR"), dir)))
                .hasMessage("cow_states.csv:5: column ccode: empty cell where an integer is required");
    }

    @Test
    void nonNumericCapabilityIsAnErrorNotAMissingValue() throws IOException {
        Path dir = TestData.copyTiny(tmp);
        Path nmc = dir.resolve("cow_nmc.csv");
        Files.writeString(nmc, Files.readString(nmc).replace("201,1910,1500,", "201,1910,n/a,"));
        assertThatThrownBy(() -> ScenarioImporter.importScenario(
                ImportRequest.forStates(1910, List.of("RUR"), dir)))
                .hasMessage("cow_nmc.csv:2: column milex: 'n/a' is not a number");
    }

    @Test
    void regionWithoutStatesIsAnError() {
        assertThatThrownBy(() -> ScenarioImporter.importScenario(
                ImportRequest.forRegion(1850, Region.OCEANIA, TestData.realDataDir())))
                .hasMessageContaining("No state of region oceania (COW ccodes 900-990) is in the state system in 1850");
    }

    @Test
    void yearOutsideTheStateSystemCoverageSaysSo() {
        assertThatThrownBy(() -> ScenarioImporter.importScenario(
                ImportRequest.forStates(2020, List.of("GMY"), TestData.realDataDir())))
                .hasMessage("No state is in the state system in 2020: cow_states.csv covers 1816-2016");
    }

    @Test
    void unknownRegionNameListsTheValidOnes() {
        assertThatThrownBy(() -> Region.parse("antarctica"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("antarctica")
                .hasMessageContaining("americas, europe")
                .hasMessageContaining("middle-east");
    }

    @Test
    void requestNeedsStatesOrRegion() {
        assertThatThrownBy(() -> ImportRequest.forStates(1914, List.of(" ", ""), tmp))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ImportRequest(1914, List.of("GMY"), Region.EUROPE, tmp))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ImportRequest.forStates(1914, List.of(" gmy", "GMY", "FRN "), tmp).states())
                .containsExactly("gmy", "FRN");
    }

    @Test
    void explicitDataFolderWinsOverEnvironment() throws ImportException, IOException {
        Path other = Files.createDirectory(tmp.resolve("env"));
        assertThat(DataDirectory.resolve(tmp, Map.of("ENTENTE_DATA", other.toString()))).isEqualTo(tmp);
    }

    @Test
    void environmentGivesTheDefaultDataFolder() throws ImportException {
        assertThat(DataDirectory.resolve(null, Map.of("ENTENTE_DATA", tmp.toString()))).isEqualTo(tmp);
    }

    @Test
    void withoutOptionOrEnvironmentTheRepositoryDataFolderIsTheDefault() throws ImportException {
        Path repoData = DataDirectory.repositoryData();
        assertThat(repoData).isNotNull();
        assertThat(repoData.resolve("cow_states.csv")).isRegularFile();
        assertThat(DataDirectory.resolve(null, Map.of())).isEqualTo(repoData);
        assertThat(DataDirectory.resolve(null, Map.of("ENTENTE_DATA", tmp.toString()))).isEqualTo(tmp);
    }

    @Test
    void noDataFolderIsAClearError() {
        assertThatThrownBy(() -> DataDirectory.resolve(null, Map.of(), null))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("--data DIR")
                .hasMessageContaining("ENTENTE_DATA");
    }

    @Test
    void nonexistentDataFolderIsAClearError() {
        Path missing = tmp.resolve("nope");
        assertThatThrownBy(() -> DataDirectory.resolve(missing, Map.of()))
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> DataDirectory.resolve(null, Map.of("ENTENTE_DATA", missing.toString())))
                .hasMessageContaining("from ENTENTE_DATA");
    }
}
