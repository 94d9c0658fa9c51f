package org.entente.engine.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.entente.engine.model.Scenario;
import org.entente.engine.model.ScenarioBuilder;
import org.entente.engine.model.TreatyStatus;
import org.entente.engine.threat.PowerTable;
import org.entente.engine.treaty.TreatyClock;
import org.entente.engine.world.TreatyState;
import org.entente.engine.world.World;

/**
 * The power shares recorded per treaty in primitive arrays ({@link PowerAtSignature}) answer what a map from
 * (treaty, party) to the share when the treaty was first seen in force answers (docs/performance.md, "Simulation"):
 * random treaties signed, expiring, breached, joined and left over the years while the states' capabilities move,
 * asked about every party, later parties and non-parties, at shares near the marked-shift threshold too.
 */
class PowerAtSignatureTest {

    @Property(tries = 200)
    void recordedSharesAreTheMapsAnswers(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        Random r = new Random(seed);
        int n = 2 + r.nextInt(10);
        ScenarioBuilder b = Scenario.builder("S").years(1990, 2010);
        for (int i = 0; i < n; i++) b.state("S" + i);
        for (int k = 0, treaties = r.nextInt(3 * n); k < treaties; k++) {
            List<String> parties = new ArrayList<>();
            for (int m = 1 + r.nextInt(4); m > 0; m--) { String s = "S" + r.nextInt(n); if (!parties.contains(s)) parties.add(s); }
            String other = "S" + r.nextInt(n);
            boolean guarantee = r.nextInt(4) == 0;
            int signed = 1985 + r.nextInt(25), expires = r.nextInt(3) == 0 ? signed + 1 + r.nextInt(10) : 0;
            b.alliance("T" + k, t -> {
                if (guarantee) t.guarantors(parties.toArray(new String[0])).recipients(other);
                else t.members(parties.toArray(new String[0]));
                if (r.nextBoolean()) t.signed(signed);
                if (expires > 0) t.expires(expires);
                t.defense();
            });
        }
        World w = new World(b.build());
        PowerAtSignature signature = new PowerAtSignature(w);
        Map<Long, Double> map = new HashMap<>();
        for (int year = 1990; year <= 2010; year++) {
            TreatyClock.advance(w, year, year == 1990);
            for (int i = 0; i < n; i++) w.military[i] = r.nextInt(5) == 0 ? w.military[i] : r.nextInt(4) * r.nextDouble();
            for (int changes = r.nextInt(3); changes > 0 && !w.treaties.isEmpty(); changes--) {
                TreatyState t = w.treaties.get(r.nextInt(w.treaties.size()));
                int s = r.nextInt(n);
                switch (r.nextInt(3)) {
                    case 0 -> w.setStatus(t, TreatyStatus.BREACHED, "test");
                    case 1 -> TreatyClock.join(w, s, t);
                    default -> TreatyClock.leave(w, s, t);
                }
            }
            PowerTable p = new PowerTable(w);
            signature.record(w, p);
            for (TreatyState t : w.treaties) {
                if (!t.inForce() || map.containsKey(key(t, -1))) continue;
                map.put(key(t, -1), 0.0);
                for (int x : t.parties()) map.put(key(t, x), p.power[x]);
            }
            for (TreatyState t : w.treaties) {
                for (int x = 0; x < n; x++) {
                    Double then = map.get(key(t, x));
                    double[] nows = then == null ? new double[] {p.power[x], 0.5}
                            : new double[] {p.power[x], then, then * 1.5, then * 0.5, then * (1 + r.nextDouble()), 0};
                    for (double now : nows) {
                        boolean expected = then != null && Reliability.markedShift(then, now);
                        assertThat(signature.shifted(t, x, now)).as("%s, party %d, now %s", t.def.name(), x, now).isEqualTo(expected);
                    }
                }
            }
        }
    }

    private static long key(TreatyState t, int x) { return ((long) t.index << 32) | (x & 0xffffffffL); }
}
