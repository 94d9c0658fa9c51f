package org.entente.engine.threat;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.engine.model.Scenario;
import org.entente.engine.model.TreatyStatus;
import org.entente.engine.treaty.TreatyClock;
import org.entente.engine.world.War;
import org.entente.engine.world.World;
import org.junit.jupiter.api.Test;

/**
 * A model brought up to date with {@link ThreatModel#refreshTreaties} after wars and treaty statuses change
 * (what happens between two rounds of decisions) scores and explains every pair as a new model does.
 */
class ThreatModelRefreshTest {
    private static World world() {
        World w = new World(Scenario.builder("R").years(2000, 2000)
                .state("A", s -> s.military(3).economy(2).population(2).borders("B", "C"))
                .state("B", s -> s.military(2).economy(2).population(1).borders("C", "D"))
                .state("C", s -> s.military(1).economy(1).population(3).borders("D"))
                .state("D", s -> s.military(4).economy(1).population(1).borders("E"))
                .state("E", s -> s.military(1).economy(3).population(1))
                .rivalry("A", "D")
                .dispute("B", "E", "Coast")
                .declaredThreat("E", "A", 0.9)
                .pact("AB", t -> t.members("A", "B").nonaggression())
                .alliance("ACD", t -> t.members("A", "C", "D").defense().neutrality())
                .alliance("BE", t -> t.members("B", "E").defense())
                .pact("CE", t -> t.members("C", "E").nonaggression())
                .build());
        TreatyClock.advance(w, 2000, true);
        return w;
    }

    private static void assertSameAsNew(World w, PowerTable p, ThreatModel refreshed) {
        ThreatModel fresh = new ThreatModel(w, p);
        for (int i = 0; i < w.n; i++) {
            for (int j = 0; j < w.n; j++) {
                if (i == j) continue;
                assertThat(refreshed.score(i, j)).as("T(%d,%d)", i, j).isEqualTo(fresh.score(i, j));
                assertThat(refreshed.replaced(i, j)).isEqualTo(fresh.replaced(i, j));
                assertThat(refreshed.breakdown(i, j)).isEqualTo(fresh.breakdown(i, j));
            }
        }
        ThreatModel.Primaries a = refreshed.primaries(), b = new ThreatModel(w, p).primaries();
        assertThat(a.primary()).containsExactly(b.primary());
        assertThat(a.value()).containsExactly(b.value());
    }

    @Test
    void breachesAndNewWarsAreSeenAsByANewModel() {
        World w = world();
        PowerTable p = new PowerTable(w);
        ThreatModel model = new ThreatModel(w, p);
        model.primaries();
        model.score(1, 2);
        // a war, then an entrant that breaches its pacts with the enemy
        War war = new War(w.nextWarId++, 3, 4, 2000, w.n);
        w.wars.add(war);
        war.join(2, 1);
        w.setStatus(w.treaty("CE"), TreatyStatus.BREACHED, "C attacked E");
        model.refreshTreaties();
        assertSameAsNew(w, p, model);
        // a treaty in force again, another breached
        w.setStatus(w.treaty("CE"), TreatyStatus.IN_FORCE, "test");
        w.setStatus(w.treaty("ACD"), TreatyStatus.BREACHED, "test");
        model.refreshTreaties();
        assertSameAsNew(w, p, model);
    }
}
