package org.entente.engine.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.entente.engine.model.Scenario;
import org.entente.engine.model.ScenarioBuilder;
import org.entente.engine.war.Conquest;

/**
 * The borders kept as arrays ({@link World#borderArray}) are the border lists, in their order, whatever borders
 * are drawn, annexed or lost in between, whether or not the hop distances were asked for meanwhile
 * (docs/performance.md, "Simulation").
 */
class BorderArraysTest {

    @Property(tries = 300)
    void borderArraysAreTheLists(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        Random r = new Random(seed);
        int n = 2 + r.nextInt(20);
        ScenarioBuilder b = Scenario.builder("B").years(2000, 2000);
        for (int i = 0; i < n; i++) {
            int self = i;
            b.state("S" + i, s -> {
                List<String> borders = new ArrayList<>();
                for (int k = 0; k < n; k++) if (k != self && r.nextInt(4) == 0) borders.add("S" + k);
                s.borders(borders.toArray(new String[0]));
            });
        }
        World w = new World(b.build());
        for (int step = 0; step < 12; step++) {
            for (int changes = r.nextInt(3); changes > 0; changes--) {
                int x = r.nextInt(n), y = r.nextInt(n);
                switch (r.nextInt(4)) {
                    case 0, 1 -> w.connect(x, y);
                    case 2 -> { if (x != y && w.alive[x] && w.alive[y]) Conquest.annex(w, x, y); }
                    default -> { if (r.nextInt(3) == 0) Conquest.collapse(w, x); }
                }
            }
            if (r.nextBoolean()) w.hops();
            for (int i = 0; i < n; i++) {
                assertThat(w.borderArray(i)).as("borders of %d", i).isEqualTo(w.borders(i).stream().mapToInt(Integer::intValue).toArray());
            }
        }
    }
}
