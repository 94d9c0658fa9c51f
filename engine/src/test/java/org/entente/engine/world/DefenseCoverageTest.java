package org.entente.engine.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.entente.engine.model.Clause;
import org.entente.engine.model.Scenario;
import org.entente.engine.model.ScenarioBuilder;

/**
 * {@link DefenseCoverage} answers by state index what the defense clauses answer by name ({@link Clause#covers}):
 * clauses naming nobody, one or several states, a state twice, and names of no state. (The model keys states by
 * name, so a world where two states share one, which {@code DefenseCoverage} would ask by name, cannot be built.)
 */
class DefenseCoverageTest {

    @Property(tries = 300)
    void coversIsTheClausesAnswerByName(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        Random r = new Random(seed);
        int n = 2 + r.nextInt(10);
        ScenarioBuilder b = Scenario.builder("S").years(2000, 2000);
        for (int i = 0; i < n; i++) b.state("S" + i);
        for (int k = 0, treaties = r.nextInt(3 * n); k < treaties; k++) {
            List<String> parties = new ArrayList<>();
            for (int m = 2 + r.nextInt(3); m > 0; m--) { String s = "S" + r.nextInt(n); if (!parties.contains(s)) parties.add(s); }
            int clauses = r.nextInt(3);
            b.alliance("T" + k, t -> {
                t.members(parties.toArray(new String[0]));
                for (int c = 0; c < clauses; c++) {
                    List<String> named = new ArrayList<>();
                    for (int m = r.nextInt(3); m > 0; m--) named.add(r.nextInt(5) == 0 ? "Nowhere" : "S" + r.nextInt(n + 1));
                    t.defense(d -> { if (!named.isEmpty()) d.against(named.toArray(new String[0])); });
                }
                if (r.nextBoolean()) t.offense("S" + r.nextInt(n));
            });
        }
        World w = new World(b.build());
        DefenseCoverage coverage = w.defenseCoverage();
        for (TreatyState t : w.treaties) {
            for (int p = 0; p < w.n; p++) {
                boolean byName = false;
                for (Clause c : t.defenseClauses) byName |= c.covers(w.names[p]);
                assertThat(coverage.covers(t, p)).as("%s covers %s (%d)", t.def.name(), w.names[p], p).isEqualTo(byName);
            }
        }
    }
}
