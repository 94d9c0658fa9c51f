package org.entente.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.importer.TestData.block;
import static org.entente.importer.TestData.listAfter;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Imports 1914 Europe from the real COW/ATOP tables and checks known facts. */
class EuropeanImportTest {

    static final List<String> JULY_1914 = List.of("GMY", "AUH", "RUS", "FRN", "UKG", "ITA", "YUG", "BEL");
    static ImportResult result;
    static String text;

    @BeforeAll
    static void importOnce() throws ImportException {
        result = ScenarioImporter.importScenario(ImportRequest.forStates(1914, JULY_1914, TestData.realDataDir()));
        text = result.scenarioText();
    }

    @Test
    void headerNamesTheRegionAndRunsFiveYears() {
        assertThat(text).contains("\nscenario Europe1914 \"Imported from COW/ATOP for 1914\"\n    from 1914 to 1918\n");
        assertThat(text).startsWith("/*");
        assertThat(text).contains("Singer, J. D., Bremer, S. & Stuckey, J. (1972)", "National Material Capabilities v7.0",
                "State System Membership (2016)", "Direct Contiguity v3.2", "Leeds, B. A., Ritter, J. M.",
                "ATOP codebook and data v4.01");
    }

    @Test
    void declaresExactlyTheRequestedStatesInCcodeOrder() {
        List<String> declared = text.lines().filter(l -> l.startsWith("state ")).map(l -> l.split(" ")[1]).toList();
        assertThat(declared).containsExactly("UKG", "BEL", "FRN", "GMY", "AUH", "ITA", "YUG", "RUS");
        assertThat(text).contains("state GMY \"Germany\" {", "state AUH \"Austria-Hungary\" {");
    }

    @Test
    void capabilitiesComeFromNmc1914() {
        // cow_nmc.csv 255,1914: milex 1785000, irst 13810, pec 187335, tpop 67790
        assertThat(block(text, "state GMY")).contains("    military 1785000 economy 201145 population 67790\n");
        // 365,1914: milex 857000, irst 4466, pec 48412, tpop 175100
        assertThat(block(text, "state RUS")).contains("military 857000 economy 52878 population 175100");
        // the only note: the Franco-Russian pledge against an adversary ATOP does not name
        assertThat(result.notes()).containsExactly(
                "ATOP1385: defense specific to an adversary ATOP does not name; defense clause left out");
    }

    @Test
    void landBordersAreSymmetricAndRestrictedToImportedStates() {
        assertThat(listAfter(block(text, "state GMY"), "borders")).containsExactly("BEL", "FRN", "AUH", "RUS");
        assertThat(listAfter(block(text, "state FRN"), "borders")).contains("GMY").doesNotContain("SWZ", "SPN");
        assertThat(listAfter(block(text, "state YUG"), "borders")).containsExactly("AUH");
        // no land border for the United Kingdom (contiguity types 2-5 are sea)
        assertThat(block(text, "state UKG")).doesNotContain("borders");
        for (String s : JULY_1914) {
            for (String n : listAfter(block(text, "state " + s), "borders")) {
                assertThat(listAfter(block(text, "state " + n), "borders")).as(n + " borders " + s).contains(s);
            }
        }
    }

    @Test
    void dualAllianceAndTripleAllianceAreDefensivePledges() {
        String dual = block(text, "alliance ATOP1335");
        assertThat(listAfter(dual, "members")).containsExactly("GMY", "AUH");
        assertThat(dual).contains("    signed 1879\n", "    defense against RUS\n");

        String triple = block(text, "alliance ATOP1350");
        assertThat(listAfter(triple, "members")).containsExactly("GMY", "AUH", "ITA");
        assertThat(triple).contains("signed 1882", "defense against FRN unless provoked");
    }

    @Test
    void francoRussianDefenseAgainstAnUnnamedAdversaryIsLeftOut() {
        // ATOP 1385 codes the defense as specific to an adversary (defcoadv) but names none (statthr 0):
        // written without 'against' it would cover any attacker, so the clause is left out
        String fr = TestData.blockWithComments(text, "alliance ATOP1385");
        assertThat(listAfter(block(text, "alliance ATOP1385"), "members")).containsExactly("FRN", "RUS");
        assertThat(fr).contains("signed 1893", "do not name", "ATOP defense pledge left out")
                .doesNotContain("    defense");
        // consultation-only agreement of 1891: an entente (COW type III)
        assertThat(block(text, "entente ATOP1380")).contains("consultation").doesNotContain("defense");
        // Franco-Italian neutrality of 1902: a pact
        assertThat(block(text, "pact ATOP1420")).contains("neutrality");
    }

    @Test
    void alliancesNeedTwoImportedMembersInForce() {
        // German-Ottoman alliance (2005): Turkey not imported
        assertThat(text).doesNotContain("ATOP2005");
        // Anglo-Japanese alliance (1415): Japan not imported
        assertThat(text).doesNotContain("ATOP1415");
        // Dual Alliance only from 1879
        String t1878 = importText(1878, List.of("GMY", "AUH", "RUS"));
        assertThat(t1878).doesNotContain("ATOP1335");
    }

    @Test
    void everyReferenceIsADeclaredState() {
        List<String> declared = text.lines().filter(l -> l.startsWith("state ")).map(l -> l.split(" ")[1]).toList();
        for (String line : text.lines().toList()) {
            String t = line.trim();
            List<String> refs = List.of();
            if (t.startsWith("//")) {
                continue;
            }
            if (t.startsWith("borders ") || t.startsWith("members ")) {
                refs = List.of(t.substring(t.indexOf(' ') + 1).split(",\\s*"));
            } else if (t.contains(" against ")) {
                refs = List.of(t.substring(t.indexOf(" against ") + 9).replace(" unless provoked", "").split(",\\s*"));
            }
            assertThat(declared).as(line).containsAll(refs);
        }
    }

    @Test
    void everyLineHasAnEmittedShape() {
        OutputShapeTest.check(text);
    }

    @Test
    void outputIsDeterministic() throws ImportException {
        List<String> reversed = new java.util.ArrayList<>(JULY_1914);
        java.util.Collections.reverse(reversed);
        String again = ScenarioImporter.importScenario(
                ImportRequest.forStates(1914, reversed, TestData.realDataDir())).scenarioText();
        // same states in another order: only the header's listing could differ, and it is sorted too
        assertThat(again).isEqualTo(text);
    }

    static String importText(int year, List<String> states) {
        try {
            return ScenarioImporter.importScenario(ImportRequest.forStates(year, states, TestData.realDataDir()))
                    .scenarioText();
        } catch (ImportException e) {
            throw new AssertionError(e);
        }
    }
}
