package org.entente.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.importer.TestData.block;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole mapping on hand-made fixtures (src/test/resources/tiny): invented states and treaties. */
class FixtureImportTest {

    static ImportResult run(int year, String... states) throws ImportException {
        return ScenarioImporter.importScenario(ImportRequest.forStates(year, List.of(states), TestData.tinyDir()));
    }

    static String body(ImportResult r) {
        String t = r.scenarioText();
        return t.substring(t.indexOf(" */\n") + 4);
    }

    @Test
    void wholeScenarioFor1910() throws ImportException {
        ImportResult r = run(1910, "RUR", "SYL", "BOR", "war", "9X");
        assertThat(body(r)).isEqualTo("""
                scenario Europe1910 "Imported from COW/ATOP for 1910"
                    from 1910 to 1914

                region Europe "europe: COW ccodes 200-399"

                // COW ccode 201; COW major power in 1910
                state RUR "Ruritania" {
                    great power
                    military 1500 economy 320 population 4000
                    region Europe
                    borders SYL
                }

                // COW ccode 202
                state SYL "Syldavia" {
                    // missing in NMC 1910: milex
                    economy 50 population 2500.5
                    region Europe
                    borders RUR
                }

                // COW ccode 203
                state BOR "Borduria" {
                    // missing in NMC 1910: pec, tpop (economy = irst only)
                    military 800 economy 15
                    region Europe
                    borders ^war
                }

                // COW ccode 204
                state ^war "Warland, the \\"keyword\\" state" {
                    military 100 economy 0 population 300
                    region Europe
                    borders BOR
                }

                // COW ccode 205
                state S_9X "Ninex" {
                    // no NMC row for 1910: military, economy and population left out
                    region Europe
                }

                // ATOP 9001, 1901-open; member phases in force in 1910: RUR 1905-open, SYL 1905-open
                alliance ATOP9001 {
                    members RUR, SYL
                    signed 1901
                    defense against BOR unless provoked
                }

                // ATOP 9002, 1902-1930; member phases in force in 1910: SYL 1902-1930, BOR 1902-1930
                // ATOP codes nonaggression for SYL only (clause applies to all: union)
                pact ATOP9002 {
                    members SYL, BOR
                    signed 1902
                    neutrality
                    nonaggression
                }

                // ATOP 9003, 1903-1920; member phases in force in 1910: RUR 1903-1920, war 1903-1920
                entente ATOP9003 {
                    members RUR, ^war
                    signed 1903
                    consultation
                }

                // ATOP 9006, 1906-1930; member phases in force in 1910: RUR 1906-1930, 9X 1906-1930
                // ATOP offense adversary left out of 'against': RUR (a member)
                alliance ATOP9006 {
                    members RUR, S_9X
                    signed 1906
                    offense against BOR
                }
                """);
        OutputShapeTest.check(r.scenarioText());
        assertThat(r.notes()).containsExactly(
                "SYL (Syldavia): missing in NMC 1910: milex; no value invented",
                "BOR (Borduria): missing in NMC 1910: pec, tpop (economy = irst only); no value invented",
                "9X (Ninex): no NMC row for 1910; military, economy and population left out");
    }

    @Test
    void overlappingPhasesUseTheLatestEnteredOne() throws ImportException {
        // 9001 phase 1 (1901-1905: defense + consultation) and phase 2 (1905-open: defense only) overlap in 1905
        String a = TestData.blockWithComments(run(1905, "RUR", "SYL").scenarioText(), "alliance ATOP9001");
        assertThat(a).contains("RUR 1905-open, SYL 1905-open").doesNotContain("consultation");
        String a1904 = block(run(1904, "RUR", "SYL").scenarioText(), "alliance ATOP9001");
        assertThat(a1904).contains("consultation", "    defense\n");
    }

    @Test
    void exitYearCountsAsInForce() throws ImportException {
        // 9005: RUR and BOR, 1905-1908
        assertThat(run(1908, "RUR", "BOR").scenarioText()).contains("alliance ATOP9005 {");
        assertThat(run(1909, "RUR", "BOR").scenarioText()).doesNotContain("ATOP9005");
    }

    @Test
    void defenseAgainstASpecificAdversaryNotImportedIsLeftOutSoThatItNeverTriggersAgainstAnother()
            throws ImportException {
        ImportResult r = run(1910, "RUR", "SYL");
        String a = TestData.blockWithComments(r.scenarioText(), "alliance ATOP9001");
        assertThat(a).contains("left out of 'against': BOR (not imported)", "ATOP defense pledge left out")
                .doesNotContain("    defense");
        assertThat(r.notes()).contains(
                "ATOP9001: defense specific to BOR (not imported); no imported adversary to name,"
                        + " defense clause left out");
        // with the adversary imported, the pledge names it
        assertThat(block(run(1910, "RUR", "SYL", "BOR").scenarioText(), "alliance ATOP9001"))
                .contains("    defense against BOR unless provoked\n");
    }

