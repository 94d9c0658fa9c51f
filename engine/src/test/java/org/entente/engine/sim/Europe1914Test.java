package org.entente.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.engine.Europe1914;
import org.entente.engine.expect.ExpectationResult;
import org.entente.engine.trace.Trace;
import org.entente.engine.trace.Turn;
import org.entente.engine.trace.WarEntry;
import org.junit.jupiter.api.Test;

class Europe1914Test {
    @Test
    void underTheTreatyRuleWarSpreadsFromAustriaAndSerbiaWithCauses() {
        Trace trace = Simulation.run(Europe1914.scenario(), SimulationOptions.defaults().withJoinRule(SimulationOptions.JoinRule.TREATIES));
        Turn t1914 = trace.turn(1914).orElseThrow();
        List<String> causes = t1914.warEntries().stream().filter(e -> e.kind() == WarEntry.Kind.ENTERS).map(WarEntry::cause).toList();
        assertThat(causes).containsExactly(
                "Russia enters against AustriaHungary: ProtectorOfSerbia defense of Serbia",
                "Germany enters against Russia: DualAlliance defense of AustriaHungary",
                "France enters against Germany: FrancoRussian defense of Russia",
                "UnitedKingdom enters against Germany: TreatyOfLondon defense of Belgium");
        assertThat(t1914.atWar("AustriaHungary", "Serbia")).isTrue();
        assertThat(t1914.atWar("Russia", "AustriaHungary")).isTrue();
        assertThat(t1914.atWar("Germany", "Russia")).isTrue();
        assertThat(t1914.atWar("France", "Germany")).isTrue();
        assertThat(t1914.atWar("UnitedKingdom", "Germany")).isTrue();
        assertThat(t1914.atWar("Serbia", "Russia")).isFalse();
        WarEntry france = t1914.warEntries().stream().filter(e -> e.state().equals("France")).findFirst().orElseThrow();
        assertThat(france.chain()).containsExactly("AustriaHungary attacks Serbia",
                "Russia enters against AustriaHungary: ProtectorOfSerbia defense of Serbia",
                "Germany enters against Russia: DualAlliance defense of AustriaHungary",
                "France enters against Germany: FrancoRussian defense of Russia");
        assertThat(trace.expectations()).extracting(ExpectationResult::outcome).containsOnly(ExpectationResult.Outcome.PASS);
    }
}
