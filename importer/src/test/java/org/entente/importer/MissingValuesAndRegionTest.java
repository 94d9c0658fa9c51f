package org.entente.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.importer.TestData.block;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Missing NMC values and region imports, against the real tables. */
class MissingValuesAndRegionTest {

    @Test
    void missingMilexIsLeftOutAndNoted() throws ImportException {
        // cow_nmc.csv 640,1914: milex empty, irst 0, pec 660, tpop 18520
        ImportResult r = ScenarioImporter.importScenario(
                ImportRequest.forStates(1914, List.of("TUR", "GMY"), TestData.realDataDir()));
        String tur = block(r.scenarioText(), "state TUR");
        assertThat(tur).contains("    // missing in NMC 1914: milex\n", "    economy 660 population 18520\n");
        assertThat(tur).doesNotContain("military");
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("TUR", "milex", "1914"));
    }

    @Test
    void partialEconomyUsesThePresentComponentAndNotesTheOther() throws ImportException {
        // cow_nmc.csv 255,1990: irst 38434, pec empty
        ImportResult r = ScenarioImporter.importScenario(
                ImportRequest.forStates(1990, List.of("GMY", "FRN"), TestData.realDataDir()));
        String gmy = block(r.scenarioText(), "state GMY");
        assertThat(gmy).contains("// missing in NMC 1990: pec (economy = irst only)", " economy 38434 ");
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("GMY", "pec", "irst only"));
        // France 1990 is complete: no note about it
        assertThat(r.notes()).noneSatisfy(n -> assertThat(n).contains("FRN"));
    }

    @Test
    void europeRegionImportsEveryEuropeanStateInTheSystem() throws ImportException {
        ImportResult r = ScenarioImporter.importScenario(
                ImportRequest.forRegion(1914, Region.EUROPE, TestData.realDataDir()));
        String text = r.scenarioText();
        List<String> declared = text.lines().filter(l -> l.startsWith("state ")).map(l -> l.split(" ")[1]).toList();
        assertThat(declared).containsExactly("UKG", "NTH", "BEL", "FRN", "SWZ", "SPN", "POR", "GMY", "AUH", "ITA",
                "ALB", "YUG", "GRC", "BUL", "ROM", "RUS", "SWD", "NOR", "DEN");
        assertThat(text).contains("scenario Europe1914 ", "region Europe \"europe: COW ccodes 200-399\"");
        // Romania is now imported, so ATOP 1355 (Triple Alliance with Romania) lists it
        assertThat(TestData.listAfter(block(text, "alliance ATOP1355"), "members"))
                .containsExactly("GMY", "AUH", "ITA", "ROM");
    }

    @Test
    void middleEastRegionUsesCowCodes() throws ImportException {
        String text = ScenarioImporter.importScenario(
                ImportRequest.forRegion(1914, Region.parse("middle-east"), TestData.realDataDir())).scenarioText();
        List<String> declared = text.lines().filter(l -> l.startsWith("state ")).map(l -> l.split(" ")[1]).toList();
        assertThat(declared).containsExactly("IRN", "TUR");
        assertThat(text).contains("scenario MiddleEast1914 ", "    region MiddleEast\n");
    }

    @Test
    void mixedRegionsGiveAGenericScenarioName() throws ImportException {
        String text = EuropeanImportTest.importText(1914, List.of("USA", "UKG", "JPN"));
        assertThat(text).contains("scenario Import1914 ");
        assertThat(text).contains("region Americas ", "region Europe ", "region Asia ");
    }
}
