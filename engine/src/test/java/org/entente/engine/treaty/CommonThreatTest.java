package org.entente.engine.treaty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.entente.engine.model.Scenario;
import org.entente.engine.model.ScenarioBuilder;
import org.entente.engine.world.TreatyState;
import org.entente.engine.world.World;

/**
 * A treaty without named targets takes as common threat the primary threat most of its living parties have
 * (ties: declaration order): counted over the parties' few threats, it is what a count per state gives.
 */
class CommonThreatTest {

    @Property(tries = 500)
    void theCommonThreatIsTheMostCommonPrimaryThreat(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        Random r = new Random(seed);
        int n = 2 + r.nextInt(8);
        ScenarioBuilder b = Scenario.builder("S").years(2000, 2001);
        for (int i = 0; i < n; i++) b.state("S" + i);
        for (int k = 0, treaties = 1 + r.nextInt(6); k < treaties; k++) {
            List<String> parties = new ArrayList<>();
            for (int m = 1 + r.nextInt(6); m > 0; m--) { String s = "S" + r.nextInt(n); if (!parties.contains(s)) parties.add(s); }
            String recipient = "S" + r.nextInt(n);
            boolean guarantee = r.nextInt(3) == 0 && !parties.contains(recipient);
            b.alliance("T" + k, t -> {
                if (guarantee) t.guarantors(parties.toArray(new String[0])).recipients(recipient);
                else t.members(parties.toArray(new String[0]));
                t.defense();
            });
        }
        World w = new World(b.build());
        for (int i = 0; i < n; i++) if (r.nextInt(5) == 0) w.alive[i] = false;
        int[] primary = new int[n];
        for (int i = 0; i < n; i++) primary[i] = r.nextInt(n + 1) - 1;
        for (TreatyState t : w.treaties) {
            LapseRule.fixCommonThreat(w, t, primary);
            int expected = mostCommon(w, t, primary);
            assertThat(t.commonThreat).isEqualTo(expected < 0 ? List.of() : List.of(expected));
        }
    }

    /** The count per state, as the rule states it. */
    private static int mostCommon(World w, TreatyState t, int[] primary) {
        int[] count = new int[w.n];
        int best = -1;
        for (int m : t.parties()) {
            int p = w.alive[m] ? primary[m] : -1;
            if (p < 0) continue;
            count[p]++;
            if (best < 0 || count[p] > count[best] || (count[p] == count[best] && p < best)) best = p;
        }
        return best;
    }
}