    @Test
    void offenseWithoutImportedTargetIsLeftOutWithANote() throws ImportException {
        ImportResult r = run(1910, "RUR", "9X");
        String a = block(r.scenarioText(), "alliance ATOP9006");
        assertThat(a).doesNotContain("    offense");
        assertThat(r.notes()).contains("ATOP9006: offense pledge left out (no specific adversary among the imported states)");
    }

    @Test
    void allianceWithOneImportedMemberIsSkipped() throws ImportException {
        // 9004: RUR and FRE; FRE not imported
        assertThat(run(1910, "RUR", "SYL").scenarioText()).doesNotContain("ATOP9004");
        assertThat(run(1910, "RUR", "FRE").scenarioText()).contains("alliance ATOP9004 {");
    }

    @Test
    void bordersOnlyInForceAndOnlyLand() throws ImportException {
        // RUR-BOR land border only from 1920; SYL-BOR is sea (conttype 2)
        String t = run(1910, "RUR", "SYL", "BOR").scenarioText();
        assertThat(TestData.listAfter(block(t, "state RUR"), "borders")).containsExactly("SYL");
        assertThat(block(t, "state BOR")).doesNotContain("borders");
        String t1920 = run(1920, "RUR", "SYL", "BOR").scenarioText();
        assertThat(TestData.listAfter(block(t1920, "state RUR"), "borders")).containsExactly("SYL", "BOR");
        assertThat(TestData.listAfter(block(t1920, "state BOR"), "borders")).containsExactly("RUR");
    }

    @Test
    void seaBordersUpToTheRequestedDistance() throws ImportException {
        // SYL-BOR: water, at most 12 miles (conttype 2); SYL-war: at most 150 miles (conttype 4)
        ImportRequest request = ImportRequest.forStates(1910, List.of("RUR", "SYL", "BOR", "WAR"), TestData.tinyDir());
        String land = ScenarioImporter.importScenario(request).scenarioText();
        assertThat(TestData.listAfter(block(land, "state SYL"), "borders")).containsExactly("RUR");
        assertThat(land).doesNotContain("borders by sea").contains("Borders: COW direct contiguity type 1 (land). Treaties");

        String twelve = ScenarioImporter.importScenario(request.withSeaBorders(SeaBorders.MILES_12)).scenarioText();
        assertThat(TestData.listAfter(block(twelve, "state SYL"), "borders")).containsExactly("RUR", "BOR");
        assertThat(block(twelve, "state SYL")).contains("// borders by sea (COW water contiguity): BOR\n");
        assertThat(TestData.listAfter(block(twelve, "state BOR"), "borders")).containsExactly("SYL", "^war");
        assertThat(twelve).contains("types 2-2 (separated by at most 12 miles of water)");

        String wide = ScenarioImporter.importScenario(request.withSeaBorders(SeaBorders.MILES_150)).scenarioText();
        assertThat(TestData.listAfter(block(wide, "state SYL"), "borders")).containsExactly("RUR", "BOR", "^war");
        assertThat(block(wide, "state SYL")).contains("// borders by sea (COW water contiguity): BOR, ^war\n");
        assertThat(TestData.listAfter(block(wide, "state ^war"), "borders")).containsExactly("SYL", "BOR");
    }

    @Test
    void seaBordersAreCowsWaterDistances() {
        assertThat(SeaBorders.ofMiles(0)).isEqualTo(SeaBorders.NONE);
        assertThat(SeaBorders.ofMiles(400).maxContiguityType()).isEqualTo(5);
        assertThatThrownBy(() -> SeaBorders.ofMiles(100)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sea borders must be one of COW's water distances 0, 12, 24, 150, 400 (miles), not 100");
    }

    @Test
    void gapInSystemMembershipIsReported() {
        assertThatThrownBy(() -> run(1906, "RUR", "SYL"))
                .hasMessage("Not in the state system in 1906: SYL (Syldavia, in the system 1900-1905, 1908-1950)");
    }

    @Test
    void abbreviationsMatchIgnoringCase() throws ImportException {
        assertThat(run(1910, "rur", "WAR").scenarioText()).contains("state RUR ", "state ^war ");
    }
}
