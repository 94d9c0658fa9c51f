package org.entente.importer.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.entente.importer.ImportException;
import org.entente.importer.StateSystemYear;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The war tables of the repository's data/ folder and the set-up of a war for replay. */
class HistoryCaseTest {

    static Path dir;
    static WarData data;

    @BeforeAll
    static void read() throws ImportException {
        dir = org.entente.importer.TestDataAccess.realDataDir();
        data = WarData.read(dir);
    }

    @Test
    void theDataHoldsTwentySevenMultiStateWarsOutOfEightyFour() {
        assertThat(data.warNumbers()).hasSize(84);
        assertThat(data.multiStateWars()).hasSize(27);
    }

    @Test
    void everyMultiStateWarHasOpeningsThatFitTheDyadicTable() throws ImportException {
        for (War war : data.multiStateWars()) {
            List<Opening> openings = data.openings(war.number());
            assertThat(openings).as("openings of war %d", war.number()).isNotEmpty();
            for (Opening o : openings) {
                assertThat(o.year()).isEqualTo(war.firstYear());
                assertThat(war.atWar()).as("war %d: %s attacks %s", war.number(), o.attacker(), o.target())
                        .contains(new War.CcodePairYear(o.year(), o.attackerCcode(), o.targetCcode()));
                assertThat(o.method()).isIn("derived", "chosen", "added");
                assertThat(o.source()).contains("Sarkees & Wayman (2010)");
                StateSystemYear system = StateSystemYear.read(dir, o.year());
                assertThat(system.state(o.attackerCcode()).orElseThrow().abbreviation()).isEqualTo(o.attacker());
                assertThat(system.state(o.targetCcode()).orElseThrow().abbreviation()).isEqualTo(o.target());
            }
        }
        // no opening for a war the data does not hold (the held-out wars stay out)
        Set<Integer> numbers = new HashSet<>(data.warNumbers());
        for (int w = 0; w < 300; w++) {
            if (!numbers.contains(w)) {
                assertThat(data.openings(w)).isEmpty();
            }
        }
    }

    @Test
    void theCowSidesPlaceTheSecondOpenersAndTheJointOpeningsFollowThem() throws ImportException {
        // war 106: Germany (255) on Austria-Hungary's (300) side, Belgium (211) and Serbia (345) on the other
        assertThat(data.side(106, 255)).isEqualTo(data.side(106, 300));
        assertThat(data.side(106, 211)).isEqualTo(data.side(106, 345)).isNotEqualTo(data.side(106, 300));
        assertThat(data.side(106, 2)).as("the USA, an associated power, sides with Serbia").isEqualTo(data.side(106, 345));
        assertThat(data.side(106, 999)).isEmpty();
        HistoryCase ww1 = HistoryCase.of(dir, data, 106);
        assertThat(ww1.sameSide("GMY", "AUH")).isTrue();
        assertThat(ww1.sameSide("GMY", "BEL")).isFalse();
        assertThat(ww1.jointOpenings()).containsExactly(
                new HistoryCase.OpeningLine(1914, "AUH", List.of("YUG"), null),
                new HistoryCase.OpeningLine(1914, "GMY", List.of("BEL"), "AUH"));
        // war 82, the Boxer Rebellion: five attackers of China, all on France's side
        HistoryCase boxer = HistoryCase.of(dir, data, 82);
        assertThat(boxer.sameSide("JPN", "FRN")).isTrue();
        assertThat(boxer.jointOpenings()).extracting(l -> l.attacker() + ">" + l.targets() + "/" + l.alongside())
                .containsExactly("FRN>[CHN]/null", "JPN>[CHN]/FRN", "RUS>[CHN]/FRN", "UKG>[CHN]/FRN", "USA>[CHN]/FRN");
        // a war with one opening is written as it is
        assertThat(HistoryCase.of(dir, data, 28).jointOpenings()).containsExactly(new HistoryCase.OpeningLine(1859, "AUH", List.of("ITA"), null));
        // and the setup carries the choice: the protocol takes joint openings, separate ones are the experiment
        assertThat(ReplaySetup.PROTOCOL.jointOpenings()).isTrue();
        assertThat(ReplaySetup.preWar(2).jointOpenings()).isTrue();
        assertThat(ReplaySetup.preWar(2).withJointOpenings(false).withSeaBorders(org.entente.importer.SeaBorders.MILES_12))
                .isEqualTo(new ReplaySetup(2, org.entente.importer.SeaBorders.MILES_12, false));
    }

