package org.entente.engine.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.entente.engine.model.Scenario;
import org.entente.engine.model.ScenarioBuilder;
import org.entente.engine.world.World;

/**
 * {@link AlignedWith} keeps each state's balancing groups as bits and makes them again only when the groups
 * change: it must answer what marking the members of the decider's groups answers, for any number of groups
 * (more than 64 take several longs per state) and after joins and leaves between two deciders.
 */
class AlignedWithTest {

    @Property(tries = 200)
    void sharesGroupIsMembershipOfOneOfTheDecidersGroups(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        Random r = new Random(seed);
        int n = 2 + r.nextInt(r.nextBoolean() ? 12 : 200);
        ScenarioBuilder b = Scenario.builder("S").years(2000, 2000);
        for (int i = 0; i < n; i++) b.state("S" + i, s -> s.military(1).economy(1).population(1));
        World w = new World(b.build());
        AlignedWith marks = new AlignedWith(w.n); // one instance for every decider in turn, as in a round
        for (int step = 0; step < 6; step++) {
            // joins (many threats: over 64 groups in the larger worlds) and leaves between the deciders
            for (int k = r.nextInt(3 * n); k > 0; k--) {
                int s = r.nextInt(n), threat = r.nextInt(n);
                if (s != threat && !w.alignments.groupsOf(s).contains(threat)) w.alignments.join(s, threat, "test");
            }
            for (int k = r.nextInt(n); k > 0; k--) {
                int s = r.nextInt(n);
                List<Integer> groups = w.alignments.groupsOf(s);
                if (!groups.isEmpty()) w.alignments.leave(s, groups.get(r.nextInt(groups.size())));
            }
            for (int z = 0; z < n; z += 1 + r.nextInt(3)) {
                marks.of(w.alignments, z);
                boolean[] expected = new boolean[n];
                for (int p : w.alignments.groupsOf(z)) for (int m : w.alignments.against(p)) expected[m] = true;
                for (int j = 0; j < n; j++) assertThat(marks.sharesGroup(j)).as("step %d: %d shares a group with %d", step, j, z).isEqualTo(expected[j]);
            }
        }
    }
}
