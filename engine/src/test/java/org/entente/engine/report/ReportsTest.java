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

    @Test
    void explainReportListsEveryDecisionAlsoStayingOutWithoutAnObligation() {
        // Watcher borders the victim and has no treaty: it decides every turn and stays out (the trace lists none of it)
        org.entente.engine.model.Scenario s = org.entente.engine.model.Scenario.builder("Bystander").years(1900, 1901)
                .state("Big", b -> b.military(4).economy(4).population(40).borders("Small", "Watcher"))
                .state("Small", b -> b.military(1).economy(1).population(5).borders("Big", "Watcher"))
                .state("Watcher", b -> b.military(1).economy(1).population(5).borders("Big", "Small"))
                .event(org.entente.engine.model.Event.attack(1900, "Big", "Small"))
                .build();
        String text = ExplainReport.render(s, "Watcher");
        String y1900 = text.substring(text.indexOf("== 1900 =="), text.indexOf("== 1901 =="));
        assertThat(y1900).containsOnlyOnce("war #1: Watcher stays out of war #1: staying out 0 beats Small's side: ")
                .containsPattern("base rate -3\\.08 \\(U -\\d\\.\\d\\d, P 0\\.\\d\\d\\)\\n");
        assertThat(text.substring(text.indexOf("== 1901 =="))).contains("war #1: Watcher stays out of war #1");
        // the trace itself does not list a decision that left the state out with no obligation to break
        assertThat(Simulation.run(s).turns().get(0).warEntries()).noneMatch(e -> e.state().equals("Watcher"));
        // a state that entered shows its entry, not an abstention, for that war
        String belgium = ExplainReport.render(Europe1914.scenario(), "Belgium");
        assertThat(belgium).contains("war #1: Belgium enters against Germany").doesNotContain("Belgium stays out of war #1");
    }
}
