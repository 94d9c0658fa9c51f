package org.entente.engine.war;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.entente.engine.model.Scenario;
import org.entente.engine.model.ScenarioBuilder;
import org.entente.engine.treaty.TreatyClock;
import org.entente.engine.world.TreatyState;
import org.entente.engine.world.World;

/**
 * Breaching an entrant's treaties with all its new enemies at once gives the changes, in the order and
 * with the reasons, of breaching them enemy by enemy (docs/semantics.md §6; docs/performance.md).
 */
class BreachesTest {
    @Property(tries = 200)
    void breachingAllEnemiesAtOnceIsBreachingThemOneByOne(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        Random r = new Random(seed);
        int n = 3 + r.nextInt(10);
        ScenarioBuilder b = Scenario.builder("B").years(2000, 2000);
        for (int i = 0; i < n; i++) b.state("S" + i, s -> s.military(1).economy(1).population(1));
        int treaties = r.nextInt(3 * n);
        for (int k = 0; k < treaties; k++) {
            List<String> parties = new ArrayList<>();
            int size = 2 + r.nextInt(3);
            for (int m = 0; m < size; m++) { String s = "S" + r.nextInt(n); if (!parties.contains(s)) parties.add(s); }
            if (parties.size() < 2) continue;
            int kind = r.nextInt(3);
            b.pact("T" + k, t -> {
                t.members(parties.toArray(new String[0]));
                if (kind == 0) t.nonaggression(); else if (kind == 1) t.defense(); else t.consultation();
            });
        }
        Scenario scenario = b.build();
        World one = world(scenario), each = world(scenario);
        int attacker = r.nextInt(n);
        List<Integer> targets = new ArrayList<>();
        for (int k = r.nextInt(n + 2); k > 0; k--) { int t = r.nextInt(n); if (t != attacker) targets.add(t); }
        List<TreatyState> candidatesOne = candidates(one, attacker, r.nextLong()), candidatesEach = candidates(each, attacker, -1);
        // the same candidates, by treaty index (a random subset, some listed twice)
        candidatesEach.clear();
        for (TreatyState t : candidatesOne) candidatesEach.add(each.treaties.get(t.index));
        List<String> chain = List.of("X attacks Y", "entry");

        new WarResolver(one, false).breachTreatiesBetween(attacker, targets, chain, candidatesOne);
        WarResolver resolver = new WarResolver(each, false);
        for (int x : targets) resolver.breachTreatiesBetween(attacker, x, chain, candidatesEach);

        assertThat(one.treatyChanges).isEqualTo(each.treatyChanges);
    }

    private static World world(Scenario scenario) {
        World w = new World(scenario);
        TreatyClock.advance(w, 2000, true);
        w.treatyChanges.clear();
        return w;
    }

    private static List<TreatyState> candidates(World w, int attacker, long seed) {
        Random r = new Random(seed);
        List<TreatyState> out = new ArrayList<>();
        for (TreatyState t : w.treaties) {
            if (r.nextInt(4) == 0) continue;
            out.add(t);
            if (r.nextInt(6) == 0) out.add(t);
        }
        return out;
    }
}
