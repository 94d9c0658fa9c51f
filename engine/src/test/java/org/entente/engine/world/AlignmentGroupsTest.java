package org.entente.engine.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.entente.engine.model.Scenario;
import org.entente.engine.model.ScenarioBuilder;

/**
 * Whether a state is a member of the balancing alignment against a threat, asked of its own groups
 * ({@link Alignments#inGroupAgainst}), is whether the group's members hold it, after any sequence of joins (also
 * repeated ones) and leaves. It fails when leave or join updates one list and not the other.
 */
class AlignmentGroupsTest {

    @Property(tries = 300)
    void memberOfItsGroupsIsMemberOfTheGroup(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        Random r = new Random(seed);
        int n = 2 + r.nextInt(15);
        ScenarioBuilder b = Scenario.builder("A").years(2000, 2000);
        for (int i = 0; i < n; i++) b.state("S" + i, s -> s.military(1).economy(1).population(1));
        Alignments al = new World(b.build()).alignments;
        for (int step = 0; step < 80; step++) {
            int s = r.nextInt(n), p = r.nextInt(n);
            if (r.nextInt(3) == 0) al.leave(s, p);
            else if (s != p) al.join(s, p, "test");
            for (int x = 0; x < n; x++) {
                for (int t = 0; t < n; t++) assertThat(al.inGroupAgainst(x, t)).as("%d against %d", x, t).isEqualTo(al.against(t).contains(x));
            }
        }
    }
}
