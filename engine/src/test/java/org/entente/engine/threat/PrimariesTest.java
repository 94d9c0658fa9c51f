package org.entente.engine.threat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.entente.engine.model.PostureKind;
import org.entente.engine.model.Scenario;
import org.entente.engine.model.ScenarioBuilder;
import org.entente.engine.model.TreatyStatus;
import org.entente.engine.treaty.TreatyClock;
import org.entente.engine.world.War;
import org.entente.engine.world.World;

/**
 * The all-pairs pass ({@link ThreatModel#primaries}), which looks at the states at peace's likeliest threats first
 * and stops at a bound, gives every state the primary threat and value of the straightforward computation: the
 * largest {@link ThreatModel#score} over every other living state, the lowest index among equals
 * (docs/performance.md, "Simulation").
 */
class PrimariesTest {

    @Property(tries = 500)
    void primariesAreTheLargestScoreOfEveryPair(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        Random r = new Random(seed);
        World w = randomWorld(r);
        PowerTable p = new PowerTable(w);
        ThreatModel model = new ThreatModel(w, p);
        assertSameAsEveryPair(w, model);
        // the same model after a breach and a new war, as between two rounds of decisions and in the turn's pass
        if (!w.treaties.isEmpty()) w.setStatus(w.treaties.get(r.nextInt(w.treaties.size())), TreatyStatus.BREACHED, "test");
        int a = r.nextInt(w.n), t = r.nextInt(w.n);
        if (a != t) w.wars.add(new War(w.nextWarId++, a, t, 2000, w.n));
        model.refreshTreaties();
        assertSameAsEveryPair(w, model);
    }

    /**
     * The ideology term read from the observer's row is the rule decided per pair (none for a state without
     * ideology, −0.1 for the same, +0.1 for opposed ones): in each breakdown's modifiers, and in the raw score
     * and score of every pair without other modifiers.
     */
    @Property(tries = 300)
    void ideologyTermIsTheRuleForEachPair(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        World w = randomWorld(new Random(seed));
        PowerTable p = new PowerTable(w);
        ThreatModel model = new ThreatModel(w, p);
        org.entente.engine.model.Settings s = w.settings;
        for (int i = 0; i < w.n; i++) {
            for (int j = 0; j < w.n; j++) {
                if (i == j) continue;
                int a = w.ideology[i], b = w.ideology[j];
                double ideo = a < 0 || b < 0 ? 0 : a == b ? -ThreatModel.IDEOLOGY : w.opposedIdeologies[a][b] ? ThreatModel.IDEOLOGY : 0;
                ThreatBreakdown br = model.breakdown(i, j);
                List<String> labels = br.modifiers().stream().map(Modifier::label).toList();
                assertThat(labels.contains("opposed ideologies")).as("%d, %d", i, j).isEqualTo(ideo > 0);
                assertThat(labels.contains("same ideology")).as("%d, %d", i, j).isEqualTo(ideo < 0);
                if (br.source() != ThreatBreakdown.Source.COMPUTED || br.modifiers().size() > (ideo == 0 ? 0 : 1)) continue;
                double raw = s.powerWeight() * p.rel[j] + s.offensiveWeight() * p.off[j] + s.intentWeight() * w.intent[j];
                raw += s.proximityWeight() * ThreatModel.proximity(w.hops().hops(i, j));
                raw += ideo;
                assertThat(br.raw()).as("raw T(%d,%d)", i, j).isEqualTo(raw);
                assertThat(model.score(i, j)).as("T(%d,%d)", i, j).isEqualTo(ThreatModel.clamp(raw));
            }
        }
    }

