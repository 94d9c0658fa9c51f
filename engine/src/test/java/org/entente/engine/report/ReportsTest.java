package org.entente.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.engine.Europe1914;
import org.entente.engine.sim.Simulation;
import org.entente.engine.trace.Trace;
import org.junit.jupiter.api.Test;

class ReportsTest {
    private final Trace trace = Simulation.run(Europe1914.scenario());

    @Test
    void textReportListsPosturesWarsAndExpectations() {
        String text = TextReport.render(trace);
        assertThat(text).contains("== 1914 ==")
                .contains("war #1: France enters against ")
                .contains("PASS in 1914: Germany at war with Russia (observed: in 1914: Germany at war with")
                .contains("polarity: ");
    }

    @Test
    void jsonReportIsDeterministicAndStartsWithSchema() {
        String a = JsonReport.render(trace);
        String b = JsonReport.render(Simulation.run(Europe1914.scenario()));
        assertThat(a).isEqualTo(b);
        assertThat(a).startsWith("{\n  \"schema\" : \"entente-trace/1\",\n  \"scenario\" : {");
        assertThat(a).contains("\"turns\" : [").contains("\"expectations\" : [").contains("\"outcome\" : \"pass\"");
        assertThat(a).doesNotContain("\r");
    }

    @Test
    void csvReportHasHeaderAndOneRowPerStateAndTurn() {
        String[] lines = CsvReport.render(trace).split("\n");
        assertThat(lines[0]).isEqualTo(CsvReport.HEADER);
        assertThat(lines).hasSize(1 + 7 * 5);
        assertThat(lines[1]).startsWith("1914,Germany,fighting,");
    }

    @Test
    void explainReportShowsEveryBreakdown() {
        String text = ExplainReport.render(Europe1914.scenario(), "Belgium");
        assertThat(text).contains("T(Belgium, Germany) = 1.00").contains("T(Belgium, Serbia) = ")
                .contains("primary threat: Germany 1.00").contains("Belgium is fighting Germany");
        assertThat(ExplainReport.render(Europe1914.scenario(), "Atlantis")).contains("no state named Atlantis");
    }
}
