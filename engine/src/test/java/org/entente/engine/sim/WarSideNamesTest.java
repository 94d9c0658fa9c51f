package org.entente.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.entente.engine.model.Scenario;
import org.entente.engine.model.ScenarioBuilder;
import org.entente.engine.world.War;
import org.entente.engine.world.World;

/**
 * The side names kept from turn to turn ({@link WarSideNames}) are the names of the sides as they are, after any
 * sequence of joins and leaves in several wars, asked or not in between. It fails when a kept list outlives a
 * join or a leave.
 */
class WarSideNamesTest {

    @Property(tries = 300)
    void keptNamesAreTheSidesNames(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        Random r = new Random(seed);
        int n = 2 + r.nextInt(20);
        ScenarioBuilder b = Scenario.builder("W").years(2000, 2000);
        for (int i = 0; i < n; i++) b.state("S" + i, s -> s.military(1).economy(1).population(1));
        World w = new World(b.build());
        List<War> wars = new ArrayList<>();
        for (int k = 1 + r.nextInt(3); k > 0; k--) {
            int a = r.nextInt(n), t = (a + 1 + r.nextInt(n - 1)) % n;
            wars.add(new War(k, a, t, 2000, n));
        }
        WarSideNames kept = new WarSideNames();
        for (int step = 0; step < 60; step++) {
            War war = wars.get(r.nextInt(wars.size()));
            int s = r.nextInt(n);
            switch (r.nextInt(4)) {
                case 0 -> war.join(s, r.nextBoolean() ? 1 : -1);
                case 1 -> war.leave(s);
                default -> { }
            }
            if (r.nextInt(3) == 0) continue; // not asked in every turn
            for (War x : wars) {
                assertThat(kept.of(w, x, 1)).isEqualTo(names(w, x.sideA));
                assertThat(kept.of(w, x, -1)).isEqualTo(names(w, x.sideB));
            }
        }
    }

    private static List<String> names(World w, List<Integer> side) {
        List<String> out = new ArrayList<>();
        for (int x : side) out.add(w.names[x]);
        return out;
    }
}