    /**
     * A breakdown asked of an observer the model has not prepared (a state record's primary threat) is the prepared
     * observer's, record for record: the modifiers found in the observer's own lists, its declared values, ideology
     * term and wars; before and after a breach and a new war.
     */
    @Property(tries = 300)
    void breakdownWithoutPreparingIsThePreparedOne(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        Random r = new Random(seed);
        World w = randomWorld(r);
        ThreatModel model = new ThreatModel(w, new PowerTable(w));
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < w.n; i++) {
                for (int j = 0; j < w.n; j++) {
                    model.prepare(i == 0 ? 1 % w.n : 0); // another observer (or none) prepared
                    ThreatBreakdown unprepared = model.breakdown(i, j);
                    model.prepare(i);
                    assertThat(unprepared).as("T(%d,%d)", i, j).isEqualTo(model.breakdown(i, j));
                }
            }
            if (!w.treaties.isEmpty()) w.setStatus(w.treaties.get(r.nextInt(w.treaties.size())), TreatyStatus.BREACHED, "test");
            int a = r.nextInt(w.n), t = r.nextInt(w.n);
            if (a != t) w.wars.add(new War(w.nextWarId++, a, t, 2000, w.n));
            model.refreshTreaties();
        }
    }

    /**
     * One pair's score asked of an observer the model has not prepared (the alignment rule's) is the prepared
     * observer's, bit for bit; before and after a breach and a new war. It fails when the pair's treaty, dispute,
     * rivalry, bandwagon or declared flag, or the war, is not found in the observer's lists.
     */
    @Property(tries = 300)
    void pairScoreWithoutPreparingIsTheScore(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        Random r = new Random(seed);
        World w = randomWorld(r);
        ThreatModel model = new ThreatModel(w, new PowerTable(w));
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < w.n; i++) {
                for (int j = 0; j < w.n; j++) {
                    if (j == i) continue;
                    model.prepare(i == 0 ? 1 % w.n : 0); // another observer (or none) prepared
                    double unprepared = model.pairScore(i, j);
                    assertThat(model.pairScore(i, j)).isEqualTo(unprepared); // still another one prepared
                    double prepared = model.score(i, j);
                    assertThat(Double.doubleToRawLongBits(unprepared)).as("T(%d,%d) = %s, not %s", i, j, prepared, unprepared)
                            .isEqualTo(Double.doubleToRawLongBits(prepared));
                    assertThat(model.pairScore(i, j)).isEqualTo(prepared); // i prepared now
                }
            }
            if (!w.treaties.isEmpty()) w.setStatus(w.treaties.get(r.nextInt(w.treaties.size())), TreatyStatus.BREACHED, "test");
            int a = r.nextInt(w.n), t = r.nextInt(w.n);
            if (a != t) w.wars.add(new War(w.nextWarId++, a, t, 2000, w.n));
            model.refreshTreaties();
        }
    }

    private static void assertSameAsEveryPair(World w, ThreatModel model) {
        ThreatModel.Primaries pr = model.primaries();
        for (int i = 0; i < w.n; i++) {
            if (!w.alive[i]) continue;
            int best = -1;
            double bestV = -1;
            for (int j = 0; j < w.n; j++) {
                if (j == i || !w.alive[j]) continue;
                double v = model.score(i, j);
                if (v > bestV) { bestV = v; best = j; }
            }
            assertThat(pr.primary()[i]).as("primary of %d", i).isEqualTo(best);
            assertThat(pr.value()[i]).as("value of %d", i).isEqualTo(best < 0 ? 0 : bestV);
        }
    }

    /**
     * Up to 30 states with powers, offensive capabilities and intents on coarse grids (so that threats tie), three
     * ideologies, borders, disputes, rivalries, declared threats, softening treaties, wars, bandwagoning postures of
     * last turn and dead states.
     */
    private static World randomWorld(Random r) {
        int n = 2 + r.nextInt(29);
        ScenarioBuilder b = Scenario.builder("P").years(2000, 2000).ideology("I0", "I1").ideology("I1").ideology("I2", "I0");
        for (int i = 0; i < n; i++) {
            int self = i;
            b.state("S" + i, s -> {
                s.military(1 + r.nextInt(4)).economy(1 + r.nextInt(3)).population(1 + r.nextInt(3))
                        .offensive(r.nextInt(3) / 2.0).intent(r.nextInt(3) / 2.0);
                if (r.nextInt(3) > 0) s.ideology("I" + r.nextInt(3));
                List<String> borders = new ArrayList<>();
                for (int k = 0; k < n; k++) if (k != self && r.nextInt(5) == 0) borders.add("S" + k);
                s.borders(borders.toArray(new String[0]));
            });
        }
        for (int k = r.nextInt(n); k > 0; k--) {
            int x = r.nextInt(n), y = r.nextInt(n);
            if (x == y) continue;
            switch (r.nextInt(3)) {
                case 0 -> b.dispute("S" + x, "S" + y);
                case 1 -> b.rivalry("S" + x, "S" + y);
                default -> b.declaredThreat("S" + x, "S" + y, r.nextInt(5) / 4.0);
            }
        }
        for (int k = r.nextInt(n); k > 0; k--) {
            int x = r.nextInt(n), y = r.nextInt(n);
            if (x == y) continue;
            if (r.nextBoolean()) b.pact("N" + k, t -> t.members("S" + x, "S" + y).nonaggression());
            else b.alliance("A" + k, t -> t.members("S" + x, "S" + y).defense());
        }
        World w = new World(b.build());
        TreatyClock.advance(w, 2000, true);
        for (int wars = r.nextInt(3); wars > 0; wars--) {
            int a = r.nextInt(n), t = r.nextInt(n);
            if (a == t) continue;
            War war = new War(w.nextWarId++, a, t, 2000, n);
            w.wars.add(war);
            for (int k = r.nextInt(n); k > 0; k--) war.join(r.nextInt(n), r.nextBoolean() ? 1 : -1);
        }
        for (int k = r.nextInt(n); k > 0; k--) {
            int x = r.nextInt(n);
            w.lastPosture[x] = PostureKind.BANDWAGON;
            w.lastTarget[x] = r.nextInt(n);
        }
        for (int k = r.nextInt(3); k > 0; k--) w.alive[r.nextInt(n)] = false;
        return w;
    }
}
