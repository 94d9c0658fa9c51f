package org.entente.engine.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.engine.expect.Condition;
import org.entente.engine.expect.Expectation;
import org.entente.engine.expect.ExpectationResult;
import org.entente.engine.model.Scenario;
import org.entente.engine.report.LandscapeReport;
import org.junit.jupiter.api.Test;

/** The landscape report's text and JSON on the hand-computed scenario of {@link ScenarioLandscapeTest}. */
class LandscapeReportTest {

    private final Scenario scenario = ScenarioLandscapeTest.scenario(
            Expectation.inYear(2000, Condition.landscape(List.of("A"), List.of("C"))),
            Expectation.inYear(2000, Condition.atWar("A", "C")));
    private final ScenarioLandscape.Analysis analysis = ScenarioLandscape.analyse(scenario, 2000,
            LandscapeOptions.defaults().withTopK(2));
    private final List<ExpectationResult> expectations = LandscapeReport.landscapeExpectations(analysis.trace());

    @Test
    void onlyLandscapeExpectationsAreReported() {
        assertThat(analysis.trace().expectations()).hasSize(2);
        assertThat(expectations).singleElement()
                .satisfies(r -> assertThat(r.expectation().condition()).isInstanceOf(Condition.Landscape.class));
    }

    @Test
    void textListsSizesTheBestSplitsTheMinimumAndTheExpectations() {
        String text = LandscapeReport.text(scenario, analysis.mapping(), analysis.result(), expectations);
        assertThat(text).startsWith("Landscape of Hand in 2000: 4 states, exact (8 configurations)\n")
                .contains("  D      size 5.0000 (declared)\n")
                .contains("  A      size 0.5000 (power)\n")
                .contains("B-D +3.0000 (declared)")
                .contains("   1  E=-0.2500  A | B, C, D\n")
                .contains("Global minimum: A | B, C, D  E=-0.2500\n")
                .contains("basins: exact, out of 8 configurations")
                .contains("  ok    expect in 2000: landscape A | C -- in 2000: minimum A | B, C, D (E=-0.2500)\n");
        assertThat(text.lines().filter(l -> l.matches(" +\\d+  E=.*")).count()).as("two best, then the minima").isGreaterThanOrEqualTo(2);
    }

    @Test
    void jsonIsOneObjectInJacksonsDefaultPrettyLayout() {
        String json = LandscapeReport.json(scenario, analysis.mapping(), analysis.result(), expectations);
        assertThat(json).startsWith("{\n  \"scenario\" : \"Hand\",\n  \"year\" : 2000,\n  \"exact\" : true,\n")
                .contains("\"sideA\" : [ \"A\" ],\n")
                .contains("\"sideB\" : [ \"B\", \"C\", \"D\" ]")
                .contains("\"sizeSource\" : \"declared\"")
                .contains("\"outcome\" : \"pass\"")
                .endsWith("}" + System.lineSeparator());
        assertThat(json.indexOf("\"globalMinimum\"")).isLessThan(json.indexOf("\"best\""));
        assertThat(json.indexOf("\"best\"")).isLessThan(json.indexOf("\"localMinima\""));
    }
}
