package org.entente.engine.bloc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.entente.engine.model.TreatyStatus;
import org.entente.engine.treaty.TreatyClock;
import org.entente.engine.war.Conquest;
import org.entente.engine.world.RandomTreatyWorlds;
import org.entente.engine.world.TreatyState;
import org.entente.engine.world.World;

/**
 * The affinity graph's treaty pairs kept from turn to turn ({@link TreatyTies}) are, pair for pair and bit for bit,
 * what walking every treaty in force gives each turn (docs/performance.md, "Simulation"): random treaties with
 * members and recipients (a state both member and recipient too), signed and expiring over the years, breached,
 * joined and left, with states annexed, collapsing and entering, after random pairs already in the table.
 */
class TreatyTiesTest {

    @Property(tries = 300)
    void keptPairsAreTheWalkOfEveryTreatyInForce(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        Random r = new Random(seed);
        World w = randomWorld(r);
        TreatyTies ties = new TreatyTies();
        for (int year = 1990; year <= 2010; year++) {
            TreatyClock.advance(w, year, year == 1990);
            for (int changes = r.nextInt(4); changes > 0; changes--) change(w, r);
            int[] inForce = w.treatyIndex().inForce();
            PairWeights walked = new PairWeights(w.n), kept = new PairWeights(w.n);
            for (int k = r.nextInt(2 * w.n); k > 0; k--) { // pairs added before the treaties' (the war sides')
                int a = r.nextInt(w.n), b = r.nextInt(w.n);
                double x = r.nextInt(5) / 2.0;
                walked.add(a, b, x);
                kept.add(a, b, x);
            }
            walk(walked, w, inForce);
            ties.addTo(kept, w, inForce);
            assertThat(kept.size()).as("pairs in %d", year).isEqualTo(walked.size());
            for (int k = 0; k < walked.size(); k++) {
                assertThat(kept.first(k)).isEqualTo(walked.first(k));
                assertThat(kept.second(k)).isEqualTo(walked.second(k));
                assertThat(Double.doubleToRawLongBits(kept.weight(k))).as("weight of pair %d in %d", k, year)
                        .isEqualTo(Double.doubleToRawLongBits(walked.weight(k)));
            }
        }
    }

    /** The straightforward walk, as the graph's build did it every turn before the pairs were kept. */
    private static void walk(PairWeights pairs, World w, int[] inForce) {
        boolean[] alive = w.alive;
        for (int index : inForce) {
            TreatyState t = w.treaties.get(index);
            double tie = t.bloc ? AffinityWeights.ALLIANCE : t.promisesRestraint ? AffinityWeights.RESTRAINT : 0;
            if (tie == 0) continue;
            int parties = 0;
            for (int m : t.members) if (alive[m]) parties++;
            for (int m : t.recipients) if (alive[m]) parties++;
            if (parties < 2) continue;
            double each = tie / (parties - 1);
            for (int x = 0; x < t.members.size(); x++) {
                int a = t.members.get(x);
                if (!alive[a]) continue;
                for (int y = x + 1; y < t.members.size(); y++) if (alive[t.members.get(y)]) pairs.add(a, t.members.get(y), each);
                for (int c : t.recipients) if (alive[c]) pairs.add(a, c, each);
            }
        }
    }

    private static void change(World w, Random r) {
        TreatyState t = w.treaties.isEmpty() ? null : w.treaties.get(r.nextInt(w.treaties.size()));
        int s = r.nextInt(w.n);
        switch (r.nextInt(8)) {
            case 0 -> { if (t != null) w.setStatus(t, TreatyStatus.BREACHED, "test"); }
            case 1 -> { if (t != null) w.setStatus(t, TreatyStatus.IN_FORCE, "test"); }
            case 2, 3 -> TreatyClock.join(w, s, t);
            case 4 -> TreatyClock.leave(w, s, t);
            case 5 -> { int a = r.nextInt(w.n); if (a != s && w.alive[a] && w.alive[s]) Conquest.annex(w, a, s); }
            case 6 -> { if (r.nextInt(3) == 0) Conquest.collapse(w, s); }
            default -> w.alive[s] = true; // a state entering (or one already living)
        }
    }

    private static World randomWorld(Random r) {
        return RandomTreatyWorlds.of(r, 14, 5, true);
    }
}