    @Test
    void theFirstWorldWarImportsParticipantsMajorsAndNeighboursOfTheOpeningPairs() throws ImportException {
        HistoryCase c = HistoryCase.of(dir, data, 106);
        assertThat(c.onset()).isEqualTo(1914);
        assertThat(c.lastYear()).isEqualTo(1918);
        assertThat(c.openings()).extracting(o -> o.attacker() + ">" + o.target()).containsExactly("AUH>YUG", "GMY>BEL");
        // 15 participants, all in the system in 1914; neighbours of AUH, YUG, GMY, BEL add SWZ, ALB, NTH, DEN
        assertThat(c.stateNames()).containsExactly("USA", "UKG", "NTH", "BEL", "FRN", "SWZ", "POR", "GMY", "AUH", "ITA",
                "ALB", "YUG", "GRC", "BUL", "ROM", "RUS", "DEN", "TUR", "JPN");
        assertThat(c.notScored()).isEmpty();
        assertThat(c.history()).contains(PairYear.of(1915, "ITA", "AUH")).doesNotContain(PairYear.of(1914, "ITA", "AUH"));
        assertThat(c.openers()).containsExactly("AUH", "BEL", "GMY", "YUG");
        assertThat(c.openingPairYears()).hasSize(10);
        assertThat(c.importRequest(dir).lastTurn()).isEqualTo(1918);
        assertThat(c.importRequest(dir).firstTurn()).isEqualTo(1914);
        // pre-war turns: every war gets its K quiet turns; Albania entered the state system in 1914, so in a run from
        // 1912 it enters in its own year; the data and the scored years stay the war's
        assertThat(c.entryYears()).containsEntry("ALB", 1914).containsEntry("GMY", 1816);
        assertThat(c.entrantsAfter(1912)).containsExactly(java.util.Map.entry("ALB", 1914));
        assertThat(c.entrantsAfter(1914)).isEmpty();
        assertThat(c.importRequest(dir, 2).firstTurn()).isEqualTo(1912);
        assertThat(c.importRequest(dir, 2).year()).isEqualTo(1914);
        assertThat(c.importRequest(dir, 2).lastTurn()).isEqualTo(1918);
        assertThat(c.importRequest(dir, 2).seaBorders()).isEqualTo(org.entente.importer.SeaBorders.NONE);
        // an experiment's setup: the quiet turns and the sea borders both reach the import
        org.entente.importer.ImportRequest sea = c.importRequest(dir, new ReplaySetup(2, org.entente.importer.SeaBorders.MILES_400));
        assertThat(sea.firstTurn()).isEqualTo(1912);
        assertThat(sea.seaBorders()).isEqualTo(org.entente.importer.SeaBorders.MILES_400);
        String britain = org.entente.importer.ScenarioImporter.importScenario(sea).scenarioText();
        britain = britain.substring(britain.indexOf("state UKG "), britain.indexOf("}", britain.indexOf("state UKG ")));
        // the North Sea: Germany is within 400 miles of water (COW conttype 5), not within 150
        assertThat(britain).contains("// borders by sea (COW water contiguity): NTH, BEL, FRN, GMY");
        assertThatThrownBy(() -> new ReplaySetup(-1, org.entente.importer.SeaBorders.NONE)).isInstanceOf(IllegalArgumentException.class);
        // 1859: every imported state was in the system by 1851 (Parma), so nobody enters in a run from 1857
        HistoryCase w28 = HistoryCase.of(dir, data, 28);
        assertThat(w28.entrantsAfter(1857)).isEmpty();
        assertThat(w28.importRequest(dir, 2).firstTurn()).isEqualTo(1857);
        // 1948: Israel entered the system in 1948
        assertThat(HistoryCase.of(dir, data, 148).entrantsAfter(1946)).containsEntry("ISR", 1948);
        assertThatThrownBy(() -> c.importRequest(dir, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(c.years()).containsExactly(1914, 1915, 1916, 1917, 1918);
    }

    @Test
    void anImportStartingBeforeItsYearWritesTheStatesThatEnteredLaterWithSince() throws ImportException {
        HistoryCase c = HistoryCase.of(dir, data, 106);
        String early = org.entente.importer.ScenarioImporter.importScenario(c.importRequest(dir, 2)).scenarioText();
        // Albania (COW entry 1914) is the only imported state that entered after 1912
        assertThat(early).contains("state ALB \"Albania\" {\n    // entered the COW state system in 1914, after the first year 1912\n"
                + "    since 1914\n");
        assertThat(early.split("\n    since ", -1)).hasSize(2);
        // from 1914 on (the plain import) nothing is written
        String plain = org.entente.importer.ScenarioImporter.importScenario(c.importRequest(dir)).scenarioText();
        assertThat(plain).doesNotContain("since");
        assertThat(org.entente.importer.ScenarioImporter.importScenario(c.importRequest(dir, 1)).scenarioText())
                .contains("    since 1914\n");
    }

    @Test
    void theFirstWorldWarsImportDeclaresThe1914CowMajorsGreatPowers() throws ImportException {
        HistoryCase c = HistoryCase.of(dir, data, 106);
        String text = org.entente.importer.ScenarioImporter.importScenario(c.importRequest(dir)).scenarioText();
        // COW major powers in 1914: USA, UKG, FRN, GMY, AUH, ITA, RUS, JPN (docs/semantics.md §2)
        List<String> declared = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("state (\\w+) \"[^\"]*\" \\{\n\\s+great power\n")
                .matcher(text);
        while (m.find()) {
            declared.add(m.group(1));
        }
        assertThat(declared).containsExactly("USA", "UKG", "FRN", "GMY", "AUH", "ITA", "RUS", "JPN");
        assertThat(text).contains("// COW ccode 220; COW major power in 1914\nstate FRN");
    }

    @Test
    void unknownWarIsAnInputErrorListingTheWars() {
        assertThatThrownBy(() -> HistoryCase.of(dir, data, 139)).isInstanceOf(HistoryInputException.class)
                .hasMessageContaining("No war 139").hasMessageContaining("106");
    }

    @Test
    void aTwoStateWarIsAnInputError() {
        // war 1 (1823): France and Spain only
        assertThatThrownBy(() -> HistoryCase.of(dir, data, 1)).isInstanceOf(HistoryInputException.class)
                .hasMessageContaining("only two participants");
    }

    @Test
    void aFolderWithoutTheWarTablesIsAnInputError(@TempDir Path empty) throws IOException {
        Files.copy(dir.resolve(WarData.DYADIC), empty.resolve(WarData.DYADIC));
        assertThatThrownBy(() -> WarData.read(empty)).isInstanceOf(HistoryInputException.class)
                .hasMessageContaining("No war table war_openings.csv");
    }
}
